import { addDays, isIsoDate, toDate, toIso } from '../datum.util';
import { WoonstartFout } from '../woonstart-fout.error';

/**
 * Calendar arithmetic for the Awb clock on ISO `yyyy-mm-dd` strings (UTC, no
 * time of day). Kept inside awb/ so the shared datum.util stays small.
 */

const DAG_MS = 24 * 60 * 60 * 1000;

/** Throws a Dutch 'ongeldig' error unless `waarde` is a real calendar date. */
export function eisIsoDatum(waarde: string, veld: string): void {
  if (!isIsoDate(waarde)) {
    throw new WoonstartFout('ongeldig', `${veld} is geen geldige datum (verwacht jjjj-mm-dd): "${waarde}".`, { veld });
  }
}

/** Calendar days from `van` to `tot` (positive when `tot` is later). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((toDate(tot).getTime() - toDate(van).getTime()) / DAG_MS);
}

/** 0 = zondag … 6 = zaterdag. */
export function weekdag(datum: string): number {
  return toDate(datum).getUTCDay();
}

export function jaarVan(datum: string): number {
  return toDate(datum).getUTCFullYear();
}

export function isoUitDelen(jaar: number, maand: number, dag: number): string {
  // Date.UTC maps years 0–99 to 1900–1999; the Awb clock never needs those.
  return toIso(new Date(Date.UTC(jaar, maand - 1, dag)));
}

/**
 * Adds calendar months; a day that does not exist in the target month is clamped
 * to its last day (30 November + 3 months = 28 or 29 February), the usual
 * reading of "drie maanden" for a validity period.
 */
export function plusMaanden(datum: string, maanden: number): string {
  const d = toDate(datum);
  const totaal = d.getUTCFullYear() * 12 + d.getUTCMonth() + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = totaal - jaar * 12 + 1;
  return isoUitDelen(jaar, maand, Math.min(d.getUTCDate(), dagenInMaand(jaar, maand)));
}

/** Days in month `maand` (1–12) of `jaar`. */
export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isLeapJaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

export function isLeapJaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function plusWeken(datum: string, weken: number): string {
  return addDays(datum, weken * 7);
}

export function laatste(a: string, b: string): string {
  return a >= b ? a : b;
}

export function vroegste(a: string, b: string): string {
  return a <= b ? a : b;
}
