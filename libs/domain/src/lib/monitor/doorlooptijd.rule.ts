import { toDate } from '../datum.util';

/**
 * Throughput times of the regional monitor (issue 5): how long a case waits from
 * receipt to decision and from decision to placement. The figures are the median
 * and the 90th percentile in whole calendar days, both by the nearest-rank
 * method: always a value that really occurred, never an interpolation, so a
 * coordinator can say "one in ten waited N days or longer".
 */

export interface Doorlooptijd {
  /** Number of cases measured. */
  readonly aantal: number;
  /** Median in days (nearest rank: for an even count the lower middle value); null when nothing was measured. */
  readonly mediaanDagen: number | null;
  /** 90th percentile in days (nearest rank); null when nothing was measured. */
  readonly p90Dagen: number | null;
}

export interface Periode {
  readonly van: string;
  readonly tot: string;
}

const MS_PER_DAG = 86_400_000;

/** Calendar days from `van` to `tot` (ISO dates); negative when `tot` lies before `van`. */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((toDate(tot.slice(0, 10)).getTime() - toDate(van.slice(0, 10)).getTime()) / MS_PER_DAG);
}

/**
 * Nearest-rank percentile: sort ascending and take the value at rank ⌈p/100 × n⌉
 * (rank 1 for p = 0). Empty input gives null: no measurement is not zero days.
 */
export function percentiel(waarden: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`Percentiel ${p} ligt niet tussen 0 en 100.`);
  if (waarden.length === 0) return null;
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  // p × n is computed in integers where possible, so 90 % of 10 is rank 9 and not 9.000000000000002 → 10.
  const rang = Math.max(1, Math.ceil((p * gesorteerd.length) / 100 - 1e-9));
  return gesorteerd[rang - 1];
}

export function mediaan(waarden: readonly number[]): number | null {
  return percentiel(waarden, 50);
}

/**
 * Median and 90th percentile of the durations of the given periods. A period
 * that ends before it starts is a data error (a back-dated entry), not a
 * negative wait: it is left out rather than pulling the figures down.
 */
export function doorlooptijd(perioden: readonly Periode[]): Doorlooptijd {
  const dagen = perioden.map((p) => dagenTussen(p.van, p.tot)).filter((d) => d >= 0);
  return { aantal: dagen.length, mediaanDagen: mediaan(dagen), p90Dagen: percentiel(dagen, 90) };
}

/** How many cases took this many days (the database counts them per day, not per case). */
export interface DagenTelling {
  readonly dagen: number;
  readonly aantal: number;
}

/**
 * doorlooptijd from counts per number of days: the same median and 90th
 * percentile (nearest rank) as for the periods one by one, and the same rule
 * that a negative duration is a data error and left out. The monitor's SQL
 * sends a few hundred (days, count) pairs instead of every period of a year.
 */
export function doorlooptijdUitTelling(telling: readonly DagenTelling[]): Doorlooptijd {
  const geldig = telling.filter((t) => t.dagen >= 0 && t.aantal > 0);
  const perDag = new Map<number, number>();
  for (const t of geldig) perDag.set(t.dagen, (perDag.get(t.dagen) ?? 0) + t.aantal);
  const dagen = [...perDag.keys()].sort((a, b) => a - b);
  const aantal = geldig.reduce((s, t) => s + t.aantal, 0);
  const opRang = (p: number): number | null => {
    if (aantal === 0) return null;
    const rang = Math.max(1, Math.ceil((p * aantal) / 100 - 1e-9));
    let gezien = 0;
    for (const d of dagen) {
      gezien += perDag.get(d)!;
      if (gezien >= rang) return d;
    }
    return null;
  };
  return { aantal, mediaanDagen: opRang(50), p90Dagen: opRang(90) };
}
