/**
 * Shared shapes of the Awb clock. Every calculation returns a ledger: the lines a
 * UI shows under "waarom deze datum?" and a decision letter quotes.
 */

/**
 * One line of a term calculation. `datum` is the day the line is about: the
 * event (ontvangst, verzoek, verdaging) or, for a line that moves the deadline,
 * the day the deadline moves to.
 */
export interface TermijnRegel {
  readonly datum: string;
  readonly omschrijving: string;
}

/**
 * A day equated with a general holiday by royal decree (Algemene termijnenwet
 * art. 3 lid 3), such as the Friday after Ascension. Published every three
 * years in the Staatscourant, so it is data supplied by the caller, not code.
 */
export interface ExtraVrijeDag {
  readonly datum: string;
  readonly naam: string;
}

export type FeestdagGrondslag = 'Atw art. 3 lid 1' | 'Atw art. 3 lid 2' | 'Atw art. 3 lid 3';

export interface Feestdag {
  readonly datum: string;
  readonly naam: string;
  readonly grondslag: FeestdagGrondslag;
}
