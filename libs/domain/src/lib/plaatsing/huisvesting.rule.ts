import { eisIsoDatum, plusMaanden } from '../awb/kalender.util';

/** The region aims to house a household within three months of the positive decision. */
export const STREEFTERMIJN_HUISVESTING_MAANDEN = 3;

/**
 * Target date for housing: the same day three months after the decision,
 * clamped to the last day of a shorter month (30 November → 28/29 February,
 * 31 May → 31 August, 31 March → 30 June). An aim, not a legal term, so it is
 * not moved off weekends or holidays.
 */
export function streefdatumHuisvesting(besluitOp: string): string {
  eisIsoDatum(besluitOp, 'Besluitdatum');
  return plusMaanden(besluitOp, STREEFTERMIJN_HUISVESTING_MAANDEN);
}
