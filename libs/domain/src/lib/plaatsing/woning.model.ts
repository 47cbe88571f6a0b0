/**
 * A vacant dwelling a corporatie offers for mediation, as the matching rules see
 * it. The database row has more (address, corporatie, who registered it); the
 * rules only need what decides suitability.
 */
export const WONINGTYPEN = ['kamer', 'studio', 'appartement', 'eengezinswoning'] as const;
export type Woningtype = (typeof WONINGTYPEN)[number];

export const WONINGTYPE_LABEL: Readonly<Record<Woningtype, string>> = {
  kamer: 'Kamer (onzelfstandig)',
  studio: 'Studio',
  appartement: 'Appartement',
  eengezinswoning: 'Eengezinswoning',
};

export const WONING_STATUSSEN = ['beschikbaar', 'gereserveerd', 'aangeboden', 'verhuurd', 'ingetrokken'] as const;
export type WoningStatus = (typeof WONING_STATUSSEN)[number];

export const WONING_STATUS_LABEL: Readonly<Record<WoningStatus, string>> = {
  beschikbaar: 'Beschikbaar',
  gereserveerd: 'Gereserveerd',
  aangeboden: 'Aangeboden',
  verhuurd: 'Verhuurd',
  ingetrokken: 'Ingetrokken',
};

/**
 * Labels a corporatie puts on a dwelling. `jongeren` and `55+` restrict who may
 * rent it; the others describe the surroundings the housing study asks for
 * (seed appendix 2, "Passende woonvormen").
 */
export const WONINGLABELS = ['jongeren', '55+', 'prikkelarm', 'vrijliggend', 'geclusterd', 'flexwoning'] as const;
export type Woninglabel = (typeof WONINGLABELS)[number];

export const WONINGLABEL_LABEL: Readonly<Record<Woninglabel, string>> = {
  jongeren: 'Jongerenwoning',
  '55+': '55+-woning',
  prikkelarm: 'Prikkelarme omgeving',
  vrijliggend: 'Vrijliggend, op afstand van een woonwijk (bijv. Skaeve Huse)',
  geclusterd: 'Geclusterd wonen met begeleiding',
  flexwoning: 'Flexwoning',
};

/** Age limits of the restricting labels (inclusive). */
export const JONGERENLABEL_MAX_LEEFTIJD = 27;
export const SENIORENLABEL_MIN_LEEFTIJD = 55;

export interface WoningKenmerken {
  readonly id: string;
  readonly gemeenteCbs: string;
  readonly wijkCode: string;
  readonly complex: string | null;
  /** Net rent (kale huur) per month in euros. */
  readonly huurprijs: number;
  readonly woningtype: Woningtype;
  readonly kamers: number;
  /** 0 = ground floor. */
  readonly verdieping: number;
  readonly lift: boolean;
  readonly nultreden: boolean;
  readonly rolstoeltoegankelijk: boolean;
  readonly labels: readonly Woninglabel[];
  /** ISO date from which it can be let. */
  readonly beschikbaarVanaf: string;
}

export function isWoningtype(v: unknown): v is Woningtype {
  return typeof v === 'string' && (WONINGTYPEN as readonly string[]).includes(v);
}

export function isWoninglabel(v: unknown): v is Woninglabel {
  return typeof v === 'string' && (WONINGLABELS as readonly string[]).includes(v);
}
