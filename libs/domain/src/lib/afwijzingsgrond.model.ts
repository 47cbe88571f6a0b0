import type { VeldMelding } from './aanvraag-periodes.rule';
import { URGENTIECATEGORIE_INFO, type Urgentiecategorie } from './urgentiecategorie.model';

/**
 * Grounds on which gemeenten in Haaglanden refuse an urgency application today.
 * `lokaal` marks conditions that exist only where the gemeente's
 * huisvestingsverordening sets them (Den Haag, Zoetermeer, Delft differ); the
 * caller checks those against the gemeente's policy of the day.
 */
export const AFWIJZINGSGRONDEN = [
  'GEEN_URGENT_PROBLEEM',
  'ANDERS_OPLOSBAAR',
  'VOORZIENBAAR',
  'ZELF_VEROORZAAKT',
  'BINNEN_DRIE_MAANDEN_ZELF',
  'NIET_IN_CATEGORIE',
  'INKOMEN_TE_HOOG',
  'GEEN_RECHTMATIG_VERBLIJF',
  'JONGER_DAN_18',
  'ONVOLDOENDE_BINDING',
  'ONVOLDOENDE_ZELF_GEZOCHT',
  'PASSENDE_WONING_GEWEIGERD',
  'EERDERE_AANVRAAG',
] as const;
export type Afwijzingsgrond = (typeof AFWIJZINGSGRONDEN)[number];

export interface AfwijzingsgrondInfo {
  readonly code: Afwijzingsgrond;
  readonly label: string;
  /** The sentence a decision letter quotes, addressed to the applicant. */
  readonly briefTekst: string;
  readonly lokaal: boolean;
}

export const AFWIJZINGSGROND_INFO: Readonly<Record<Afwijzingsgrond, AfwijzingsgrondInfo>> = {
  GEEN_URGENT_PROBLEEM: {
    code: 'GEEN_URGENT_PROBLEEM', label: 'Geen urgent huisvestingsprobleem', lokaal: false,
    briefTekst: 'U heeft geen urgent huisvestingsprobleem: uw woonsituatie is niet zo ernstig dat u met voorrang een andere woning nodig heeft.',
  },
  ANDERS_OPLOSBAAR: {
    code: 'ANDERS_OPLOSBAAR', label: 'Op een andere manier op te lossen', lokaal: false,
    briefTekst: 'Uw huisvestingsprobleem kan op een andere manier worden opgelost dan met voorrang op een sociale huurwoning, bijvoorbeeld door een aanpassing van uw woning of met hulp uit uw omgeving.',
  },
  VOORZIENBAAR: {
    code: 'VOORZIENBAAR', label: 'Voorzienbaar', lokaal: false,
    briefTekst: 'Uw huisvestingsprobleem was voorzienbaar: u had op tijd maatregelen kunnen nemen om het te voorkomen.',
  },
  ZELF_VEROORZAAKT: {
    code: 'ZELF_VEROORZAAKT', label: 'Door de aanvrager zelf veroorzaakt', lokaal: false,
    briefTekst: 'U heeft uw huisvestingsprobleem zelf veroorzaakt, en dat kan u worden verweten.',
  },
  BINNEN_DRIE_MAANDEN_ZELF: {
    code: 'BINNEN_DRIE_MAANDEN_ZELF', label: 'Binnen drie maanden zelf een woning te vinden', lokaal: false,
    briefTekst: 'U kunt naar verwachting binnen drie maanden zelf passende woonruimte vinden, met uw inschrijfduur en de mogelijkheden die u heeft.',
  },
  NIET_IN_CATEGORIE: {
    code: 'NIET_IN_CATEGORIE', label: 'Voldoet niet aan de voorwaarden van de urgentiecategorie', lokaal: false,
    briefTekst: 'U voldoet niet aan de landelijk vastgestelde voorwaarden van de urgentiecategorie waarvoor u urgentie heeft aangevraagd.',
  },
  INKOMEN_TE_HOOG: {
    code: 'INKOMEN_TE_HOOG', label: 'Inkomen boven de inkomensgrens', lokaal: true,
    briefTekst: 'Uw inkomen is hoger dan de inkomensgrens uit de huisvestingsverordening.',
  },
  GEEN_RECHTMATIG_VERBLIJF: {
    code: 'GEEN_RECHTMATIG_VERBLIJF', label: 'Geen rechtmatig verblijf in Nederland', lokaal: false,
    briefTekst: 'U verblijft niet rechtmatig in Nederland; alleen wie rechtmatig in Nederland verblijft, kan een huisvestingsvergunning met urgentie krijgen.',
  },
  JONGER_DAN_18: {
    code: 'JONGER_DAN_18', label: 'Jonger dan 18 jaar', lokaal: true,
    briefTekst: 'U bent jonger dan 18 jaar; de huisvestingsverordening vraagt een leeftijd van ten minste 18 jaar.',
  },
  ONVOLDOENDE_BINDING: {
    code: 'ONVOLDOENDE_BINDING', label: 'Onvoldoende binding met gemeente of regio', lokaal: true,
    briefTekst: 'U woont niet lang genoeg onafgebroken in de gemeente of de regio om te voldoen aan de bindingseis uit de huisvestingsverordening.',
  },
  ONVOLDOENDE_ZELF_GEZOCHT: {
    code: 'ONVOLDOENDE_ZELF_GEZOCHT', label: 'Niet eerst zelf gezocht', lokaal: true,
    briefTekst: 'U heeft niet laten zien dat u de afgelopen drie maanden zonder succes op passende woningen heeft gereageerd.',
  },
  PASSENDE_WONING_GEWEIGERD: {
    code: 'PASSENDE_WONING_GEWEIGERD', label: 'Passende woning geweigerd', lokaal: true,
    briefTekst: 'U heeft een passende woning die u werd aangeboden geweigerd.',
  },
  EERDERE_AANVRAAG: {
    code: 'EERDERE_AANVRAAG', label: 'Eerdere aanvraag binnen de wachttermijn', lokaal: true,
    briefTekst: 'U heeft binnen de termijn uit de huisvestingsverordening al eerder urgentie aangevraagd.',
  },
};

/**
 * Grounds the amended Huisvestingswet 2014 (Wet versterking regie op de
 * volkshuisvesting) forbids: an urgency permit may not be refused because the
 * applicant leaves no dwelling behind or lacked a lawful dwelling for a period.
 * Modelled as codes so an old template or policy that still uses them is refused.
 */
export const VERBODEN_GRONDEN = ['GEEN_WONING_ACHTERGELATEN', 'GEEN_RECHTMATIGE_WOONRUIMTE_GEHAD'] as const;
export type VerbodenGrond = (typeof VERBODEN_GRONDEN)[number];

export interface VerbodenGrondInfo {
  readonly code: VerbodenGrond;
  readonly label: string;
  readonly uitleg: string;
}

export const VERBODEN_GROND_INFO: Readonly<Record<VerbodenGrond, VerbodenGrondInfo>> = {
  GEEN_WONING_ACHTERGELATEN: {
    code: 'GEEN_WONING_ACHTERGELATEN', label: 'Laat geen zelfstandige woning achter',
    uitleg: 'Volgens de gewijzigde Huisvestingswet 2014 mag urgentie niet worden geweigerd omdat de aanvrager geen woning achterlaat.',
  },
  GEEN_RECHTMATIGE_WOONRUIMTE_GEHAD: {
    code: 'GEEN_RECHTMATIGE_WOONRUIMTE_GEHAD', label: 'Heeft een periode geen rechtmatige woonruimte gehad',
    uitleg: 'Volgens de gewijzigde Huisvestingswet 2014 mag urgentie niet worden geweigerd omdat de aanvrager een periode niet over rechtmatige woonruimte beschikte.',
  },
};

/** Grounds that may not be used for some categories: the law sets no income test for (d) and (i). */
export const GRONDEN_UITGESLOTEN_PER_CATEGORIE: Readonly<Partial<Record<Afwijzingsgrond, { readonly categorieen: readonly Urgentiecategorie[]; readonly uitleg: string }>>> = {
  INKOMEN_TE_HOOG: {
    categorieen: ['VO', 'SW'],
    uitleg: 'De Huisvestingswet 2014 kent geen inkomenstoets voor wie de opvang na huiselijk geweld of mensenhandel verlaat of deelneemt aan een uitstapprogramma voor sekswerkers.',
  },
};

export function isAfwijzingsgrond(waarde: unknown): waarde is Afwijzingsgrond {
  return typeof waarde === 'string' && (AFWIJZINGSGRONDEN as readonly string[]).includes(waarde);
}

export function isVerbodenGrond(waarde: unknown): waarde is VerbodenGrond {
  return typeof waarde === 'string' && (VERBODEN_GRONDEN as readonly string[]).includes(waarde);
}

export interface AfwijzingsgrondenOordeel {
  readonly geldig: boolean;
  readonly fouten: readonly VeldMelding[];
  /** The recognised, allowed grounds in the order given (for the letter). */
  readonly gronden: readonly Afwijzingsgrond[];
}

/**
 * Checks the grounds of a refusal: at least one, each known, none forbidden by
 * law, none excluded for the applicant's category, none twice.
 */
export function afwijzingsgrondenGeldig(gronden: readonly string[] | null | undefined, categorie?: Urgentiecategorie): AfwijzingsgrondenOordeel {
  const lijst = gronden ?? [];
  const fouten: VeldMelding[] = [];
  const geldig: Afwijzingsgrond[] = [];
  if (lijst.length === 0) {
    fouten.push({ veld: 'gronden', melding: 'Kies ten minste één afwijzingsgrond.' });
  }
  lijst.forEach((grond, i) => {
    const veld = `gronden.${i}`;
    if (isVerbodenGrond(grond)) {
      fouten.push({ veld, melding: `${VERBODEN_GROND_INFO[grond].label} is geen toegestane afwijzingsgrond. ${VERBODEN_GROND_INFO[grond].uitleg}` });
      return;
    }
    if (!isAfwijzingsgrond(grond)) {
      fouten.push({ veld, melding: `Afwijzingsgrond "${grond}" is onbekend; kies een grond uit de lijst.` });
      return;
    }
    if (lijst.indexOf(grond) < i) {
      fouten.push({ veld, melding: `${AFWIJZINGSGROND_INFO[grond].label} staat al eerder in de lijst van gronden.` });
      return;
    }
    const uitgesloten = GRONDEN_UITGESLOTEN_PER_CATEGORIE[grond];
    if (categorie && uitgesloten?.categorieen.includes(categorie)) {
      fouten.push({ veld, melding: `${AFWIJZINGSGROND_INFO[grond].label} mag niet worden gebruikt bij de categorie ${URGENTIECATEGORIE_INFO[categorie].label}. ${uitgesloten.uitleg}` });
      return;
    }
    geldig.push(grond);
  });
  return { geldig: fouten.length === 0, fouten, gronden: geldig };
}
