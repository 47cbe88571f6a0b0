/**
 * A small seeded pseudo-random generator (mulberry32): the simulation must give
 * the same year for the same seed on every machine, which Math.random cannot.
 * Not for anything security related.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  kans(p: number): boolean;
  /** Index drawn by the given non-negative weights (all zero → index 0). */
  gewogen(gewichten: readonly number[]): number;
}

export function mulberry32(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    kans: (p) => next() < p,
    gewogen: (gewichten) => {
      const totaal = gewichten.reduce((s, g) => s + g, 0);
      if (totaal <= 0) return 0;
      let r = next() * totaal;
      for (let i = 0; i < gewichten.length; i++) {
        r -= gewichten[i];
        if (r < 0) return i;
      }
      return gewichten.length - 1;
    },
  };
}
