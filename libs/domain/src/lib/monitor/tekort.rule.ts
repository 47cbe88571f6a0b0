import { toDate } from '../datum.util';

/**
 * The projected shortage of cap room for the rest of a year, per gemeente.
 *
 *   verwacht toegekend in het jaar = toegekend tot nu × dagen in het jaar ÷ verstreken dagen
 *   nog toe te kennen              = verwacht toegekend in het jaar − toegekend tot nu
 *   vraag rest van het jaar        = wachtlijst (toegekend, nog niet geplaatst) + nog toe te kennen
 *   tekort                         = vraag rest van het jaar − resterende ruimte onder het plafond (nooit onder 0)
 *
 * A straight-line extrapolation of the year to date: it assumes grants keep coming
 * at the pace so far, and that every granted household needs one place under the
 * cap of the gemeente where it is to be housed. It does not foresee placements
 * without a case (statushouders via the corporatie), which also use the cap: the
 * real shortage can be larger. Only for the running year: for a past year the
 * rest of the year is gone, for a future one there is no pace yet.
 */

export interface TekortInvoer {
  readonly jaar: number;
  /** Today (ISO date). */
  readonly peildatum: string;
  /** Grants (decisions toekennen made known) in the year up to and including the peildatum. */
  readonly toegekendTotNu: number;
  /** Granted and not yet placed, now. */
  readonly wachtlijst: number;
  /** Room left under the gemeente cap (plafond − gebruikt, never below 0); null when the cap is unknown. */
  readonly ruimte: number | null;
}

export interface TekortProjectie {
  readonly verstrekenDagen: number;
  readonly dagenInJaar: number;
  readonly verwachtToegekendJaar: number;
  readonly nogToeTeKennen: number;
  readonly vraagRestJaar: number;
  readonly ruimte: number | null;
  /** Null when the cap is unknown. */
  readonly tekort: number | null;
}

export function dagenInJaar(jaar: number): number {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 366 : 365;
}

/** Days of the year up to and including the peildatum: 1 on 1 January, 365 (or 366) on 31 December. */
export function verstrekenDagen(jaar: number, peildatum: string): number {
  return Math.round((toDate(peildatum).getTime() - Date.UTC(jaar, 0, 1)) / 86_400_000) + 1;
}

/** The projection for the running year; null when the peildatum lies outside the year. */
export function projecteerTekort(invoer: TekortInvoer): TekortProjectie | null {
  if (Number(invoer.peildatum.slice(0, 4)) !== invoer.jaar) return null;
  const totaal = dagenInJaar(invoer.jaar);
  const verstreken = verstrekenDagen(invoer.jaar, invoer.peildatum);
  const verwachtToegekendJaar = Math.round((invoer.toegekendTotNu * totaal) / verstreken);
  const nogToeTeKennen = Math.max(0, verwachtToegekendJaar - invoer.toegekendTotNu);
  const vraagRestJaar = invoer.wachtlijst + nogToeTeKennen;
  return {
    verstrekenDagen: verstreken,
    dagenInJaar: totaal,
    verwachtToegekendJaar,
    nogToeTeKennen,
    vraagRestJaar,
    ruimte: invoer.ruimte,
    tekort: invoer.ruimte === null ? null : Math.max(0, vraagRestJaar - invoer.ruimte),
  };
}

/** The formula in words, for the page and the export. */
export const TEKORT_UITLEG =
  'Prognose voor het lopende jaar: het aantal toekenningen tot nu toe wordt lineair doorgetrokken naar het hele jaar ' +
  '(toegekend tot nu × dagen in het jaar ÷ verstreken dagen). De vraag voor de rest van het jaar is de wachtlijst ' +
  '(toegekend, nog niet geplaatst) plus de toekenningen die nog verwacht worden. Het tekort is die vraag min de ruimte die ' +
  'onder het plafond van de gemeente over is, en nooit minder dan 0. Plaatsingen zonder zaak (zoals statushouders) gebruiken ' +
  'ook ruimte, maar zitten niet in de prognose: het werkelijke tekort kan groter zijn.';
