import { REGIO_GEMEENTEN } from '../gemeente.data';
import { HUURGRENZEN } from '../huurgrenzen.data';
import {
  maakStand,
  plafondOverzicht,
  plafondPercentage,
  plafondStatus,
  plafondVan,
  plafondVanUitzondering,
  strengsteStand,
  telt,
  toetsNieuwePlaatsing,
  type BegrenzingInstelling,
  type GeteldePlaatsing,
  type PlafondStatus,
  type PlafondUitzondering,
} from './plafond.rule';

const G2026 = HUURGRENZEN[2026];
const DELFT = '0503';
const DEN_HAAG = '0518';

const SCHILDERSWIJK: PlafondUitzondering = { soort: 'wijk', code: 'DH-SCH', naam: 'Schilderswijk', aandeel: 0.4, verwachteMutaties: 50 };
const KWETSBAAR_COMPLEX: PlafondUitzondering = { soort: 'complex', code: 'CPX-HOVEN', naam: 'De Hoven', aandeel: 0.1, verwachteMutaties: 30 };

const instelling = (o: Partial<BegrenzingInstelling> = {}): BegrenzingInstelling => ({
  gemeenteCbs: DELFT,
  jaar: 2026,
  verwachteMutaties: 1051,
  verwachteMutatiesOnderAftopping: 662,
  aandeel: 0.3,
  basis: 'sociaal',
  uitzonderingen: [],
  ...o,
});

const plaatsing = (o: Partial<GeteldePlaatsing> = {}): GeteldePlaatsing => ({
  gemeenteCbs: DELFT,
  wijkCode: 'DE-CENTRUM',
  complex: null,
  huurprijs: 650,
  categorie: 'MO',
  binding: false,
  ingangsdatum: '2026-03-01',
  ...o,
});

const aantal = (n: number, o: Partial<GeteldePlaatsing> = {}): GeteldePlaatsing[] => Array.from({ length: n }, () => plaatsing(o));

/** A small gemeente with a cap of exactly 10 (0.30 × 34 = 10.2). */
const KLEIN = instelling({ verwachteMutaties: 34, verwachteMutatiesOnderAftopping: 34 });

describe('plafondVan', () => {
  const gemeente = (cbs: string) => REGIO_GEMEENTEN.find((g) => g.cbsCode === cbs)!;

  it.each<[string, string, BegrenzingInstelling['basis'], number]>([
    ['memo: Delft 1051 social lettings × 0.30 = 315', DELFT, 'sociaal', 315],
    ['memo: Den Haag 3907 social lettings × 0.30 = 1172', DEN_HAAG, 'sociaal', 1172],
    ['memo: Delft 662 below the first rent cap × 0.30 = 198', DELFT, 'onderEersteAftoppingsgrens', 198],
    ['memo: Den Haag 2600 below the first rent cap × 0.30 = 780', DEN_HAAG, 'onderEersteAftoppingsgrens', 780],
  ])('%s', (_naam, cbs, basis, verwacht) => {
    const g = gemeente(cbs);
    expect(
      plafondVan(instelling({ gemeenteCbs: cbs, verwachteMutaties: g.lettingsSocialAvg, verwachteMutatiesOnderAftopping: g.lettingsBelowFirstRentCapAvg, basis })),
    ).toBe(verwacht);
  });

  it('rounds down, but not below a whole number the float just misses (0.29 × 100 = 29)', () => {
    expect(plafondVan(instelling({ aandeel: 0.29, verwachteMutaties: 100 }))).toBe(29);
    expect(plafondVan(instelling({ aandeel: 0.3, verwachteMutaties: 34 }))).toBe(10);
  });

  it.each<[string, PlafondUitzondering, number]>([
    ['40 % in a named wijk of 50 lettings = 20', SCHILDERSWIJK, 20],
    ['10 % in a vulnerable complex of 30 lettings = 3', KWETSBAAR_COMPLEX, 3],
    ['10 % of 9 lettings = 0 (no room at all)', { ...KWETSBAAR_COMPLEX, verwachteMutaties: 9 }, 0],
  ])('exception: %s', (_naam, u, verwacht) => {
    expect(plafondVanUitzondering(u)).toBe(verwacht);
  });
});

describe('telt', () => {
  const onder = instelling({ basis: 'onderEersteAftoppingsgrens' });
  it.each<[string, BegrenzingInstelling, Partial<GeteldePlaatsing>, boolean]>([
    ['basis sociaal: any social rent counts', instelling(), { huurprijs: 900 }, true],
    ['basis onder aftopping: exactly on the eerste aftoppingsgrens 2026 counts', onder, { huurprijs: 713.02 }, true],
    ['basis onder aftopping: one cent above does not count', onder, { huurprijs: 713.03 }, false],
    ['basis onder aftopping: unknown rent counts (conservative)', onder, { huurprijs: null }, true],
    ['another gemeente does not count', instelling(), { gemeenteCbs: DEN_HAAG }, false],
    ['another year does not count', instelling(), { ingangsdatum: '2025-12-31' }, false],
    ['first day of the year counts', instelling(), { ingangsdatum: '2026-01-01' }, true],
  ])('%s', (_naam, inst, p, verwacht) => {
    expect(telt(plaatsing(p), inst, G2026)).toBe(verwacht);
  });
});

describe('plafond status and percentage', () => {
  it.each<[string, number, number, PlafondStatus, number, number]>([
    ['8 of 10: room', 8, 10, 'ruimte', 80, 2],
    ['9 of 10: bijna (exactly 90 %)', 9, 10, 'bijna', 90, 1],
    ['10 of 10: vol', 10, 10, 'vol', 100, 0],
    ['11 of 10: overschreden', 11, 10, 'overschreden', 110, 0],
    ['283 of 315: room (89.8 %)', 283, 315, 'ruimte', 89.8, 32],
    ['284 of 315: bijna (90.2 %)', 284, 315, 'bijna', 90.2, 31],
    ['cap 0, none used: vol, 0 %', 0, 0, 'vol', 0, 0],
    ['cap 0, one used: overschreden, 100 %', 1, 0, 'overschreden', 100, 0],
  ])('%s', (_naam, gebruikt, plafond, status, percentage, ruimte) => {
    expect(plafondStatus(gebruikt, plafond)).toBe(status);
    expect(plafondPercentage(gebruikt, plafond)).toBe(percentage);
    expect(maakStand('gemeente', DELFT, 'Delft', plafond, gebruikt)).toEqual({ niveau: 'gemeente', code: DELFT, naam: 'Delft', plafond, gebruikt, percentage, status, ruimte });
  });
});

describe('plafondOverzicht', () => {
  it('counts only placements of the gemeente and year, and names the gemeente', () => {
    const o = plafondOverzicht(instelling(), [...aantal(5), ...aantal(3, { gemeenteCbs: DEN_HAAG }), ...aantal(2, { ingangsdatum: '2025-06-01' })], G2026);
    expect(o.gemeente).toEqual({ niveau: 'gemeente', code: DELFT, naam: 'Delft', plafond: 315, gebruikt: 5, percentage: 1.6, status: 'ruimte', ruimte: 310 });
    expect(o.perCategorie).toEqual({ MO: 5 });
    expect(o).toMatchObject({ gemeenteCbs: DELFT, jaar: 2026, basis: 'sociaal', nietGeteld: 0 });
  });

  it('basis onderEersteAftoppingsgrens: leaves dearer placements out of the cap, but not out of the per-category count', () => {
    const o = plafondOverzicht(
      instelling({ basis: 'onderEersteAftoppingsgrens' }),
      [...aantal(4, { huurprijs: 700 }), ...aantal(2, { huurprijs: 713.03 }), plaatsing({ huurprijs: null })],
      G2026,
    );
    expect(o.gemeente.plafond).toBe(198);
    expect(o.gemeente.gebruikt).toBe(5);
    expect(o.nietGeteld).toBe(2);
    expect(o.perCategorie).toEqual({ MO: 7 });
  });

  it('basis sociaal counts the same placements all', () => {
    const o = plafondOverzicht(instelling(), [...aantal(4, { huurprijs: 700 }), ...aantal(2, { huurprijs: 713.03 })], G2026);
    expect(o.gemeente.gebruikt).toBe(6);
    expect(o.nietGeteld).toBe(0);
  });

  it('gives a stand per wijk and complex exception', () => {
    const o = plafondOverzicht(
      instelling({ uitzonderingen: [SCHILDERSWIJK, KWETSBAAR_COMPLEX] }),
      [...aantal(18, { wijkCode: 'DH-SCH' }), ...aantal(3, { wijkCode: 'DE-NOORD', complex: 'CPX-HOVEN' }), ...aantal(4, { wijkCode: 'DH-SCH', ingangsdatum: '2027-01-02' })],
      G2026,
    );
    expect(o.uitzonderingen).toEqual([
      { niveau: 'wijk', code: 'DH-SCH', naam: 'Schilderswijk', plafond: 20, gebruikt: 18, percentage: 90, status: 'bijna', ruimte: 2 },
      { niveau: 'complex', code: 'CPX-HOVEN', naam: 'De Hoven', plafond: 3, gebruikt: 3, percentage: 100, status: 'vol', ruimte: 0 },
    ]);
    expect(o.gemeente.gebruikt).toBe(21);
  });

  it('statutory share against the 15 % minimum: only statutory categories count', () => {
    const o = plafondOverzicht(
      instelling(),
      [...aantal(100, { categorie: 'MED' }), ...aantal(50, { categorie: 'BW' }), ...aantal(30, { categorie: 'STATUSHOUDER' }), ...aantal(20, { categorie: 'SOCIAAL' }), ...aantal(5, { categorie: 'OVERIG' })],
      G2026,
    );
    expect(o.wettelijk).toEqual({ aantal: 150, minimum: 158, percentage: 14.3, tekort: 8 });
    expect(o.perCategorie).toEqual({ MED: 100, BW: 50, STATUSHOUDER: 30, SOCIAAL: 20, OVERIG: 5 });
    expect(o.gemeente.gebruikt).toBe(205);
  });

  it('statutory minimum rounds up, without float noise (15 % of 100 = 15)', () => {
    const o = plafondOverzicht(instelling({ verwachteMutaties: 100 }), aantal(15, { categorie: 'DG' }), G2026);
    expect(o.wettelijk).toEqual({ aantal: 15, minimum: 15, percentage: 15, tekort: 0 });
  });

  it('binding against the 50 % ceiling', () => {
    const o = plafondOverzicht(instelling({ verwachteMutaties: 100, verwachteMutatiesOnderAftopping: 100, aandeel: 0.6 }), [...aantal(46, { binding: true }), ...aantal(4)], G2026);
    expect(o.binding).toEqual({ aantal: 46, maximum: 50, percentage: 46, status: 'bijna' });
  });

  it('binding for Delft: maximum 525 of 1051', () => {
    expect(plafondOverzicht(instelling(), aantal(3, { binding: true }), G2026).binding).toEqual({ aantal: 3, maximum: 525, percentage: 0.3, status: 'ruimte' });
  });
});

describe('grouped rows (aantal): the same figures as one row per placement', () => {
  /** Alike placements as the database groups them: one row with its count. */
  const groepeer = (rijen: readonly GeteldePlaatsing[]): GeteldePlaatsing[] => {
    const groepen = new Map<string, GeteldePlaatsing>();
    for (const r of rijen) {
      const sleutel = JSON.stringify([r.gemeenteCbs, r.wijkCode, r.complex, r.huurprijs, r.categorie, r.binding, r.ingangsdatum.slice(0, 4)]);
      const g = groepen.get(sleutel);
      groepen.set(sleutel, g ? { ...g, aantal: (g.aantal ?? 1) + 1 } : { ...r, aantal: 1 });
    }
    return [...groepen.values()];
  };
  const gemengd: GeteldePlaatsing[] = [
    ...aantal(18, { wijkCode: 'DH-SCH' }), ...aantal(3, { wijkCode: 'DE-NOORD', complex: 'CPX-HOVEN', binding: true }),
    ...aantal(4, { wijkCode: 'DH-SCH', ingangsdatum: '2027-01-02' }), ...aantal(7, { huurprijs: 713.03, categorie: 'MED' }),
    ...aantal(2, { huurprijs: null, categorie: 'OVERIG' }), ...aantal(5, { gemeenteCbs: DEN_HAAG }), ...aantal(40, { categorie: 'BW', binding: true }),
  ];
  const instellingen: Array<[string, BegrenzingInstelling]> = [
    ['sociaal', instelling({ uitzonderingen: [SCHILDERSWIJK, KWETSBAAR_COMPLEX] })],
    ['onder de eerste aftoppingsgrens', instelling({ basis: 'onderEersteAftoppingsgrens', uitzonderingen: [SCHILDERSWIJK, KWETSBAAR_COMPLEX] })],
    ['klein, vol', KLEIN],
  ];

  it('the grouping really groups (the test would prove nothing otherwise)', () => {
    expect(groepeer(gemengd).length).toBeLessThan(10);
    expect(groepeer(gemengd).reduce((n, r) => n + (r.aantal ?? 1), 0)).toBe(gemengd.length);
  });

  it.each(instellingen)('plafondOverzicht, %s', (_naam, inst) => {
    expect(plafondOverzicht(inst, groepeer(gemengd), G2026)).toEqual(plafondOverzicht(inst, gemengd, G2026));
  });

  it.each(instellingen)('toetsNieuwePlaatsing, %s', (_naam, inst) => {
    for (const nieuw of [{ wijkCode: 'DH-SCH', complex: null, huurprijs: 650 }, { wijkCode: 'DE-NOORD', complex: 'CPX-HOVEN', huurprijs: 900 }]) {
      expect(toetsNieuwePlaatsing(inst, groepeer(gemengd), G2026, nieuw)).toEqual(toetsNieuwePlaatsing(inst, gemengd, G2026, nieuw));
    }
  });

  it('a row with aantal counts that many times', () => {
    const o = plafondOverzicht(KLEIN, [plaatsing({ aantal: 9 }), plaatsing({ aantal: 2, binding: true, categorie: 'MED' })], G2026);
    expect(o.gemeente).toMatchObject({ gebruikt: 11, status: 'overschreden' });
    expect(o.perCategorie).toEqual({ MO: 9, MED: 2 });
    expect(o.binding.aantal).toBe(2);
    expect(o.wettelijk.aantal).toBe(11);
  });
});

describe('toetsNieuwePlaatsing', () => {
  const nieuw = { wijkCode: 'DE-CENTRUM', complex: null, huurprijs: 650 };

  it('room: allowed, no warnings, the gemeente stand as it is now', () => {
    const t = toetsNieuwePlaatsing(KLEIN, aantal(5), G2026, nieuw);
    expect(t.toegestaan).toBe(true);
    expect(t.overschrijdingen).toEqual([]);
    expect(t.waarschuwingen).toEqual([]);
    expect(t.standen).toEqual([expect.objectContaining({ niveau: 'gemeente', gebruikt: 5, plafond: 10, status: 'ruimte' })]);
  });

  it('the placement that reaches 90 % is allowed with a warning', () => {
    const t = toetsNieuwePlaatsing(KLEIN, aantal(8), G2026, nieuw);
    expect(t.toegestaan).toBe(true);
    expect(t.waarschuwingen).toEqual(['Plafond gemeente Delft: na deze plaatsing 9 van 10 gebruikt (90 %).']);
  });

  it('the placement that fills the cap exactly is allowed (with a warning)', () => {
    const t = toetsNieuwePlaatsing(KLEIN, aantal(9), G2026, nieuw);
    expect(t.toegestaan).toBe(true);
    expect(t.waarschuwingen).toEqual(['Plafond gemeente Delft: na deze plaatsing 10 van 10 gebruikt (100 %).']);
  });

  it('exactly at the cap: the next one is refused and needs an override', () => {
    const t = toetsNieuwePlaatsing(KLEIN, aantal(10), G2026, nieuw);
    expect(t.toegestaan).toBe(false);
    expect(t.overschrijdingen).toEqual([expect.objectContaining({ niveau: 'gemeente', gebruikt: 10, plafond: 10, status: 'vol' })]);
    expect(t.waarschuwingen).toEqual([]);
  });

  it('placements of another year or gemeente do not fill the cap', () => {
    const t = toetsNieuwePlaatsing(KLEIN, [...aantal(9), ...aantal(20, { ingangsdatum: '2025-11-01' }), ...aantal(20, { gemeenteCbs: DEN_HAAG })], G2026, nieuw);
    expect(t.toegestaan).toBe(true);
    expect(t.standen[0].gebruikt).toBe(9);
  });

  it('a vulnerable complex that is full refuses, even with room in the gemeente', () => {
    const inst = instelling({ uitzonderingen: [KWETSBAAR_COMPLEX, SCHILDERSWIJK] });
    const t = toetsNieuwePlaatsing(inst, aantal(3, { complex: 'CPX-HOVEN' }), G2026, { wijkCode: 'DE-CENTRUM', complex: 'CPX-HOVEN', huurprijs: 600 });
    expect(t.toegestaan).toBe(false);
    expect(t.overschrijdingen.map((s) => `${s.niveau}:${s.code}`)).toEqual(['complex:CPX-HOVEN']);
    expect(t.standen.map((s) => s.niveau)).toEqual(['gemeente', 'complex']);
  });

  it('a wijk with a higher share (40 %) still has to fit the municipal total', () => {
    const inst = instelling({ verwachteMutaties: 34, verwachteMutatiesOnderAftopping: 34, uitzonderingen: [SCHILDERSWIJK] });
    const t = toetsNieuwePlaatsing(inst, aantal(10, { wijkCode: 'DH-SCH' }), G2026, { wijkCode: 'DH-SCH', complex: null, huurprijs: 600 });
    expect(t.toegestaan).toBe(false);
    expect(t.overschrijdingen.map((s) => s.niveau)).toEqual(['gemeente']);
    expect(t.standen).toEqual([expect.objectContaining({ niveau: 'gemeente', status: 'vol' }), expect.objectContaining({ niveau: 'wijk', gebruikt: 10, plafond: 20, status: 'ruimte' })]);
  });

  it('warns per level that comes within 90 %', () => {
    const inst = instelling({ uitzonderingen: [SCHILDERSWIJK] });
    const t = toetsNieuwePlaatsing(inst, aantal(17, { wijkCode: 'DH-SCH' }), G2026, { wijkCode: 'DH-SCH', complex: null, huurprijs: 600 });
    expect(t.toegestaan).toBe(true);
    expect(t.waarschuwingen).toEqual(['Plafond wijk Schilderswijk: na deze plaatsing 18 van 20 gebruikt (90 %).']);
  });

  it('an exception only applies to its own wijk or complex', () => {
    const inst = instelling({ uitzonderingen: [KWETSBAAR_COMPLEX] });
    const t = toetsNieuwePlaatsing(inst, aantal(3, { complex: 'CPX-HOVEN' }), G2026, { wijkCode: 'DE-CENTRUM', complex: 'CPX-ANDERS', huurprijs: 600 });
    expect(t.toegestaan).toBe(true);
    expect(t.standen.map((s) => s.niveau)).toEqual(['gemeente']);
  });

  it('basis onder aftopping: a dwelling above the eerste aftoppingsgrens does not use the full gemeente cap', () => {
    const inst = instelling({ verwachteMutaties: 34, verwachteMutatiesOnderAftopping: 34, basis: 'onderEersteAftoppingsgrens' });
    const t = toetsNieuwePlaatsing(inst, aantal(10, { huurprijs: 600 }), G2026, { ...nieuw, huurprijs: 713.03 });
    expect(t.toegestaan).toBe(true);
    expect(t.overschrijdingen).toEqual([]);
    expect(t.standen[0].status).toBe('vol');
  });

  it('basis onder aftopping: on the grens itself it counts and is refused', () => {
    const inst = instelling({ verwachteMutaties: 34, verwachteMutatiesOnderAftopping: 34, basis: 'onderEersteAftoppingsgrens' });
    expect(toetsNieuwePlaatsing(inst, aantal(10, { huurprijs: 600 }), G2026, { ...nieuw, huurprijs: 713.02 }).toegestaan).toBe(false);
  });

  it('basis onder aftopping: a full vulnerable complex still refuses a dearer dwelling (leefbaarheid is not about rent)', () => {
    const inst = instelling({ basis: 'onderEersteAftoppingsgrens', uitzonderingen: [KWETSBAAR_COMPLEX] });
    const t = toetsNieuwePlaatsing(inst, aantal(3, { complex: 'CPX-HOVEN', huurprijs: 800 }), G2026, { wijkCode: 'DE-CENTRUM', complex: 'CPX-HOVEN', huurprijs: 800 });
    expect(t.toegestaan).toBe(false);
    expect(t.overschrijdingen.map((s) => s.niveau)).toEqual(['complex']);
  });
});

describe('strengsteStand', () => {
  const gemeente = maakStand('gemeente', DELFT, 'Delft', 315, 200);
  const wijk = maakStand('wijk', 'DH-SCH', 'Schilderswijk', 20, 19);
  const complex = maakStand('complex', 'CPX-HOVEN', 'De Hoven', 3, 1);

  it.each([
    ['the wijk at 95 % beats the gemeente at 63.5 %', [gemeente, wijk, complex], wijk],
    ['on a tie the first (the gemeente) wins', [maakStand('gemeente', DELFT, 'Delft', 10, 5), maakStand('wijk', 'W', 'W', 20, 10)], maakStand('gemeente', DELFT, 'Delft', 10, 5)],
    ['none', [], null],
  ])('%s', (_naam, standen, verwacht) => {
    expect(strengsteStand(standen)).toEqual(verwacht);
  });
});
