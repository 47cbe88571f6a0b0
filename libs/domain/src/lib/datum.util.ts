/**
 * Calendar-date helpers on ISO `yyyy-mm-dd` strings. Dates in this domain are
 * legal dates without a time zone, so they are handled in UTC to avoid DST shifts.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Calendar years; 29 February in a non-leap year becomes 28 February (the month end), never 1 March. */
export function addYears(iso: string, years: number): string {
  const d = toDate(iso);
  const dag = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  const laatste = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(dag, laatste));
  return toIso(d);
}

/** Whole years between birth date and a reference date (age on that date). */
export function ageOn(geboortedatum: string, peildatum: string): number {
  const b = toDate(geboortedatum);
  const p = toDate(peildatum);
  let age = p.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday =
    p.getUTCMonth() < b.getUTCMonth() || (p.getUTCMonth() === b.getUTCMonth() && p.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

export function todayIso(now: Date = new Date()): string {
  return toIso(now);
}
