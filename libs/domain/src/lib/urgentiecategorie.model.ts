/**
 * Urgentiecategorieën: the statutory groups of Huisvestingswet art. 12(3) plus
 * the regional, non-statutory groups Haaglanden also prioritises.
 */
export const URGENTIECATEGORIEEN = [
  'BW', 'GGZ', 'MO', 'VO', 'JZ', 'DET', 'SW', 'MED', 'MZ', 'DG',
  'ONBEGREPEN_GEDRAG', 'SOCIAAL', 'STATUSHOUDER',
] as const;

export type Urgentiecategorie = (typeof URGENTIECATEGORIEEN)[number];

export interface UrgentiecategorieInfo {
  readonly code: Urgentiecategorie;
  readonly label: string;
  /** True for the groups the Wet Regie makes statutory. */
  readonly wettelijk: boolean;
  /** True when the applicant leaves a care institution (uitstroomverzoek by a zorginstelling). */
  readonly uitstroom: boolean;
  /** Yearly demand in the region (Werkgroep Urgentiecategorieën); null when only a one-off count exists. */
  readonly jaarlijkseVraagRegio: number | null;
}

export const URGENTIECATEGORIE_INFO: Readonly<Record<Urgentiecategorie, UrgentiecategorieInfo>> = {
  BW: { code: 'BW', label: 'Uitstroom Beschermd Wonen', wettelijk: true, uitstroom: true, jaarlijkseVraagRegio: 175 },
  GGZ: { code: 'GGZ', label: 'Uitstroom klinische GGZ', wettelijk: true, uitstroom: true, jaarlijkseVraagRegio: 5 },
  MO: { code: 'MO', label: 'Uitstroom Maatschappelijke Opvang', wettelijk: true, uitstroom: true, jaarlijkseVraagRegio: 504 },
  VO: { code: 'VO', label: 'Uitstroom Vrouwenopvang / slachtoffers mensenhandel', wettelijk: true, uitstroom: true, jaarlijkseVraagRegio: 95 },
  JZ: { code: 'JZ', label: 'Uitstroom Jeugdzorg (18–22 jaar)', wettelijk: true, uitstroom: true, jaarlijkseVraagRegio: 200 },
  DET: { code: 'DET', label: 'Uitstroom (jeugd)detentie en forensische zorg', wettelijk: true, uitstroom: true, jaarlijkseVraagRegio: 175 },
  SW: { code: 'SW', label: 'Uitstappende sekswerkers', wettelijk: true, uitstroom: false, jaarlijkseVraagRegio: 20 },
  MED: { code: 'MED', label: 'Medisch urgent', wettelijk: true, uitstroom: false, jaarlijkseVraagRegio: 1080 },
  MZ: { code: 'MZ', label: 'Mantelzorgontvanger of -verlener', wettelijk: true, uitstroom: false, jaarlijkseVraagRegio: 10 },
  DG: { code: 'DG', label: 'Dakloos gezin met minderjarige kinderen', wettelijk: true, uitstroom: false, jaarlijkseVraagRegio: null },
  ONBEGREPEN_GEDRAG: { code: 'ONBEGREPEN_GEDRAG', label: 'Persoon met onbegrepen gedrag', wettelijk: false, uitstroom: false, jaarlijkseVraagRegio: 60 },
  SOCIAAL: { code: 'SOCIAAL', label: 'Sociale urgentie / overige bijzondere doelgroep', wettelijk: false, uitstroom: false, jaarlijkseVraagRegio: 371 },
  STATUSHOUDER: { code: 'STATUSHOUDER', label: 'Statushouder', wettelijk: false, uitstroom: false, jaarlijkseVraagRegio: 770 },
};

export function isUrgentiecategorie(value: unknown): value is Urgentiecategorie {
  return typeof value === 'string' && (URGENTIECATEGORIEEN as readonly string[]).includes(value);
}
