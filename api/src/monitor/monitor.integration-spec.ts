import ExcelJS from 'exceljs';
import { addDays, todayIso, type Rol } from '@woonstart/domain';
import { EMAIL_PER_ROL, GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { velden, verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { DELFT, DEN_HAAG, RIJSWIJK, ZOETERMEER, type GemeenteFixture } from '../testing/zaak-fixtures';
import type { MonitorOverzicht } from './monitor.model';

/**
 * The regional monitor against real PostgreSQL. The database is shared with the
 * other specs, so counts are asserted as the difference our own fixtures make;
 * the throughput figures (median, 90th percentile) are asserted exactly in a year
 * no other data lives in.
 */

const LEIDEN: GemeenteFixture = { cbsCode: '0546', naam: 'Leiden' };
const JAAR = Number(todayIso().slice(0, 4));
const ZAAKNUMMER = /WS-\d/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Every row of a worksheet as cell values, as wide as its widest row (an empty cell is null). */
function celWaarden(boek: ExcelJS.Workbook, blad: string): unknown[][] {
  const ws = boek.getWorksheet(blad);
  if (!ws) throw new Error(`Werkblad '${blad}' ontbreekt`);
  const rijen: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) rijen.push(Array.from({ length: ws.columnCount }, (_, k) => ws.getRow(r).getCell(k + 1).value));
  return rijen;
}

describe('regional monitor (GET /monitor, GET /monitor/export)', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  async function monitor(query: string, email: DemoEmail = GEBRUIKER.coordinator): Promise<MonitorOverzicht> {
    const res = await api.get<MonitorOverzicht>(email, `/monitor?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function download(query: string, email: DemoEmail = GEBRUIKER.coordinator): Promise<{ status: number; type: string | null; naam: string | null; inhoud: Buffer }> {
    const res = await fetch(`${omgeving.t.baseUrl}/monitor/export?${query}`, { headers: { authorization: `Bearer ${await omgeving.t.token(email)}` } });
    return { status: res.status, type: res.headers.get('content-type'), naam: res.headers.get('content-disposition'), inhoud: Buffer.from(await res.arrayBuffer()) };
  }

  const cel = (m: MonitorOverzicht, herkomst: string, plaatsing: string): number => {
    const kolom = m.herkomstPlaatsing.kolommen.findIndex((k) => k.cbsCode === plaatsing);
    return kolom < 0 ? Number.NaN : m.herkomstPlaatsing.rijen.find((r) => r.herkomst === herkomst)?.aantallen[kolom] ?? Number.NaN;
  };
  const plafond = (m: MonitorOverzicht, cbs: string) => m.plafond.rijen.find((r) => r.gemeenteCbs === cbs)!;
  const verschuiving = (m: MonitorOverzicht, cbs: string) => m.verschuivingen.rijen.find((r) => r.gemeenteCbs === cbs)!;
  const criterium = (m: MonitorOverzicht, c: string) => m.verschuivingen.criteria.find((r) => r.criterium === c)!.aantal;
  const doorloop = (m: MonitorOverzicht, cbs: string | null) => m.doorlooptijden.find((r) => r.gemeenteCbs === cbs)!;
  const termijn = (m: MonitorOverzicht, cbs: string) => m.termijnOverschreden.rijen.find((r) => r.gemeenteCbs === cbs)!;
  const wacht = (m: MonitorOverzicht, cbs: string) => m.wachtlijst.rijen.find((r) => r.gemeenteCbs === cbs)!;

  describe('who may see it', () => {
    const VERWACHT: Readonly<Record<Rol, number>> = {
      regiocoordinator: 200, beheerder: 200, commissielid: 200, gemeentemedewerker: 200,
      zorgmedewerker: 403, corporatiemedewerker: 403, medischAdviseur: 403,
    };

    it.each(['/monitor', '/monitor/export?formaat=csv'])('%s per role', async (pad) => {
      const gekregen: Record<string, number> = {};
      for (const rol of Object.keys(VERWACHT) as Rol[]) {
        const res = await api.get(EMAIL_PER_ROL[rol], pad);
        gekregen[rol] = res.status;
        if (res.status === 403) verwachtProbleem(res, 403, /toegang/);
      }
      expect(gekregen).toEqual(VERWACHT);
      expect((await api.get(null, pad)).status).toBe(401);
    });

    it('refuses unknown filter values with a Dutch problem', async () => {
      for (const [pad, veld] of [
        ['/monitor?jaar=twintig', 'jaar'], ['/monitor?jaar=1999', 'jaar'], ['/monitor?categorie=XYZ', 'categorie'], ['/monitor?route=fiets', 'route'],
        ['/monitor?centrumregio=Leiden', 'centrumregio'], ['/monitor/export?formaat=pdf', 'formaat'], ['/monitor/export', 'formaat'],
      ]) {
        const res = await api.get(GEBRUIKER.coordinator, pad);
        expect({ pad, status: res.status }).toEqual({ pad, status: 400 });
        expect(velden(verwachtProbleem(res, 400))).toContain(veld);
      }
    });
  });

  describe('counts of hand-built cases (relative to before)', () => {
    let voor: MonitorOverzicht;
    let na: MonitorOverzicht;
    let voorZelfZoeken: MonitorOverzicht;
    let voorDelft: MonitorOverzicht;
    const ids: string[] = [];

    beforeAll(async () => {
      voor = await monitor(`jaar=${JAAR}`);
      voorZelfZoeken = await monitor(`jaar=${JAAR}&route=zelfZoeken`);
      voorDelft = await monitor(`jaar=${JAAR}&centrumregio=Delft`);
      // A: herkomst Den Haag, housed there. B: herkomst Den Haag, the weighing chose Delft.
      ids.push((await api.brengNaar('geplaatst.bemiddeling', { herkomst: DEN_HAAG })).id);
      ids.push((await api.brengNaar('geplaatst.bemiddeling', { herkomst: DEN_HAAG, woonstart: DELFT })).id);
      // C: herkomst outside the region, handled and housed (zelf zoeken) in Den Haag.
      ids.push((await api.brengNaar('geplaatst.zelfZoeken', { herkomst: LEIDEN, behandelendeGemeente: DEN_HAAG.cbsCode })).id);
      // D and E: granted, not placed yet (the waiting list).
      ids.push((await api.brengNaar('zelfZoeken', { herkomst: ZOETERMEER })).id);
      ids.push((await api.brengNaar('bemiddeling.zoeken', { herkomst: DELFT })).id);
      // F: no decision, the decision term passed ten days ago. G: same, but suspended for completion: not overdue.
      const f = await api.brengNaar('toetsingHerkomst', { herkomst: RIJSWIJK });
      const g = await api.brengNaar('aanvullen', { herkomst: DEN_HAAG });
      await omgeving.db.query(`UPDATE zaak SET beslistermijn = $2 WHERE id = ANY($1::uuid[])`, [[f.id, g.id], addDays(todayIso(), -10)]);
      ids.push(f.id, g.id);
      na = await monitor(`jaar=${JAAR}`);
    });

    it('cap usage per gemeente: every placement in the year counts, the filter selection beside it', () => {
      expect(plafond(na, DEN_HAAG.cbsCode).gebruikt - plafond(voor, DEN_HAAG.cbsCode).gebruikt).toBe(2);
      expect(plafond(na, DELFT.cbsCode).gebruikt - plafond(voor, DELFT.cbsCode).gebruikt).toBe(1);
      expect(plafond(na, ZOETERMEER.cbsCode).gebruikt - plafond(voor, ZOETERMEER.cbsCode).gebruikt).toBe(0);
      expect(plafond(na, DEN_HAAG.cbsCode).inSelectie - plafond(voor, DEN_HAAG.cbsCode).inSelectie).toBe(2);
      expect((plafond(na, DEN_HAAG.cbsCode).perCategorie['BW'] ?? 0) - (plafond(voor, DEN_HAAG.cbsCode).perCategorie['BW'] ?? 0)).toBe(2);
      for (const r of na.plafond.rijen) {
        expect(r.percentage).toBeCloseTo(r.plafond === 0 ? (r.gebruikt > 0 ? 100 : 0) : (100 * r.gebruikt) / r.plafond, 1);
        // The statutory minimum is 15 % of the expected lettings, rounded up.
        expect(r.wettelijkMinimum).toBe(Math.ceil(0.15 * r.verwachteMutaties - 1e-9));
      }
      expect(na.plafond.melding).toBeNull();
      expect(na.plafond.categorieen).toContain('BW');
    });

    it('herkomst → plaatsing matrix, with outside the region as its own row', () => {
      expect(cel(na, DEN_HAAG.cbsCode, DEN_HAAG.cbsCode) - cel(voor, DEN_HAAG.cbsCode, DEN_HAAG.cbsCode)).toBe(1);
      expect(cel(na, DEN_HAAG.cbsCode, DELFT.cbsCode) - cel(voor, DEN_HAAG.cbsCode, DELFT.cbsCode)).toBe(1);
      expect(cel(na, 'buitenRegio', DEN_HAAG.cbsCode) - cel(voor, 'buitenRegio', DEN_HAAG.cbsCode)).toBe(1);
      expect(na.herkomstPlaatsing.totaal - voor.herkomstPlaatsing.totaal).toBe(3);
      expect(na.herkomstPlaatsing.rijen.map((r) => r.naam).slice(-2)).toEqual(['Buiten de regio', 'Onbekend']);
      // Totals add up, and the flows are exactly the non-empty cells.
      const h = na.herkomstPlaatsing;
      expect(h.rijen.reduce((s, r) => s + r.totaal, 0)).toBe(h.totaal);
      expect(h.stromen.reduce((s, x) => s + x.aantal, 0)).toBe(h.totaal);
      expect(h.stromen.find((s) => s.van === 'buitenRegio' && s.naar === DEN_HAAG.cbsCode)?.aantal).toBe(cel(na, 'buitenRegio', DEN_HAAG.cbsCode));
    });

    it('the weighing moved one of the two Den Haag cases away, on the criteria that spoke for Delft', () => {
      const dh = (m: MonitorOverzicht) => verschuiving(m, DEN_HAAG.cbsCode);
      expect({ gewogen: dh(na).gewogen - dh(voor).gewogen, verschoven: dh(na).verschoven - dh(voor).verschoven }).toEqual({ gewogen: 2, verschoven: 1 });
      expect(verschuiving(na, ZOETERMEER.cbsCode).gewogen - verschuiving(voor, ZOETERMEER.cbsCode).gewogen).toBe(1);
      expect(verschuiving(na, ZOETERMEER.cbsCode).verschoven - verschuiving(voor, ZOETERMEER.cbsCode).verschoven).toBe(0);
      expect(verschuiving(na, DELFT.cbsCode).gewogen - verschuiving(voor, DELFT.cbsCode).gewogen).toBe(1);
      // Not weighed yet: F (Rijswijk) is still at the herkomst step. C (Leiden) is outside the region: never a move.
      expect(verschuiving(na, RIJSWIJK.cbsCode).gewogen - verschuiving(voor, RIJSWIJK.cbsCode).gewogen).toBe(0);
      expect(na.verschuivingen.gewogen - voor.verschuivingen.gewogen).toBe(4);
      expect(na.verschuivingen.verschoven - voor.verschuivingen.verschoven).toBe(1);
      // brengNaar's weighing: four criteria 'voor' the chosen gemeente, justitieel neutraal.
      const delta = (c: string) => criterium(na, c) - criterium(voor, c);
      expect(['perspectief', 'netwerk', 'werkDagbesteding', 'ondersteuning', 'justitieel'].map(delta)).toEqual([1, 1, 1, 1, 0]);
      expect(na.verschuivingen.criteria.map((c) => c.label)).toContain('Sociaal netwerk');
    });

    it('throughput: every decision and placement of the year is measured', () => {
      const n = (m: MonitorOverzicht, cbs: string | null) => doorloop(m, cbs).ontvangstTotBesluit.aantal;
      const p = (m: MonitorOverzicht, cbs: string | null) => doorloop(m, cbs).besluitTotPlaatsing.aantal;
      expect([DEN_HAAG, DELFT, ZOETERMEER].map((g) => n(na, g.cbsCode) - n(voor, g.cbsCode))).toEqual([3, 1, 1]);
      expect(n(na, null) - n(voor, null)).toBe(5);
      expect([DEN_HAAG, DELFT, ZOETERMEER].map((g) => p(na, g.cbsCode) - p(voor, g.cbsCode))).toEqual([2, 1, 0]);
      expect(doorloop(na, null).gemeenteNaam).toBe('Regio Haaglanden');
    });

    it('decisions overdue now: the running term counts, the suspended one does not', () => {
      expect(termijn(na, RIJSWIJK.cbsCode).aantal - termijn(voor, RIJSWIJK.cbsCode).aantal).toBe(1);
      expect(termijn(na, RIJSWIJK.cbsCode).langsteDagen).toBeGreaterThanOrEqual(10);
      expect(termijn(na, DEN_HAAG.cbsCode).aantal - termijn(voor, DEN_HAAG.cbsCode).aantal).toBe(0);
      expect(na.termijnOverschreden.totaal - voor.termijnOverschreden.totaal).toBe(1);
    });

    it('waiting list per gemeente and route, grants so far, and the projection for the running year', () => {
      const d = (cbs: string, veld: 'wachtend' | 'bemiddeling' | 'zelfZoeken' | 'toegekendTotNu') => wacht(na, cbs)[veld] - wacht(voor, cbs)[veld];
      expect({ wachtend: d(ZOETERMEER.cbsCode, 'wachtend'), zelfZoeken: d(ZOETERMEER.cbsCode, 'zelfZoeken'), bemiddeling: d(ZOETERMEER.cbsCode, 'bemiddeling') })
        .toEqual({ wachtend: 1, zelfZoeken: 1, bemiddeling: 0 });
      expect({ wachtend: d(DELFT.cbsCode, 'wachtend'), bemiddeling: d(DELFT.cbsCode, 'bemiddeling') }).toEqual({ wachtend: 1, bemiddeling: 1 });
      expect(d(DEN_HAAG.cbsCode, 'wachtend')).toBe(0);
      // Grants count at the gemeente where the household is to be housed: A and C in Den Haag, B and E in Delft, D in Zoetermeer.
      expect([DEN_HAAG, DELFT, ZOETERMEER].map((g) => d(g.cbsCode, 'toegekendTotNu'))).toEqual([2, 2, 1]);
      expect(na.wachtlijst.prognose).toBe(true);
      expect(na.wachtlijst.uitleg).toMatch(/wachtlijst/);
      for (const r of na.wachtlijst.rijen) {
        const p = r.prognose!;
        expect(p.verwachtToegekendJaar).toBeGreaterThanOrEqual(r.toegekendTotNu);
        expect(p.vraagRestJaar).toBe(r.wachtend + p.nogToeTeKennen);
        expect(p.ruimte).toBe(plafond(na, r.gemeenteCbs).ruimte);
        expect(p.tekort).toBe(Math.max(0, p.vraagRestJaar - plafond(na, r.gemeenteCbs).ruimte));
      }
    });

    it('the filters: a route and a centrumregio narrow the same tables', async () => {
      const zelfZoeken = await monitor(`jaar=${JAAR}&route=zelfZoeken`);
      expect(cel(zelfZoeken, 'buitenRegio', DEN_HAAG.cbsCode) - cel(voorZelfZoeken, 'buitenRegio', DEN_HAAG.cbsCode)).toBe(1);
      expect(cel(zelfZoeken, DEN_HAAG.cbsCode, DEN_HAAG.cbsCode) - cel(voorZelfZoeken, DEN_HAAG.cbsCode, DEN_HAAG.cbsCode)).toBe(0);
      expect(wacht(zelfZoeken, DELFT.cbsCode).wachtend - wacht(voorZelfZoeken, DELFT.cbsCode).wachtend).toBe(0);
      // The cap itself is for all groups: the route only changes the selection count.
      expect(plafond(zelfZoeken, DEN_HAAG.cbsCode).gebruikt).toBe(plafond(na, DEN_HAAG.cbsCode).gebruikt);
      expect(plafond(zelfZoeken, DEN_HAAG.cbsCode).inSelectie - plafond(voorZelfZoeken, DEN_HAAG.cbsCode).inSelectie).toBe(1);

      const delft = await monitor(`jaar=${JAAR}&centrumregio=Delft`);
      expect(delft.gemeenten.map((g) => g.naam)).toEqual(['Delft', 'Midden-Delfland', 'Pijnacker-Nootdorp', 'Westland']);
      expect(delft.herkomstPlaatsing.kolommen.map((k) => k.cbsCode)).toEqual(delft.gemeenten.map((g) => g.cbsCode));
      expect(cel(delft, DEN_HAAG.cbsCode, DELFT.cbsCode) - cel(voorDelft, DEN_HAAG.cbsCode, DELFT.cbsCode)).toBe(1);
      expect(delft.plafond.rijen.map((r) => r.gemeenteCbs)).toEqual(delft.gemeenten.map((g) => g.cbsCode));
      expect(delft.doorlooptijden.at(-1)?.gemeenteNaam).toBe('Centrumregio Delft');

      const anders = await monitor(`jaar=${JAAR}&categorie=SW`);
      const andersNa = await monitor(`jaar=${JAAR}&categorie=BW`);
      expect(anders.filter).toEqual({ jaar: JAAR, categorie: 'SW', route: null, centrumregio: null });
      expect(andersNa.herkomstPlaatsing.totaal).toBeGreaterThanOrEqual(3);
    });

    it('shows aggregates only: no names, case numbers or ids', async () => {
      const tekst = JSON.stringify(na);
      expect(tekst).not.toMatch(/Integratie|Testa|aanvrager|achternaam/);
      expect(tekst).not.toMatch(ZAAKNUMMER);
      expect(tekst).not.toMatch(UUID);
      for (const id of ids) expect(tekst).not.toContain(id);
      const csv = await download(`jaar=${JAAR}&formaat=csv`);
      expect(csv.inhoud.toString('utf8')).not.toMatch(/Integratie|Testa|WS-\d/);
    });

    it('GET /monitor/overzicht (the first cut) still counts placed cases per woonstartgemeente', async () => {
      const res = await api.get<{ gemeenten: Array<{ cbsCode: string; geplaatst: number }> }>(GEBRUIKER.coordinator, '/monitor/overzicht');
      expect(res.status).toBe(200);
      expect(res.body.gemeenten).toHaveLength(9);
      expect(res.body.gemeenten.find((g) => g.cbsCode === DELFT.cbsCode)?.geplaatst).toBeGreaterThanOrEqual(1);
    });
  });

  describe('throughput figures in a year of their own', () => {
    let jaar: number;
    let m: MonitorOverzicht;

    /** Receipt → decision 10, 20 and 40 days; decision → placement 5, 30 and 60 days. */
    const FIXTURES = [
      { totBesluit: 10, totPlaatsing: 5 },
      { totBesluit: 20, totPlaatsing: 30 },
      { totBesluit: 40, totPlaatsing: 60 },
    ];

    beforeAll(async () => {
      // The first year without any placement, decision, weighing, cap or rent limits: only our cases will be in it.
      const [vrij]: Array<{ jaar: number }> = await omgeving.db.query(
        `SELECT y AS jaar FROM generate_series(2000, 2099) y
          WHERE y <> $1
            AND NOT EXISTS (SELECT 1 FROM plaatsing WHERE jaar = y)
            AND NOT EXISTS (SELECT 1 FROM besluit WHERE extract(year FROM bekendgemaakt_op) = y)
            AND NOT EXISTS (SELECT 1 FROM woonstartweging WHERE extract(year FROM vastgelegd_op) = y)
            AND NOT EXISTS (SELECT 1 FROM begrenzing WHERE jaar = y)
            AND NOT EXISTS (SELECT 1 FROM huurgrens WHERE jaar = y)
          ORDER BY y LIMIT 1`,
        [JAAR],
      );
      jaar = vrij.jaar;
      for (const f of FIXTURES) {
        const zaak = await api.brengNaar('geplaatst.bemiddeling', { herkomst: ZOETERMEER });
        const ontvangen = `${jaar}-02-01`;
        const besluit = addDays(ontvangen, f.totBesluit);
        const geplaatst = addDays(besluit, f.totPlaatsing);
        await omgeving.db.query(`UPDATE zaak SET ingediend_op = $2 WHERE id = $1`, [zaak.id, ontvangen]);
        await omgeving.db.query(`UPDATE besluit SET bekendgemaakt_op = $2 WHERE zaak_id = $1 AND status = 'genomen'`, [zaak.id, besluit]);
        await omgeving.db.query(`UPDATE woonstartweging SET vastgelegd_op = $2::date + time '12:00' WHERE zaak_id = $1`, [zaak.id, ontvangen]);
        await omgeving.db.query(`UPDATE plaatsing SET ingangsdatum = $2, jaar = $3 WHERE zaak_id = $1`, [zaak.id, geplaatst, jaar]);
      }
      m = await monitor(`jaar=${jaar}`);
    });

    it('median and 90th percentile by nearest rank, per gemeente and for the region', () => {
      const regio = doorloop(m, null);
      const zoetermeer = doorloop(m, ZOETERMEER.cbsCode);
      for (const r of [regio, zoetermeer]) {
        expect(r.ontvangstTotBesluit).toEqual({ aantal: 3, mediaanDagen: 20, p90Dagen: 40 });
        expect(r.besluitTotPlaatsing).toEqual({ aantal: 3, mediaanDagen: 30, p90Dagen: 60 });
      }
      expect(doorloop(m, DEN_HAAG.cbsCode).ontvangstTotBesluit).toEqual({ aantal: 0, mediaanDagen: null, p90Dagen: null });
    });

    it('the rest of the monitor for that year: the flows, and no cap figures without rent limits', () => {
      expect(cel(m, ZOETERMEER.cbsCode, ZOETERMEER.cbsCode)).toBe(3);
      expect(m.herkomstPlaatsing.totaal).toBe(3);
      expect(verschuiving(m, ZOETERMEER.cbsCode)).toMatchObject({ gewogen: 3, verschoven: 0, aandeel: 0 });
      expect(m.plafond).toEqual({ melding: expect.stringMatching(/huurgrenzen/), rijen: [], categorieen: [] });
      expect(m.wachtlijst.prognose).toBe(false);
      expect(m.wachtlijst.rijen.every((r) => r.prognose === null)).toBe(true);
    });

    it('the XLSX export holds every table with the same figures', async () => {
      const res = await download(`jaar=${jaar}&formaat=xlsx`);
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/spreadsheetml/);
      expect(res.naam).toContain(`regionale-monitor-${jaar}.xlsx`);
      const boek = new ExcelJS.Workbook();
      await boek.xlsx.load(res.inhoud as unknown as ArrayBuffer);
      expect(boek.worksheets.map((w) => w.name)).toEqual([
        'Filter', 'Plafond', 'Herkomst naar plaatsing', 'Verschuiving door weging', 'Beslissende criteria',
        'Doorlooptijden', 'Beslistermijn overschreden', 'Wachtlijst en tekort', 'Toelichting tekort',
      ]);
      const rij = (blad: string, eerste: string): unknown[] => celWaarden(boek, blad).find((r) => r[0] === eerste) ?? [];
      expect(rij('Doorlooptijden', 'Regio Haaglanden')).toEqual(['Regio Haaglanden', 3, 20, 40, 3, 30, 60]);
      expect(rij('Doorlooptijden', 'Den Haag')).toEqual(['Den Haag', 0, null, null, 0, null, null]);
      const zoetermeer = rij('Herkomst naar plaatsing', 'Zoetermeer');
      expect(zoetermeer[0]).toBe('Zoetermeer');
      expect(zoetermeer.at(-1)).toBe(3);
      expect(rij('Herkomst naar plaatsing', 'Totaal').at(-1)).toBe(3);
      expect(rij('Verschuiving door weging', 'Zoetermeer')).toEqual(['Zoetermeer', 3, 0, 0]);
      expect(celWaarden(boek, 'Plafond')).toEqual([['Melding'], [expect.stringMatching(/huurgrenzen/)]]);
    });

    it('the CSV export: semicolons, a BOM, and the same tables with the filter in its file name', async () => {
      const res = await download(`jaar=${jaar}&formaat=csv&categorie=BW&centrumregio=Den%20Haag`);
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/text\/csv/);
      expect(res.naam).toContain(`regionale-monitor-${jaar}-bw-den-haag.csv`);
      const tekst = res.inhoud.toString('utf8');
      expect(tekst.charCodeAt(0)).toBe(0xfeff);
      expect(tekst).toContain('Herkomstgemeente;Geplaatst in Den Haag;');
      // Matrix row (columns Den Haag, Leidschendam-Voorburg, Rijswijk, Wassenaar, Zoetermeer, total) and weighing row.
      expect(tekst).toContain('\r\nZoetermeer;0;0;0;0;3;3\r\n');
      expect(tekst).toContain('\r\nZoetermeer;3;0;0\r\n');
      expect(tekst).toMatch(/Jaar \d{4}, categorie Uitstroom Beschermd Wonen, alle routes, centrumregio Den Haag/);
    });
  });

  it('the XLSX of the running year matches the JSON', async () => {
    const json = await monitor(`jaar=${JAAR}`);
    const res = await download(`jaar=${JAAR}&formaat=xlsx`);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(res.inhoud as unknown as ArrayBuffer);
    const denHaag = json.plafond.rijen.find((r) => r.gemeenteCbs === DEN_HAAG.cbsCode)!;
    const gevonden = celWaarden(boek, 'Plafond').find((r) => r[0] === 'Den Haag') ?? [];
    expect(gevonden.slice(0, 6)).toEqual([denHaag.gemeenteNaam, denHaag.gemeenteCbs, denHaag.verwachteMutaties, denHaag.plafond, denHaag.gebruikt, denHaag.percentage]);
    const categorieBlad = celWaarden(boek, 'Plafond per categorie');
    expect(categorieBlad[0].at(-1)).toBe('Totaal');
    expect(categorieBlad).toHaveLength(1 + json.plafond.rijen.length);
    const totaal = celWaarden(boek, 'Herkomst naar plaatsing').find((r) => r[0] === 'Totaal') ?? [];
    expect(totaal.at(-1)).toBe(json.herkomstPlaatsing.totaal);
    expect(celWaarden(boek, 'Toelichting tekort')[1][0]).toMatch(/lineair/);
  });
});
