import { REGIO_GEMEENTEN } from '../gemeente.data';
import { WoonstartFout } from '../woonstart-fout.error';
import { INWONERS_MEMO, OPGAVE_MEMO, scenarioInvoerMemo } from './scenario.data';
import {
  NIET_IN_BEELD, SCENARIO_KOLOMMEN, berekenScenariotabel, rondHalfOmhoog, scenarioGetal, verdeelGrootsteRest,
  type ScenarioInvoer, type ScenarioKolom, type Scenariotabel,
} from './scenario.rule';

/** The memo's table (Verdeelafspraken, chapter 6), in the order of REGIO_GEMEENTEN. */
const MEMO: Readonly<Record<Exclude<ScenarioKolom, 'F'>, { cellen: number[]; totaal: number; nietGeplaatst: number }>> = {
  A: { cellen: [314, 1668, 229, 57, 171, 177, 79, 335, 381], totaal: 3412, nietGeplaatst: 0 },
  B: { cellen: [205, 1002, 110, 24, 56, 166, 29, 82, 185], totaal: 1859, nietGeplaatst: 1553 },
  C: { cellen: [315, 1172, 151, 34, 54, 163, 48, 155, 320], totaal: 2412, nietGeplaatst: 1000 },
  D: { cellen: [199, 780, 115, 21, 27, 120, 26, 77, 216], totaal: 1582, nietGeplaatst: 1830 },
  E: { cellen: [158, 586, 76, 17, 27, 82, 24, 78, 160], totaal: 1206, nietGeplaatst: 2206 },
};

const kolom = (t: Scenariotabel, k: ScenarioKolom) => t.gemeenten.map((r) => r.kolommen[k]);

/** |a − b| ≤ 1 per cell: the memo rounded from slightly different sources in a few cells. */
function binnenEen(werkelijk: ReadonlyArray<number | null>, memo: readonly number[]): string[] {
  return memo.flatMap((m, i) => (werkelijk[i] !== null && Math.abs((werkelijk[i] as number) - m) <= 1 ? [] : [`${REGIO_GEMEENTEN[i].naam}: ${werkelijk[i]} tegen memo ${m}`]));
}

const invoer = (o: Partial<ScenarioInvoer> = {}): ScenarioInvoer => ({ ...scenarioInvoerMemo(), ...o });

describe('berekenScenariotabel on the memo\'s own inputs', () => {
  const tabel = berekenScenariotabel(scenarioInvoerMemo(), {});

  it('lists the nine gemeenten in the region\'s order with their names', () => {
    expect(tabel.gemeenten.map((r) => r.gemeenteNaam)).toEqual(REGIO_GEMEENTEN.map((g) => g.naam));
    expect(tabel).toMatchObject({ jaar: 2025, opgave: 3412 });
  });

  it('the derived inhabitants sum to the memo\'s 1,139,700', () => {
    expect(Object.values(INWONERS_MEMO).reduce((s, n) => s + n, 0)).toBe(1_139_700);
    expect(Object.keys(INWONERS_MEMO).sort()).toEqual(REGIO_GEMEENTEN.map((g) => g.cbsCode).sort());
  });

  it.each(['A', 'B', 'C', 'D', 'E'] as const)('column %s is the memo\'s within one dwelling per cell, total and niet geplaatst', (k) => {
    expect(binnenEen(kolom(tabel, k), MEMO[k].cellen)).toEqual([]);
    expect(Math.abs((tabel.totaal[k] as number) - MEMO[k].totaal)).toBeLessThanOrEqual(1);
    expect(Math.abs((tabel.nietGeplaatst[k] as number) - MEMO[k].nietGeplaatst)).toBeLessThanOrEqual(1);
  });

  it('reproduces A and B exactly (A from the derived inhabitants, B from the entered 2024 lettings)', () => {
    expect(kolom(tabel, 'A')).toEqual(MEMO.A.cellen);
    expect(kolom(tabel, 'B')).toEqual(MEMO.B.cellen);
    expect(tabel.totaal).toMatchObject({ A: 3412, B: 1859 });
    expect(tabel.nietGeplaatst).toMatchObject({ A: 0, B: 1553 });
    expect(tabel.bronB).toBe('invoer');
    expect(tabel.toelichting.B).toMatch(/geen plaatsingen in 2025/);
  });

  it('shows exactly where the memo differs: totals from the regional sum, two D cells rounded differently in the memo', () => {
    // 30 % of 8,042 = 2,412.6 → 2,413 (the memo wrote 2,412); D: 21.6 → 22 and 216.6 → 217 (memo 21 and 216).
    expect(tabel.totaal).toMatchObject({ C: 2413, D: 1582, E: 1206 });
    expect(tabel.nietGeplaatst).toMatchObject({ C: 999, D: 1830, E: 2206 });
    expect(kolom(tabel, 'C')).toEqual(MEMO.C.cellen);
    expect(kolom(tabel, 'E')).toEqual(MEMO.E.cellen);
    expect(kolom(tabel, 'D')).toEqual([199, 780, 115, 22, 27, 120, 26, 77, 217]);
  });

  it('F is not computable without cases, in the memo\'s words', () => {
    expect(kolom(tabel, 'F')).toEqual(Array(9).fill(null));
    expect(tabel).toMatchObject({ bronF: 'geen-zaken', zakenF: 0, buitenRegio: null, totaal: { F: null }, nietGeplaatst: { F: null } });
    expect(tabel.toelichting.F.toLowerCase()).toContain(NIET_IN_BEELD);
  });
});

describe('column F by herkomstgemeente (largest remainder)', () => {
  it('distributes the whole opgave over the herkomst of the cases, summing exactly to the opgave', () => {
    const t = berekenScenariotabel(invoer(), { '0503': 1, '0518': 1, '0637': 1 });
    // 3,412 / 3 = 1,137.33 each: one unit left, to the first of three equal remainders (Delft).
    expect(t.gemeenten.find((r) => r.gemeenteCbs === '0503')?.kolommen.F).toBe(1138);
    expect(t.gemeenten.find((r) => r.gemeenteCbs === '0518')?.kolommen.F).toBe(1137);
    expect(t.gemeenten.find((r) => r.gemeenteCbs === '0637')?.kolommen.F).toBe(1137);
    expect(t.gemeenten.filter((r) => !['0503', '0518', '0637'].includes(r.gemeenteCbs)).map((r) => r.kolommen.F)).toEqual(Array(6).fill(0));
    expect(t).toMatchObject({ bronF: 'zaken', zakenF: 3, totaal: { F: 3412 }, nietGeplaatst: { F: 0 }, buitenRegio: null });
  });

  it('herkomst outside the region is its own row and takes part in the distribution', () => {
    const t = berekenScenariotabel(invoer({ opgave: 100 }), { '0518': 5, '0599': 2, '0546': 1 });
    expect(t.buitenRegio).toEqual({ herkomstZaken: 3, f: 37, herkomstgemeenten: ['0546', '0599'] });
    expect(t.gemeenten.find((r) => r.gemeenteCbs === '0518')).toMatchObject({ herkomstZaken: 5, kolommen: { F: 63 } });
    // 62.5 and 37.5: equal remainders, the larger weight (Den Haag) gets the unit.
    expect((t.gemeenten.map((r) => r.kolommen.F as number).reduce((s, n) => s + n, 0)) + (t.buitenRegio?.f ?? 0)).toBe(100);
    expect(t.totaal.F).toBe(100);
    expect(t.toelichting.F).toMatch(/3 zaken met herkomst buiten de regio/);
  });

  it('only outside-region cases still give F: every regio gemeente 0, the whole opgave in the outside row', () => {
    const t = berekenScenariotabel(invoer(), { '0363': 4 });
    expect(t.gemeenten.every((r) => r.kolommen.F === 0)).toBe(true);
    expect(t.buitenRegio).toMatchObject({ f: 3412, herkomstZaken: 4 });
    expect(t.nietGeplaatst.F).toBe(0);
  });

  it('zero counts are no cases', () => {
    const t = berekenScenariotabel(invoer(), { '0503': 0, '0599': 0 });
    expect(t.bronF).toBe('geen-zaken');
    expect(t.totaal.F).toBeNull();
    expect(t.buitenRegio).toBeNull();
  });

  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [1, 1], [4, 3]],
    [5, [3, 1, 1], [3, 1, 1]],
    [2, [1, 1, 1], [1, 1, 0]],
    [100, [1, 2, 3, 4], [10, 20, 30, 40]],
    [0, [5, 2], [0, 0]],
    [3, [0, 0], [0, 0]],
    [4, [10, 7, 0], [2, 2, 0]],
  ])('verdeelGrootsteRest(%i, %j) = %j', (totaal, gewichten, verwacht) => {
    expect(verdeelGrootsteRest(totaal, gewichten)).toEqual(verwacht);
  });

  it('always sums to the total, every share within one of its quota (pseudo-random cases)', () => {
    let x = 12345;
    const rnd = (n: number) => { x = (x * 1103515245 + 12345) % 2 ** 31; return x % n; };
    for (let geval = 0; geval < 300; geval++) {
      const gewichten = Array.from({ length: 1 + rnd(10) }, () => rnd(50));
      const totaal = rnd(5000);
      const uit = verdeelGrootsteRest(totaal, gewichten);
      const som = gewichten.reduce((s, g) => s + g, 0);
      if (som === 0) { expect(uit.every((n) => n === 0)).toBe(true); continue; }
      expect(uit.reduce((s, n) => s + n, 0)).toBe(totaal);
      uit.forEach((n, i) => expect(Math.abs(n - (totaal * gewichten[i]) / som)).toBeLessThan(1));
    }
  });
});

describe('column B: live placements when the year has them', () => {
  it('takes the placements per gemeente (0 where none) and says so', () => {
    const t = berekenScenariotabel(invoer(), {}, { '0518': 40, '0503': 2 });
    expect(t.bronB).toBe('plaatsingen');
    expect(kolom(t, 'B')).toEqual([2, 40, 0, 0, 0, 0, 0, 0, 0]);
    expect(t.totaal.B).toBe(42);
    expect(t.nietGeplaatst.B).toBe(3412 - 42);
    expect(t.toelichting.B).toMatch(/42 plaatsingen .* 2025/);
  });

  it('placements outside the nine gemeenten do not switch the source', () => {
    expect(berekenScenariotabel(invoer(), {}, { '0599': 3 }).bronB).toBe('invoer');
  });
});

describe('rounding like the memo', () => {
  it.each([
    [765, 10, 77], // 76.5 → 77 (Westland D: 255 × 30 %)
    [3195, 10, 320], // 319.5 → 320 (Zoetermeer C)
    [24126, 10, 2413], // 2,412.6 → 2,413
    [7649, 100, 76],
    [1, 2, 1],
    [1, 3, 0],
    [0, 7, 0],
    [5, 1, 5],
  ])('rondHalfOmhoog(%i, %i) = %i', (teller, noemer, verwacht) => {
    expect(rondHalfOmhoog(teller, noemer)).toBe(verwacht);
  });

  it('halves of C, D and E go up (76.5 → 77, 1.5 → 2)', () => {
    const t = berekenScenariotabel(invoer({
      gemeenten: [{ gemeenteCbs: '1783', inwoners: 1, socialeVerhuringen: 10, verhuringenOnderAftoppingsgrens: 255, realisatieBijzondereDoelgroepen: 0 }],
    }), {});
    expect(t.gemeenten[0].kolommen).toMatchObject({ C: 3, D: 77, E: 2 }); // 3.0, 76.5 and 1.5
  });

  it('A: half a dwelling goes up per gemeente; the total is the opgave, even when the cells add up to one more or less', () => {
    const t = berekenScenariotabel(invoer({
      opgave: 3,
      gemeenten: [
        { gemeenteCbs: '0503', inwoners: 1, socialeVerhuringen: 0, verhuringenOnderAftoppingsgrens: 0, realisatieBijzondereDoelgroepen: 0 },
        { gemeenteCbs: '0518', inwoners: 1, socialeVerhuringen: 0, verhuringenOnderAftoppingsgrens: 0, realisatieBijzondereDoelgroepen: 0 },
      ],
    }), {});
    expect(kolom(t, 'A')).toEqual([2, 2]);
    expect(t.totaal.A).toBe(3);
    expect(t.nietGeplaatst.A).toBe(0);
  });

  it('niet geplaatst is never negative when a column offers more than the opgave', () => {
    const t = berekenScenariotabel(invoer({ opgave: 100 }), {});
    expect(t.totaal.C).toBeGreaterThan(100);
    expect(t.nietGeplaatst).toMatchObject({ C: 0, D: 0, E: 0 });
  });

  it('A is not computable without inhabitants; the other columns still are', () => {
    const t = berekenScenariotabel(invoer({ gemeenten: scenarioInvoerMemo().gemeenten.map((g) => ({ ...g, inwoners: 0 })) }), {});
    expect(kolom(t, 'A')).toEqual(Array(9).fill(null));
    expect(t.totaal.A).toBeNull();
    expect(t.nietGeplaatst.A).toBeNull();
    expect(t.totaal.C).toBe(2413);
    expect(t.toelichting.A).toMatch(/geen inwoners/);
  });
});

describe('input that cannot be right', () => {
  it.each([
    ['a negative opgave', invoer({ opgave: -1 })],
    ['a fraction of a dwelling', invoer({ opgave: 10.5 })],
    ['a gemeente twice', invoer({ gemeenten: [...scenarioInvoerMemo().gemeenten, scenarioInvoerMemo().gemeenten[0]] })],
    ['negative lettings', invoer({ gemeenten: scenarioInvoerMemo().gemeenten.map((g, i) => (i === 2 ? { ...g, socialeVerhuringen: -4 } : g)) })],
  ])('%s is refused', (_naam, fout) => {
    expect(() => berekenScenariotabel(fout, {})).toThrow(WoonstartFout);
  });

  it('a negative case count is refused', () => {
    expect(() => berekenScenariotabel(invoer(), { '0503': -1 })).toThrow(/zaken per herkomstgemeente/);
  });
});

it('every column has an explanation, and numbers read the Dutch way', () => {
  const t = berekenScenariotabel(invoer(), { '0503': 2 });
  expect(SCENARIO_KOLOMMEN.every((k) => t.toelichting[k].length > 20)).toBe(true);
  expect(t.toelichting.A).toContain('3.412');
  expect(t.toelichting.A).toContain('1.139.700');
  expect([scenarioGetal(0), scenarioGetal(999), scenarioGetal(1000), scenarioGetal(1139700)]).toEqual(['0', '999', '1.000', '1.139.700']);
  expect(OPGAVE_MEMO).toBe(3412);
});
