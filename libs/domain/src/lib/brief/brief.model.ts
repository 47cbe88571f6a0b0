/**
 * A letter as plain content: what it says, not how it looks. The rules in this
 * folder fill it; the api renders it (PDF). Keeping it free of layout lets the
 * same content be tested, shown in the web and archived.
 */
export interface BriefAlinea {
  /** Heading above the paragraph; absent for the opening and closing lines. */
  kop?: string;
  /** One entry per sentence group or list item; each starts on a new line. */
  tekst: string[];
}

export interface Brief {
  titel: string;
  kenmerk: string;
  /** ISO date of the letter (for a decision: the day it is made known). */
  datum: string;
  afzender: string[];
  aan: string[];
  onderwerp: string;
  alineas: BriefAlinea[];
  ondertekening: string[];
  voetnoot?: string;
}
