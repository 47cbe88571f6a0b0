import type { WoningKenmerken } from '../plaatsing/woning.model';
import { mulberry32 } from './prng.util';
import type { SimulatieZaak } from './simulatie-generator';
import { standaardInstroom, standaardSimulatieConfiguratie, type SimulatieConfiguratie, type SimulatieResultaat } from './simulatie.model';
import { simuleerJaar, simuleerZakenEnWoningen } from './simulatie.rule';

const DELFT = '0503';

/** A quarter of the region: fast enough to run a few times. */
function klein(seed: number, extra: Partial<SimulatieConfiguratie> = {}): SimulatieConfiguratie {
  const std = standaardSimulatieConfiguratie(2025);
  return {
    ...std,
    seed,
    instroom: standaardInstroom(0.25),
    vacatures: std.vacatures.map((v) => ({ ...v, sociaal: Math.round(v.sociaal / 4), onderAftopping: Math.round(v.onderAftopping / 4) })),
    ...extra,
  };
}

function eisBehoud(r: SimulatieResultaat): void {
  expect(r.totaal.geplaatst + r.totaal.nietGeplaatst).toBe(r.totaal.gegenereerd);
  for (const indeling of [r.perGemeente, r.perCategorie, r.perRoute]) {
    for (const t of indeling) expect(t.geplaatst + t.nietGeplaatst).toBe(t.gegenereerd);
    expect(indeling.reduce((s, t) => s + t.gegenereerd, 0)).toBe(r.totaal.gegenereerd);
    expect(indeling.reduce((s, t) => s + t.geplaatst, 0)).toBe(r.totaal.geplaatst);
  }
  expect(r.totaal.naarBijzondereDoelgroepen + r.totaal.naarRegulier).toBe(r.totaal.vacatures);
}

function eisPlafonds(r: SimulatieResultaat): void {
  for (const g of r.perGemeente) {
    expect(g.plafond.gebruikt).toBeLessThanOrEqual(g.plafond.plafond);
    expect(g.plafond.status).not.toBe('overschreden');
  }
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const reeks = (seed: number) => { const r = mulberry32(seed); return Array.from({ length: 5 }, () => r.next()); };
    expect(reeks(42)).toEqual(reeks(42));
    expect(reeks(42)).not.toEqual(reeks(43));
    expect(reeks(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('simuleerJaar', () => {
  it('is deterministic: the same seed gives a deep-equal result, another seed another one', () => {
    const a = simuleerJaar(klein(7));
    expect(simuleerJaar(klein(7))).toEqual(a);
    expect(simuleerJaar(klein(8))).not.toEqual(a);
  });

  it.each([
    ['basis sociaal, 30 %', {}],
    ['basis onder de eerste aftoppingsgrens', { basis: 'onderEersteAftoppingsgrens' as const }],
    ['alleen bemiddeling, streng plafond', { bemiddelingAandeel: 1, plafondAandeel: 0.1 }],
    ['alleen zelf zoeken, veel verschoven', { bemiddelingAandeel: 0, verschuivingAandeel: 0.5 }],
    ['geen plafondruimte', { plafondAandeel: 0 }],
  ] as [string, Partial<SimulatieConfiguratie>][])('conserves every case and never exceeds a cap (%s)', (_naam, extra) => {
    const r = simuleerJaar(klein(11, extra));
    eisBehoud(r);
    eisPlafonds(r);
    if (extra.plafondAandeel === 0) expect(r.totaal.geplaatst).toBe(0);
  });

  it('runs a default region-year (about 3,400 cases): conserving, within the caps, decided by the herkomst rule', () => {
    const r = simuleerJaar(standaardSimulatieConfiguratie(2025));
    expect(r.totaal.gegenereerd).toBeGreaterThan(3300);
    expect(r.totaal.vacatures).toBe(8042);
    eisBehoud(r);
    eisPlafonds(r);
    expect(r.herkomst.R1 + r.herkomst.R2 + r.herkomst.R3).toBe(r.totaal.gegenereerd);
    expect(r.herkomst.R2).toBeGreaterThan(0);
    expect(r.wachttijd.aantal).toBe(r.totaal.geplaatst);
    expect(r.totaal.geplaatst).toBeGreaterThan(0);
    expect(r.totaal.nietGeplaatst).toBeGreaterThan(0);
  });

  it('refuses an unknown year and a share outside 0–1 in Dutch', () => {
    expect(() => simuleerJaar({ ...klein(1), jaar: 1999 })).toThrow(/huurgrenzen/);
    expect(() => simuleerJaar(klein(1, { plafondAandeel: 1.5 }))).toThrow(/tussen 0 en 1/);
  });
});

describe('simuleerZakenEnWoningen: hand-built years', () => {
  const zaak = (n: number, besluitOp: string, extra: Partial<SimulatieZaak> = {}): SimulatieZaak => ({
    zaakId: `Z-${n}`,
    categorie: 'MO',
    besluitOp,
    bedoeldeHerkomstCbs: DELFT,
    inschrijvingen: [
      { gemeenteCbs: DELFT, gemeenteNaam: 'Delft', adrestype: 'woonadres', van: '2018-01-01', tot: '2024-05-31' },
      { gemeenteCbs: DELFT, gemeenteNaam: 'Delft', adrestype: 'instelling', van: '2024-06-01', tot: null },
    ],
    opnames: [{ van: '2024-06-01', tot: null }],
    geboortedatum: '1990-01-01',
    huishoudgrootte: 1,
    minderjarigeKinderen: 0,
    woonvereisten: [],
    bemiddeling: true,
    verschuivingTrekking: 0.99,
    verschuivingDoelTrekking: 0,
    ...extra,
  });
  const woning = (n: number, beschikbaarVanaf: string, extra: Partial<WoningKenmerken> = {}): WoningKenmerken => ({
    id: `W-${n}`, gemeenteCbs: DELFT, wijkCode: 'D1', complex: null, huurprijs: 600, woningtype: 'appartement', kamers: 2,
    verdieping: 0, lift: false, nultreden: true, rolstoeltoegankelijk: false, labels: [], beschikbaarVanaf, ...extra,
  });
  const config = (plafondAandeel: number, sociaal: number): SimulatieConfiguratie => ({
    ...standaardSimulatieConfiguratie(2025),
    instroom: {},
    herkomstVerdeling: { [DELFT]: 1 },
    vacatures: [{ gemeenteCbs: DELFT, sociaal, onderAftopping: sociaal }],
    plafondAandeel,
    verschuivingAandeel: 0,
  });
  const vijf = [1, 2, 3, 4, 5].map((n) => zaak(n, `2025-01-0${n}`));
  const drie = [1, 2, 3].map((n) => woning(n, `2025-02-0${n}`));

  it('one gemeente, 3 vacancies, 5 suitable candidates, cap 2: 2 placed (the longest waiting), 3 waiting', () => {
    const r = simuleerZakenEnWoningen(config(0.67, 3), vijf, drie);
    expect(r.totaal).toMatchObject({ gegenereerd: 5, geplaatst: 2, nietGeplaatst: 3, naarBijzondereDoelgroepen: 2, naarRegulier: 1 });
    const delft = r.perGemeente.find((g) => g.gemeenteCbs === DELFT);
    expect(delft).toMatchObject({ gegenereerd: 5, geplaatst: 2, nietGeplaatst: 3, geweigerdDoorPlafond: 1 });
    expect(delft?.plafond).toMatchObject({ plafond: 2, gebruikt: 2, status: 'vol' });
    // Z-1 waited from 1 January to 1 February, Z-2 from 2 January to 2 February.
    expect(r.wachttijd).toEqual({ aantal: 2, mediaanDagen: 31, p90Dagen: 31 });
    expect(r.herkomst).toEqual({ R1: 5, R2: 0, R3: 0, verschoven: 0 });
  });

  it('without a cap limit all 3 vacancies go to the 3 longest waiting', () => {
    const r = simuleerZakenEnWoningen(config(1, 3), vijf, drie);
    expect(r.totaal).toMatchObject({ geplaatst: 3, nietGeplaatst: 2 });
  });

  it('suitability decides: a family is passed over for a studio, a better-fitting candidate goes before a longer waiting one', () => {
    const gezin = zaak(1, '2025-01-01', { categorie: 'DG', huishoudgrootte: 4, minderjarigeKinderen: 2 });
    const alleen = zaak(2, '2025-01-02');
    const r = simuleerZakenEnWoningen(config(1, 1), [gezin, alleen], [woning(1, '2025-02-01', { woningtype: 'studio', kamers: 1 })]);
    expect(r.perCategorie.find((c) => c.categorie === 'DG')).toMatchObject({ geplaatst: 0, nietGeplaatst: 1 });
    expect(r.perCategorie.find((c) => c.categorie === 'MO')).toMatchObject({ geplaatst: 1 });
  });

  it('a zelf-zoeker competes only within the validity (3 months plus one extension)', () => {
    const zelf = zaak(1, '2025-01-10', { bemiddeling: false });
    const teLaat = simuleerZakenEnWoningen({ ...config(1, 1), geldigheidMaanden: 3, verlengingen: 1 }, [zelf], [woning(1, '2025-07-10')]);
    expect(teLaat.totaal).toMatchObject({ geplaatst: 0, nietGeplaatst: 1, verlopen: 1 });
    const opTijd = simuleerZakenEnWoningen({ ...config(1, 1), geldigheidMaanden: 3, verlengingen: 1 }, [zelf], [woning(1, '2025-07-09')]);
    expect(opTijd.totaal).toMatchObject({ geplaatst: 1, verlopen: 0 });
    expect(opTijd.perRoute.find((p) => p.route === 'zelfZoeken')).toMatchObject({ geplaatst: 1 });
  });

  it('a case the weighing moves waits for a dwelling in the other gemeente', () => {
    const verschoven = zaak(1, '2025-01-01', { verschuivingTrekking: 0 });
    const r = simuleerZakenEnWoningen(
      { ...config(1, 1), herkomstVerdeling: { [DELFT]: 1, '0518': 1 }, verschuivingAandeel: 0.5 },
      [verschoven],
      [woning(1, '2025-02-01')],
    );
    expect(r.herkomst.verschoven).toBe(1);
    expect(r.perGemeente.find((g) => g.gemeenteCbs === '0518')).toMatchObject({ gegenereerd: 1, nietGeplaatst: 1 });
    expect(r.totaal.naarRegulier).toBe(1);
  });
});
