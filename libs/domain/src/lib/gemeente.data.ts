/**
 * The nine gemeenten of woningmarktregio Haaglanden with the figures from the
 * Regionale Woonzorgvisie Haaglanden 2025 (appendix 3, memo Verdeelafspraken).
 * Copied into the project on purpose: the product never reads ../shared at run time.
 */
export type Centrumregio = 'Delft' | 'Den Haag';

export interface RegioGemeente {
  readonly cbsCode: string;
  readonly naam: string;
  readonly centrumregio: Centrumregio;
  readonly zorgkantoor: string;
  /** Average yearly social lettings (mutaties) 2020–2023. */
  readonly lettingsSocialAvg: number;
  /** Average yearly lettings below the eerste aftoppingsgrens 2020–2023. */
  readonly lettingsBelowFirstRentCapAvg: number;
  readonly covenantAgreed: number;
  readonly covenantLet2023: number;
  readonly bijzondereDoelgroepenLet2024: number;
}

export const REGIO_GEMEENTEN: readonly RegioGemeente[] = [
  { cbsCode: '0503', naam: 'Delft', centrumregio: 'Delft', zorgkantoor: 'DSW', lettingsSocialAvg: 1051, lettingsBelowFirstRentCapAvg: 662, covenantAgreed: 70, covenantLet2023: 64, bijzondereDoelgroepenLet2024: 205 },
  { cbsCode: '0518', naam: 'Den Haag', centrumregio: 'Den Haag', zorgkantoor: 'CZ', lettingsSocialAvg: 3907, lettingsBelowFirstRentCapAvg: 2600, covenantAgreed: 313, covenantLet2023: 282, bijzondereDoelgroepenLet2024: 1002 },
  { cbsCode: '1916', naam: 'Leidschendam-Voorburg', centrumregio: 'Den Haag', zorgkantoor: 'CZ', lettingsSocialAvg: 504, lettingsBelowFirstRentCapAvg: 384, covenantAgreed: 46, covenantLet2023: 32, bijzondereDoelgroepenLet2024: 110 },
  { cbsCode: '1842', naam: 'Midden-Delfland', centrumregio: 'Delft', zorgkantoor: 'DSW', lettingsSocialAvg: 114, lettingsBelowFirstRentCapAvg: 72, covenantAgreed: 3.5, covenantLet2023: 0, bijzondereDoelgroepenLet2024: 24 },
  { cbsCode: '1926', naam: 'Pijnacker-Nootdorp', centrumregio: 'Delft', zorgkantoor: 'DSW', lettingsSocialAvg: 179, lettingsBelowFirstRentCapAvg: 91, covenantAgreed: 7, covenantLet2023: 1, bijzondereDoelgroepenLet2024: 56 },
  { cbsCode: '0603', naam: 'Rijswijk', centrumregio: 'Den Haag', zorgkantoor: 'CZ', lettingsSocialAvg: 544, lettingsBelowFirstRentCapAvg: 401, covenantAgreed: 41, covenantLet2023: 26, bijzondereDoelgroepenLet2024: 166 },
  { cbsCode: '0629', naam: 'Wassenaar', centrumregio: 'Den Haag', zorgkantoor: 'CZ', lettingsSocialAvg: 160, lettingsBelowFirstRentCapAvg: 87, covenantAgreed: 0, covenantLet2023: 0, bijzondereDoelgroepenLet2024: 29 },
  { cbsCode: '1783', naam: 'Westland', centrumregio: 'Delft', zorgkantoor: 'DSW', lettingsSocialAvg: 518, lettingsBelowFirstRentCapAvg: 255, covenantAgreed: 30, covenantLet2023: 7, bijzondereDoelgroepenLet2024: 82 },
  { cbsCode: '0637', naam: 'Zoetermeer', centrumregio: 'Den Haag', zorgkantoor: 'CZ', lettingsSocialAvg: 1065, lettingsBelowFirstRentCapAvg: 722, covenantAgreed: 67, covenantLet2023: 33, bijzondereDoelgroepenLet2024: 185 },
];

/** Share of yearly vacancies that may go to all bijzondere doelgroepen together. */
export const CAP_SHARE_OF_MUTATIES = 0.3;

/** CBS gemeente codes are four digits (e.g. 0518 Den Haag). */
export const CBS_CODE_PATTERN = /^\d{4}$/;

export function isRegioGemeente(cbsCode: string): boolean {
  return REGIO_GEMEENTEN.some((g) => g.cbsCode === cbsCode);
}

export function regioGemeente(cbsCode: string): RegioGemeente | undefined {
  return REGIO_GEMEENTEN.find((g) => g.cbsCode === cbsCode);
}
