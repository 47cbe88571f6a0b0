import type { VeldMelding } from './aanvraag-periodes.rule';

/**
 * A medical advice has two parts. The details are special-category personal
 * data (GDPR art. 9): stored apart, shown only to those who need them, every
 * read logged. The outcome below carries no medical details and may be seen by
 * everyone with access to the case, so matching and the committee can use it.
 */
export const WOONVEREISTEN = ['gelijkvloers', 'nultreden', 'rolstoeltoegankelijk', 'lift', 'extraSlaapkamer', 'prikkelarm', 'nabijZorg'] as const;
export type Woonvereiste = (typeof WOONVEREISTEN)[number];

export const WOONVEREISTE_LABEL: Readonly<Record<Woonvereiste, string>> = {
  gelijkvloers: 'Gelijkvloers wonen',
  nultreden: 'Nultredenwoning',
  rolstoeltoegankelijk: 'Rolstoeltoegankelijk',
  lift: 'Bereikbaar met een lift',
  extraSlaapkamer: 'Extra slaapkamer',
  prikkelarm: 'Prikkelarme woonomgeving',
  nabijZorg: 'Zorg in de nabijheid',
};

/** The part of the advice everyone with case access may see. */
export interface MedischAdviesUitkomst {
  readonly urgentOpMedischeGronden: boolean;
  readonly woonvereisten: readonly Woonvereiste[];
}

/** What the medisch adviseur enters; `details` is the restricted part. */
export interface MedischAdviesInvoer {
  readonly details: string;
  /** The conclusion; null while the adviser has not concluded. */
  readonly urgentOpMedischeGronden: boolean | null;
  readonly woonvereisten: readonly string[];
}

export const MEDISCH_ADVIES_DETAILS_MIN = 10;
export const MEDISCH_ADVIES_DETAILS_MAX = 20000;

export interface MedischAdviesValidatie {
  readonly geldig: boolean;
  readonly fouten: readonly VeldMelding[];
  /** The shareable outcome when the input is valid, without any of the details. */
  readonly uitkomst: MedischAdviesUitkomst | null;
}

export function isWoonvereiste(waarde: unknown): waarde is Woonvereiste {
  return typeof waarde === 'string' && (WOONVEREISTEN as readonly string[]).includes(waarde);
}

export function valideerMedischAdvies(invoer: MedischAdviesInvoer): MedischAdviesValidatie {
  const fouten: VeldMelding[] = [];
  const details = typeof invoer.details === 'string' ? invoer.details.trim() : '';
  if (details.length < MEDISCH_ADVIES_DETAILS_MIN) {
    fouten.push({ veld: 'details', melding: `Beschrijf de medische onderbouwing in ten minste ${MEDISCH_ADVIES_DETAILS_MIN} tekens.` });
  } else if (details.length > MEDISCH_ADVIES_DETAILS_MAX) {
    fouten.push({ veld: 'details', melding: `De medische onderbouwing is te lang: gebruik ten hoogste ${String(MEDISCH_ADVIES_DETAILS_MAX).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} tekens en voeg verslagen als bijlage toe.` });
  }
  if (typeof invoer.urgentOpMedischeGronden !== 'boolean') {
    fouten.push({ veld: 'urgentOpMedischeGronden', melding: 'Geef een conclusie: is de aanvrager op medische gronden urgent, ja of nee?' });
  }
  const vereisten = invoer.woonvereisten ?? [];
  vereisten.forEach((vereiste, i) => {
    if (!isWoonvereiste(vereiste)) {
      fouten.push({ veld: `woonvereisten.${i}`, melding: `Woonvereiste "${vereiste}" is onbekend; kies uit de lijst.` });
    } else if (vereisten.indexOf(vereiste) < i) {
      fouten.push({ veld: `woonvereisten.${i}`, melding: `${WOONVEREISTE_LABEL[vereiste]} staat twee keer in de woonvereisten.` });
    }
  });
  if (fouten.length > 0 || typeof invoer.urgentOpMedischeGronden !== 'boolean') {
    return { geldig: false, fouten, uitkomst: null };
  }
  return {
    geldig: true,
    fouten,
    uitkomst: { urgentOpMedischeGronden: invoer.urgentOpMedischeGronden, woonvereisten: vereisten.filter(isWoonvereiste) },
  };
}
