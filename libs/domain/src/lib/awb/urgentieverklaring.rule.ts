import { addDays } from '../datum.util';
import { WoonstartFout } from '../woonstart-fout.error';
import { formatDatumNl } from './datum-nl.util';
import { eisIsoDatum, plusMaanden } from './kalender.util';

/** Regional practice (domain.md): an urgentieverklaring is valid for three months. */
export const URGENTIEVERKLARING_GELDIG_MAANDEN = 3;
/** An extension can be asked up to two weeks after expiry. */
export const VERLENGING_AANVRAGEN_DAGEN_NA_AFLOOP = 14;

export interface Geldigheid {
  readonly tot: string;
  readonly reden: string;
}

/**
 * Last day an urgentieverklaring is valid: calendar months from the day it was
 * issued, clamped to the end of a shorter month (30 November + 3 months =
 * 28 or 29 February). A validity period is not a term to act within, so the
 * Algemene termijnenwet does not move it.
 */
export function geldigTot(afgegevenOp: string, maanden: number = URGENTIEVERKLARING_GELDIG_MAANDEN): Geldigheid {
  eisIsoDatum(afgegevenOp, 'De datum van afgifte');
  if (!Number.isInteger(maanden) || maanden < 1 || maanden > 24) {
    throw new WoonstartFout('ongeldig', `Een geldigheidsduur is 1 tot en met 24 maanden, niet ${maanden}.`);
  }
  const tot = plusMaanden(afgegevenOp, maanden);
  return {
    tot,
    reden: `afgegeven ${formatDatumNl(afgegevenOp, 'datum')}, ${maanden === 1 ? '1 maand' : `${maanden} maanden`} geldig → tot en met ${formatDatumNl(tot)}`,
  };
}

/**
 * Last day to ask for an extension: two weeks after expiry (regional practice).
 * Policy, not statute, so no Algemene termijnenwet shift.
 */
export function verlengingMogelijkTot(geldigTotDatum: string): Geldigheid {
  eisIsoDatum(geldigTotDatum, 'Het einde van de geldigheid');
  const tot = addDays(geldigTotDatum, VERLENGING_AANVRAGEN_DAGEN_NA_AFLOOP);
  return {
    tot,
    reden: `geldig tot en met ${formatDatumNl(geldigTotDatum, 'datum')}; verlenging aanvragen kan tot en met ${formatDatumNl(tot)} (twee weken na afloop)`,
  };
}
