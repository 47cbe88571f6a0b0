import { dagenTussen, doorlooptijd, doorlooptijdUitTelling, mediaan, percentiel, type DagenTelling } from './doorlooptijd.rule';

describe('dagenTussen', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-31', 30],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-12-31', '2026-01-01', 1],
    // Across the change to summer time: still whole days.
    ['2026-03-28', '2026-03-30', 2],
    ['2026-03-10', '2026-03-01', -9],
    // A timestamp counts by its date.
    ['2026-03-01T23:59:00Z', '2026-03-02', 1],
  ])('%s → %s = %i', (van, tot, dagen) => {
    expect(dagenTussen(van, tot)).toBe(dagen);
  });
});

describe('percentiel (nearest rank)', () => {
  it.each<[string, number[], number, number | null]>([
    ['empty input', [], 50, null],
    ['empty input, p90', [], 90, null],
    ['one value', [7], 50, 7],
    ['one value, p90', [7], 90, 7],
    ['one value, p0', [7], 0, 7],
    ['odd count: the middle', [1, 2, 3, 4, 5], 50, 3],
    ['even count: the lower middle', [1, 2, 3, 4], 50, 2],
    ['unsorted input is sorted first', [40, 10, 30, 20], 50, 20],
    ['p90 of ten values is the 9th', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    ['p90 of eleven values is the 10th (rank ⌈9.9⌉)', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
    ['p90 of five values is the largest', [5, 1, 4, 2, 3], 90, 5],
    ['p100 is the maximum', [3, 9, 1], 100, 9],
    ['p0 is the minimum', [3, 9, 1], 0, 1],
    ['ties', [2, 2, 2, 8], 50, 2],
    ['p25 of four values is the first', [10, 20, 30, 40], 25, 10],
    ['p75 of four values is the third', [10, 20, 30, 40], 75, 30],
    ['zero days counts', [0, 0, 5], 50, 0],
  ])('%s', (_naam, waarden, p, verwacht) => {
    expect(percentiel(waarden, p)).toBe(verwacht);
  });

  it('does not change its input', () => {
    const waarden = [3, 1, 2];
    percentiel(waarden, 50);
    expect(waarden).toEqual([3, 1, 2]);
  });

  it.each([-1, 101, Number.NaN])('refuses p = %p', (p) => {
    expect(() => percentiel([1, 2], p)).toThrow(RangeError);
  });

  it('mediaan is the 50th percentile', () => {
    expect(mediaan([9, 1, 5, 3])).toBe(3);
    expect(mediaan([])).toBeNull();
  });
});

describe('doorlooptijd', () => {
  it.each<[string, Array<{ van: string; tot: string }>, { aantal: number; mediaanDagen: number | null; p90Dagen: number | null }]>([
    ['nothing measured', [], { aantal: 0, mediaanDagen: null, p90Dagen: null }],
    ['one case decided the same day', [{ van: '2026-03-02', tot: '2026-03-02' }], { aantal: 1, mediaanDagen: 0, p90Dagen: 0 }],
    [
      'three cases: 10, 20 and 56 days',
      [{ van: '2026-01-01', tot: '2026-01-11' }, { van: '2026-01-01', tot: '2026-01-21' }, { van: '2026-01-05', tot: '2026-03-02' }],
      { aantal: 3, mediaanDagen: 20, p90Dagen: 56 },
    ],
    [
      'a period ending before it starts is left out',
      [{ van: '2026-01-10', tot: '2026-01-01' }, { van: '2026-01-01', tot: '2026-01-15' }],
      { aantal: 1, mediaanDagen: 14, p90Dagen: 14 },
    ],
    [
      'ten cases 1..10 weeks: median 5 weeks, p90 9 weeks',
      Array.from({ length: 10 }, (_, i) => ({ van: '2026-01-01', tot: new Date(Date.UTC(2026, 0, 1 + 7 * (i + 1))).toISOString().slice(0, 10) })),
      { aantal: 10, mediaanDagen: 35, p90Dagen: 63 },
    ],
  ])('%s', (_naam, perioden, verwacht) => {
    expect(doorlooptijd(perioden)).toEqual(verwacht);
  });
});

describe('doorlooptijdUitTelling (counts per number of days)', () => {
  /** The periods the counts stand for, to hold the two functions to the same answer. */
  const perioden = (telling: readonly DagenTelling[]) =>
    telling.flatMap((t) => Array.from({ length: t.aantal }, () => ({ van: '2026-01-01', tot: new Date(Date.UTC(2026, 0, 1 + t.dagen)).toISOString().slice(0, 10) })));

  it.each<[string, DagenTelling[], { aantal: number; mediaanDagen: number | null; p90Dagen: number | null }]>([
    ['nothing measured', [], { aantal: 0, mediaanDagen: null, p90Dagen: null }],
    ['only zero counts', [{ dagen: 5, aantal: 0 }], { aantal: 0, mediaanDagen: null, p90Dagen: null }],
    ['one day, many cases', [{ dagen: 12, aantal: 40 }], { aantal: 40, mediaanDagen: 12, p90Dagen: 12 }],
    ['three cases: 10, 20 and 56 days, unsorted', [{ dagen: 56, aantal: 1 }, { dagen: 10, aantal: 1 }, { dagen: 20, aantal: 1 }], { aantal: 3, mediaanDagen: 20, p90Dagen: 56 }],
    ['a negative duration is left out', [{ dagen: -9, aantal: 3 }, { dagen: 14, aantal: 1 }], { aantal: 1, mediaanDagen: 14, p90Dagen: 14 }],
    ['an even count takes the lower middle', [{ dagen: 1, aantal: 2 }, { dagen: 9, aantal: 2 }], { aantal: 4, mediaanDagen: 1, p90Dagen: 9 }],
    ['the same day in two rows (two gemeenten merged)', [{ dagen: 7, aantal: 5 }, { dagen: 30, aantal: 4 }, { dagen: 7, aantal: 1 }], { aantal: 10, mediaanDagen: 7, p90Dagen: 30 }],
    ['ten cases 1..10 weeks', Array.from({ length: 10 }, (_, i) => ({ dagen: 7 * (i + 1), aantal: 1 })), { aantal: 10, mediaanDagen: 35, p90Dagen: 63 }],
  ])('%s', (_naam, telling, verwacht) => {
    expect(doorlooptijdUitTelling(telling)).toEqual(verwacht);
    expect(doorlooptijd(perioden(telling.filter((t) => t.dagen >= 0)))).toEqual(verwacht);
  });

  it('agrees with doorlooptijd on larger irregular counts', () => {
    for (let n = 1; n <= 40; n++) {
      const telling = Array.from({ length: n }, (_, i) => ({ dagen: (i * 37) % 211, aantal: 1 + ((i * 7) % 5) }));
      expect(doorlooptijdUitTelling(telling)).toEqual(doorlooptijd(perioden(telling)));
    }
  });
});
