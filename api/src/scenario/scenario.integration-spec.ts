import ExcelJS from 'exceljs';
import { NIET_IN_BEELD, REGIO_GEMEENTEN, scenarioInvoerMemo, type ScenarioKolom } from '@woonstart/domain';
import { GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { velden, verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { DELFT, DEN_HAAG, ZOETERMEER } from '../testing/zaak-fixtures';
import type { ScenarioInvoerView, ScenariotabelView } from './scenario.service';

/** The memo's table (Verdeelafspraken, ch. 6), in the order of REGIO_GEMEENTEN. */
const MEMO: Readonly<Record<'A' | 'C' | 'D' | 'E', { cellen: number[]; totaal: number; nietGeplaatst: number }>> = {
  A: { cellen: [314, 1668, 229, 57, 171, 177, 79, 335, 381], totaal: 3412, nietGeplaatst: 0 },
  C: { cellen: [315, 1172, 151, 34, 54, 163, 48, 155, 320], totaal: 2412, nietGeplaatst: 1000 },
  D: { cellen: [199, 780, 115, 21, 27, 120, 26, 77, 216], totaal: 1582, nietGeplaatst: 1830 },
  E: { cellen: [158, 586, 76, 17, 27, 82, 24, 78, 160], totaal: 1206, nietGeplaatst: 2206 },
};
const MEMO_B = [205, 1002, 110, 24, 56, 166, 29, 82, 185];
const ROTTERDAM = { cbsCode: '0599', naam: 'Rotterdam' };

const kolom = (t: ScenariotabelView, k: ScenarioKolom) => t.gemeenten.map((r) => r.kolommen[k]);
const geldigeInvoer = (o: Record<string, unknown> = {}) => ({ ...scenarioInvoerMemo(), jaar: undefined, toelichting: 'Integratietest', ...o });

describe('scenariotabel verdeelafspraken (issue 5 §2)', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  /** A year nobody has touched (no inputs, decisions or placements), so reruns on the same database stay independent. */
  async function vrijJaar(): Promise<number> {
    const bezet: Array<{ jaar: number }> = await omgeving.db.query(
      `SELECT jaar FROM scenario_invoer UNION SELECT jaar FROM plaatsing UNION SELECT extract(year FROM bekendgemaakt_op)::int FROM besluit WHERE bekendgemaakt_op IS NOT NULL`);
    const jaren = new Set(bezet.map((r) => Number(r.jaar)));
    for (let j = 2040; j <= 2100; j++) if (!jaren.has(j)) return j;
    throw new Error('Geen vrij jaar');
  }

  const aantalVersies = async (jaar: number) => Number((await omgeving.db.query(`SELECT count(*) AS n FROM scenario_invoer WHERE jaar = $1`, [jaar]))[0].n);
  const aantalAudit = async (jaar: number) => Number((await omgeving.db.query(`SELECT count(*) AS n FROM auditlog WHERE onderwerp = 'scenario-invoer' AND onderwerp_id = $1`, [String(jaar)]))[0].n);

  it('the seed year reproduces the memo through the API: A, C, D, E within one dwelling per cell, B and F from their source', async () => {
    const res = await api.get<ScenariotabelView>(GEBRUIKER.commissie, '/monitor/scenario?jaar=2025');
    expect(res.status).toBe(200);
    const tabel = res.body;
    expect(tabel).toMatchObject({ jaar: 2025, opgave: 3412, invoer: { versie: 1 } });
    expect(tabel.beschikbareJaren).toContain(2025);
    expect(tabel.gemeenten.map((r) => r.gemeenteNaam)).toEqual(REGIO_GEMEENTEN.map((g) => g.naam));
    for (const k of ['A', 'C', 'D', 'E'] as const) {
      const afwijkend = kolom(tabel, k).flatMap((w, i) => (w !== null && Math.abs(w - MEMO[k].cellen[i]) <= 1 ? [] : [`${k} ${REGIO_GEMEENTEN[i].naam}: ${w} tegen memo ${MEMO[k].cellen[i]}`]));
      expect(afwijkend).toEqual([]);
      expect(Math.abs((tabel.totaal[k] as number) - MEMO[k].totaal)).toBeLessThanOrEqual(1);
      expect(Math.abs((tabel.nietGeplaatst[k] as number) - MEMO[k].nietGeplaatst)).toBeLessThanOrEqual(1);
    }
    // B and F: whatever the database holds for 2025, counted independently here.
    const plaatsingen: Array<{ gemeente: string; n: number }> = await omgeving.db.query(`SELECT gemeente_cbs AS gemeente, count(*)::int AS n FROM plaatsing WHERE jaar = 2025 GROUP BY 1`);
    if (plaatsingen.length === 0) {
      expect(tabel.bronB).toBe('invoer');
      expect(kolom(tabel, 'B')).toEqual(MEMO_B);
      expect(tabel.totaal.B).toBe(1859);
      expect(tabel.nietGeplaatst.B).toBe(1553);
    } else {
      expect(tabel.bronB).toBe('plaatsingen');
      expect(kolom(tabel, 'B')).toEqual(REGIO_GEMEENTEN.map((g) => plaatsingen.find((p) => p.gemeente === g.cbsCode)?.n ?? 0));
    }
    if (tabel.bronF === 'geen-zaken') {
      expect(tabel.totaal.F).toBeNull();
      expect(tabel.toelichting.F.toLowerCase()).toContain(NIET_IN_BEELD);
    } else {
      expect(tabel.totaal.F).toBe(3412);
      expect(tabel.nietGeplaatst.F).toBe(0);
    }
  });

  it('without a year it shows the current year or the latest with inputs; a year without inputs is a Dutch 404 naming the years that have them', async () => {
    const zonder = await api.get<ScenariotabelView>(GEBRUIKER.intakeDenHaag, '/monitor/scenario');
    expect(zonder.status).toBe(200);
    expect(zonder.body.beschikbareJaren).toContain(zonder.body.jaar);
    const jaar = await vrijJaar();
    const leeg = await api.get(GEBRUIKER.coordinator, `/monitor/scenario?jaar=${jaar}`);
    const p = verwachtProbleem(leeg, 404, new RegExp(`Voor ${jaar} is nog geen invoer`));
    expect(p['beschikbareJaren']).toEqual(expect.arrayContaining([2025]));
    verwachtProbleem(await api.get(GEBRUIKER.coordinator, '/monitor/scenario?jaar=twintig'), 400);
  });

  it('only the four roles read the table and export; only the regiocoördinator reads and changes the inputs', async () => {
    for (const email of [GEBRUIKER.zorgParnassia, GEBRUIKER.staedion, GEBRUIKER.arts] as DemoEmail[]) {
      verwachtProbleem(await api.get(email, '/monitor/scenario?jaar=2025'), 403);
      verwachtProbleem(await api.get(email, '/monitor/scenario/export?jaar=2025&formaat=csv'), 403);
    }
    const jaar = await vrijJaar();
    for (const email of [GEBRUIKER.commissie, GEBRUIKER.intakeDenHaag, GEBRUIKER.beheerder, GEBRUIKER.zorgParnassia] as DemoEmail[]) {
      verwachtProbleem(await api.get(email, `/monitor/scenario/invoer/${jaar}`), 403);
      verwachtProbleem(await api.call(email, 'PUT', `/monitor/scenario/invoer/${jaar}`, geldigeInvoer()), 403, /toegang/);
    }
    expect(await aantalVersies(jaar)).toBe(0);
    expect(await aantalAudit(jaar)).toBe(0);
  });

  it.each([
    ['a gemeente missing', () => geldigeInvoer({ gemeenten: scenarioInvoerMemo().gemeenten.slice(1) }), ['gemeenten'], /ontbreekt: Delft/],
    ['a gemeente twice (and one missing)', () => geldigeInvoer({ gemeenten: [...scenarioInvoerMemo().gemeenten.slice(0, 8), scenarioInvoerMemo().gemeenten[0]] }), ['gemeenten'], /dubbel: Delft/],
    ['a gemeente outside the region', () => geldigeInvoer({ gemeenten: scenarioInvoerMemo().gemeenten.map((g, i) => (i === 0 ? { ...g, gemeenteCbs: '0599' } : g)) }), ['gemeenten', 'gemeenten.0.gemeenteCbs'], null],
    ['negative lettings', () => geldigeInvoer({ gemeenten: scenarioInvoerMemo().gemeenten.map((g, i) => (i === 3 ? { ...g, socialeVerhuringen: -1 } : g)) }), ['gemeenten.3.socialeVerhuringen', 'gemeenten.3.verhuringenOnderAftoppingsgrens'], null],
    ['a fraction of an inhabitant and a missing opgave', () => geldigeInvoer({ opgave: undefined, gemeenten: scenarioInvoerMemo().gemeenten.map((g, i) => (i === 1 ? { ...g, inwoners: 12.5 } : g)) }), ['opgave', 'gemeenten.1.inwoners'], null],
    ['more lettings below the cap than social lettings', () => geldigeInvoer({ gemeenten: scenarioInvoerMemo().gemeenten.map((g, i) => (i === 8 ? { ...g, verhuringenOnderAftoppingsgrens: g.socialeVerhuringen + 1 } : g)) }), ['gemeenten.8.verhuringenOnderAftoppingsgrens'], null],
    ['a number as text', () => geldigeInvoer({ opgave: '3412' }), ['opgave'], null],
    ['an unknown field', () => geldigeInvoer({ plafond: 30 }), ['plafond'], null],
    ['an unknown field in a row', () => geldigeInvoer({ gemeenten: scenarioInvoerMemo().gemeenten.map((g, i) => (i === 0 ? { ...g, mutaties: 1 } : g)) }), ['gemeenten.0.mutaties'], null],
  ])('a bad body (%s) is a Dutch 400 per field and saves nothing', async (_naam, body, verwachteVelden, melding) => {
    const jaar = await vrijJaar();
    const res = await api.call(GEBRUIKER.coordinator, 'PUT', `/monitor/scenario/invoer/${jaar}`, body());
    const p = verwachtProbleem(res, 400);
    expect(velden(p)).toEqual(expect.arrayContaining(verwachteVelden));
    if (melding) expect((p.fouten ?? []).map((f) => f.melding).join(' ')).toMatch(melding);
    expect(await aantalVersies(jaar)).toBe(0);
    expect(await aantalAudit(jaar)).toBe(0);
  });

  it('a bad year in the path is a Dutch 400 and saves nothing', async () => {
    for (const jaar of ['abcd', '1999', '2101', '20250']) {
      const p = verwachtProbleem(await api.call(GEBRUIKER.coordinator, 'PUT', `/monitor/scenario/invoer/${jaar}`, geldigeInvoer()), 400, /geen geldig jaartal/);
      expect(velden(p)).toEqual(['jaar']);
      verwachtProbleem(await api.get(GEBRUIKER.coordinator, `/monitor/scenario/invoer/${jaar}`), 400);
    }
    expect(Number((await omgeving.db.query(`SELECT count(*) AS n FROM scenario_invoer WHERE jaar NOT BETWEEN 2000 AND 2100`))[0].n)).toBe(0);
  });

  it('the regiocoördinator saves a year as versions, each audited; a stale version is a 409; a new year starts from the latest earlier one', async () => {
    const jaar = await vrijJaar();
    const voorstel = await api.get<ScenarioInvoerView>(GEBRUIKER.coordinator, `/monitor/scenario/invoer/${jaar}`);
    expect(voorstel.status).toBe(200);
    expect(voorstel.body).toMatchObject({ jaar, vastgesteld: false, versie: null, versies: [] });
    expect(voorstel.body.overgenomenVan).not.toBeNull();
    expect(voorstel.body.gemeenten.map((g) => g.gemeenteNaam)).toEqual(REGIO_GEMEENTEN.map((g) => g.naam));

    // Rows in another order are stored in the region's order.
    const eerste = await api.call<ScenarioInvoerView>(GEBRUIKER.coordinator, 'PUT', `/monitor/scenario/invoer/${jaar}`,
      geldigeInvoer({ opgave: 3500, gemeenten: [...scenarioInvoerMemo().gemeenten].reverse() }));
    expect(eerste.status).toBe(200);
    expect(eerste.body).toMatchObject({ jaar, vastgesteld: true, versie: 1, opgave: 3500, toelichting: 'Integratietest', vastgesteldDoor: 'Ingrid Hoekstra' });
    expect(eerste.body.gemeenten.map((g) => g.gemeenteCbs)).toEqual(REGIO_GEMEENTEN.map((g) => g.cbsCode));

    const tweede = await api.call<ScenarioInvoerView>(GEBRUIKER.coordinator, 'PUT', `/monitor/scenario/invoer/${jaar}`,
      geldigeInvoer({ opgave: 3600, vorigeVersie: 1, gemeenten: scenarioInvoerMemo().gemeenten.map((g) => (g.gemeenteCbs === '0518' ? { ...g, inwoners: 560_000 } : g)) }));
    expect(tweede.status).toBe(200);
    expect(tweede.body).toMatchObject({ versie: 2, opgave: 3600 });
    expect(tweede.body.versies.map((v) => v.versie)).toEqual([2, 1]);

    const verouderd = await api.call(GEBRUIKER.coordinator, 'PUT', `/monitor/scenario/invoer/${jaar}`, geldigeInvoer({ vorigeVersie: 1 }));
    verwachtProbleem(verouderd, 409, /intussen gewijzigd/);

    expect(await aantalVersies(jaar)).toBe(2);
    const audit: Array<{ actie: string; actor_rol: string; gegevens: { versie: number; opgave: number } }> = await omgeving.db.query(
      `SELECT actie, actor_rol, gegevens FROM auditlog WHERE onderwerp = 'scenario-invoer' AND onderwerp_id = $1 ORDER BY id`, [String(jaar)]);
    expect(audit.map((a) => [a.actie, a.actor_rol, a.gegevens.versie, a.gegevens.opgave])).toEqual([['vastgesteld', 'regiocoordinator', 1, 3500], ['vastgesteld', 'regiocoordinator', 2, 3600]]);

    // The table uses the latest version.
    const tabel = await api.get<ScenariotabelView>(GEBRUIKER.coordinator, `/monitor/scenario?jaar=${jaar}`);
    expect(tabel.body).toMatchObject({ opgave: 3600, totaal: { A: 3600 }, invoer: { versie: 2 }, bronB: 'invoer', bronF: 'geen-zaken' });
    expect(tabel.body.beschikbareJaren).toContain(jaar);

    const volgend = await api.get<ScenarioInvoerView>(GEBRUIKER.coordinator, `/monitor/scenario/invoer/${jaar + 1}`);
    if (!(await aantalVersies(jaar + 1))) expect(volgend.body).toMatchObject({ vastgesteld: false, overgenomenVan: jaar, opgave: 3600 });
  });

  it('exports CSV and XLSX with the same numbers as the API (XLSX read back)', async () => {
    const tabel = (await api.get<ScenariotabelView>(GEBRUIKER.intakeDenHaag, '/monitor/scenario?jaar=2025')).body;
    const csv = await api.get<string>(GEBRUIKER.intakeDenHaag, '/monitor/scenario/export?jaar=2025&formaat=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="scenariotabel-2025.csv"');
    const regels = String(csv.body).replace(/^\uFEFF/, '').split('\r\n');
    expect(regels[0]).toBe('Gemeente;A Verdeling naar inwonertal;B Realisatie;C Max. 30 % van sociale huur;D Max. 30 % van woningen tot 1e aftoppingsgrens;E Min. 15 % uit Wet regie;F Verdeling naar herkomstgemeente');
    const denHaag = tabel.gemeenten[1].kolommen;
    expect(regels).toContain(`Den Haag;${denHaag.A};${denHaag.B};${denHaag.C};${denHaag.D};${denHaag.E};${denHaag.F ?? ''}`);
    expect(regels).toContain(`Niet geplaatst;${['A', 'B', 'C', 'D', 'E', 'F'].map((k) => tabel.nietGeplaatst[k as ScenarioKolom] ?? '').join(';')}`);
    expect(regels.some((r) => r.startsWith('Regio Haaglanden;3412;'))).toBe(true);

    const res = await fetch(`${omgeving.t.baseUrl}/monitor/scenario/export?jaar=2025&formaat=xlsx`, { headers: { authorization: `Bearer ${await omgeving.t.token(GEBRUIKER.commissie)}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="scenariotabel-2025.xlsx"');
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(boek.worksheets.map((w) => w.name)).toEqual(['Scenariotabel 2025', 'Toelichting', 'Invoer 2025']);
    const blad = boek.getWorksheet('Scenariotabel 2025')!;
    const rij = (label: string) => blad.getRows(1, blad.rowCount)!.find((r) => r.getCell(1).value === label)!;
    expect(blad.getRow(3).getCell(1).value).toBe('Den Haag');
    expect(rij('Den Haag').getCell(2).value).toBe(1668);
    expect(rij('Den Haag').getCell(4).value).toBe(1172);
    expect(rij('Regio Haaglanden').getCell(6).value).toBe(1206);
    expect(rij('Regio Haaglanden').getCell(6).value).toBe(tabel.totaal.E);
    expect(rij('Niet geplaatst').getCell(5).value).toBe(1830);
    expect(boek.getWorksheet('Invoer 2025')!.getRow(2).getCell(3).value).toBe(104_900);

    verwachtProbleem(await api.get(GEBRUIKER.coordinator, '/monitor/scenario/export?jaar=2025&formaat=pdf'), 400);
  });

  it('F from live cases: granted or placed in the year, by herkomstgemeente, outside the region in its own row, largest remainder to the opgave', async () => {
    const jaar = await vrijJaar();
    const gezet = await api.call(GEBRUIKER.coordinator, 'PUT', `/monitor/scenario/invoer/${jaar}`, geldigeInvoer({ opgave: 1000 }));
    expect(gezet.status).toBe(200);
    const leeg = (await api.get<ScenariotabelView>(GEBRUIKER.coordinator, `/monitor/scenario?jaar=${jaar}`)).body;
    expect(leeg).toMatchObject({ bronF: 'geen-zaken', totaal: { F: null }, nietGeplaatst: { F: null }, buitenRegio: null });

    const toegekend = [
      await api.brengNaar('zelfZoeken', { herkomst: DEN_HAAG }),
      await api.brengNaar('zelfZoeken', { herkomst: DEN_HAAG }),
      await api.brengNaar('bemiddeling.zoeken', { herkomst: DEN_HAAG }),
      await api.brengNaar('zelfZoeken', { herkomst: DELFT }),
      await api.brengNaar('zelfZoeken', { herkomst: ROTTERDAM }),
    ];
    // Placed in the year, decided the year before: counts once, through its placement.
    const geplaatst = await api.brengNaar('geplaatst.zelfZoeken', { herkomst: ZOETERMEER });
    // A rejection is no demand for a dwelling.
    const afgewezen = await api.brengNaar('afgewezen', { herkomst: DELFT });
    await omgeving.db.query(`UPDATE besluit SET bekendgemaakt_op = make_date($1, 3, 1) WHERE zaak_id = ANY($2::uuid[])`, [jaar, [...toegekend, afgewezen].map((z) => z.id)]);
    await omgeving.db.query(`UPDATE besluit SET bekendgemaakt_op = make_date($1, 12, 20) WHERE zaak_id = $2`, [jaar - 1, geplaatst.id]);
    await omgeving.db.query(`UPDATE plaatsing SET ingangsdatum = make_date($1, 2, 1), jaar = $1 WHERE zaak_id = $2`, [jaar, geplaatst.id]);
    const herkomst: Array<{ id: string; herkomstgemeente: string }> = await omgeving.db.query(`SELECT id, herkomstgemeente FROM zaak WHERE id = ANY($1::uuid[])`, [[...toegekend, geplaatst].map((z) => z.id)]);
    expect(herkomst.map((z) => z.herkomstgemeente).sort()).toEqual(['0503', '0518', '0518', '0518', '0599', '0637']);

    const tabel = (await api.get<ScenariotabelView>(GEBRUIKER.intakeDenHaag, `/monitor/scenario?jaar=${jaar}`)).body;
    expect(tabel).toMatchObject({ bronF: 'zaken', zakenF: 6, totaal: { F: 1000 }, nietGeplaatst: { F: 0 } });
    // 1000 × 3/6 = 500; 1000 × 1/6 = 166.67 for Delft, Zoetermeer and outside: two units left, to the first two.
    const f = Object.fromEntries(tabel.gemeenten.map((r) => [r.gemeenteCbs, r.kolommen.F]));
    expect(f).toEqual({ '0503': 167, '0518': 500, '1916': 0, '1842': 0, '1926': 0, '0603': 0, '0629': 0, '1783': 0, '0637': 167 });
    expect(tabel.buitenRegio).toEqual({ herkomstZaken: 1, f: 166, herkomstgemeenten: ['0599'] });
    expect(tabel.gemeenten.find((r) => r.gemeenteCbs === '0518')?.herkomstZaken).toBe(3);
    expect(tabel.toelichting.F).toMatch(/6 zaken .* buiten de regio/);
    // B follows the live placement of that year.
    expect(tabel.bronB).toBe('plaatsingen');
    expect(tabel.totaal.B).toBe(1);

    const csv = await api.get<string>(GEBRUIKER.coordinator, `/monitor/scenario/export?jaar=${jaar}&formaat=csv`);
    expect(String(csv.body)).toContain('Buiten de regio (herkomst);;;;;;166');
  });
});
