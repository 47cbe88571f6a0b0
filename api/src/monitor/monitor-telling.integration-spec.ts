import { addDays, doorlooptijd, monitorGemeenten, telVerschuivingen, todayIso, type GewogenZaak } from '@woonstart/domain';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { testOmgeving } from '../testing/test-omgeving';
import { DELFT, DEN_HAAG, RIJSWIJK, ZOETERMEER, type GemeenteFixture } from '../testing/zaak-fixtures';
import { PLAFOND_PER_JAAR } from './monitor-query.service';
import type { MonitorOverzicht } from './monitor.model';

/**
 * The counts the database keeps for the monitor (migration 1764200400000: monitor_bijdrage,
 * monitor_delta, monitor_telling, kept by triggers) against two oracles:
 *  - a recount from scratch (monitor_bijdragen over every case): no drift, whatever
 *    changed the source rows — the api, or SQL straight on the tables;
 *  - the queries the monitor ran live before the counts existed (copied here as they
 *    were), for one year and for all years together: the same figures.
 */

const LEIDEN: GemeenteFixture = { cbsCode: '0546', naam: 'Leiden' };
const JAAR = Number(todayIso().slice(0, 4));
const DIMENSIES = 'soort, jaar, gemeente, herkomst, categorie, route, dagen, criteria, zonder';

describe('the monitor counts kept by the database', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  beforeAll(async () => {
    // Cases of every kind the monitor counts, in the running year.
    await api.brengNaar('geplaatst.bemiddeling', { herkomst: DEN_HAAG });
    await api.brengNaar('geplaatst.bemiddeling', { herkomst: DEN_HAAG, woonstart: DELFT });
    await api.brengNaar('geplaatst.zelfZoeken', { herkomst: LEIDEN, behandelendeGemeente: DEN_HAAG.cbsCode });
    await api.brengNaar('zelfZoeken', { herkomst: ZOETERMEER });
    await api.brengNaar('bemiddeling.zoeken', { herkomst: DELFT });
    await api.brengNaar('afgewezen', { herkomst: RIJSWIJK });
  });

  async function monitor(query: string): Promise<MonitorOverzicht> {
    const res = await api.get<MonitorOverzicht>(GEBRUIKER.coordinator, `/monitor?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  }

  /** The kept counts (folded plus not yet folded) and a recount from scratch, as sorted lists. */
  async function vergelijk(): Promise<{ bewaard: unknown[]; herteld: unknown[]; perZaak: unknown[]; perZaakHerteld: unknown[] }> {
    const lijst = (rijen: Array<Record<string, unknown>>) => rijen.map((r) => JSON.stringify(r)).sort();
    return {
      bewaard: lijst(await omgeving.db.query(
        `SELECT ${DIMENSIES}, sum(aantal)::int AS aantal FROM (SELECT ${DIMENSIES}, aantal FROM monitor_telling UNION ALL SELECT ${DIMENSIES}, aantal FROM monitor_delta) s
          GROUP BY ${DIMENSIES} HAVING sum(aantal) <> 0`)),
      herteld: lijst(await omgeving.db.query(`SELECT ${DIMENSIES}, sum(aantal)::int AS aantal FROM monitor_bijdragen(ARRAY(SELECT id FROM zaak)) GROUP BY ${DIMENSIES}`)),
      perZaak: lijst(await omgeving.db.query(`SELECT zaak_id, ${DIMENSIES}, datum, aantal FROM monitor_bijdrage`)),
      perZaakHerteld: lijst(await omgeving.db.query(`SELECT zaak_id, ${DIMENSIES}, datum, aantal FROM monitor_bijdragen(ARRAY(SELECT id FROM zaak))`)),
    };
  }

  async function geenAfwijking(): Promise<void> {
    const v = await vergelijk();
    expect(v.herteld.length).toBeGreaterThan(0);
    expect(v.bewaard).toEqual(v.herteld);
    expect(v.perZaak).toEqual(v.perZaakHerteld);
  }

  it('after cases driven through the api: the kept counts are a recount from scratch', async () => {
    await geenAfwijking();
    expect(Number((await omgeving.db.query(`SELECT count(*) AS n FROM monitor_delta`))[0].n)).toBeGreaterThan(0);
  });

  it('folding moves the differences into the counts and changes no figure', async () => {
    const voor = await vergelijk();
    await omgeving.db.query('SELECT monitor_vouw()');
    expect(Number((await omgeving.db.query(`SELECT count(*) AS n FROM monitor_delta`))[0].n)).toBe(0);
    expect((await vergelijk()).bewaard).toEqual(voor.bewaard);
  });

  it('after changes made in SQL straight on the tables (a fix, a job, the retention job): still a recount', async () => {
    const [geplaatst] = await omgeving.db.query(`SELECT p.zaak_id FROM plaatsing p WHERE p.zaak_id IS NOT NULL ORDER BY p.geregistreerd_op DESC LIMIT 1`);
    const zaakId: string = geplaatst.zaak_id;
    await omgeving.db.query(`UPDATE zaak SET herkomstgemeente = '0637', categorie = 'GGZ', ingediend_op = ingediend_op - 30 WHERE id = $1`, [zaakId]);
    await geenAfwijking();
    await omgeving.db.query(`UPDATE besluit SET bekendgemaakt_op = bekendgemaakt_op - 400 WHERE zaak_id = $1 AND status = 'genomen'`, [zaakId]);
    await geenAfwijking();
    await omgeving.db.query(`UPDATE plaatsing SET ingangsdatum = ingangsdatum - 366, jaar = extract(year FROM ingangsdatum - 366)::int WHERE zaak_id = $1`, [zaakId]);
    await geenAfwijking();
    // A revised weighing replaces the earlier one; removing it brings the earlier one back.
    await omgeving.db.query(
      `INSERT INTO woonstartweging (zaak_id, versie, weging, doelgemeente, motivering, vastgelegd_op)
       SELECT zaak_id, versie + 1, jsonb_build_object('kandidaten', jsonb_build_array(jsonb_build_object('gemeenteCbs', '0603', 'criteria', jsonb_build_object('netwerk', jsonb_build_object('oordeel', 'voor'))))),
              '0603', 'Herzien', vastgelegd_op + interval '1 day'
         FROM woonstartweging WHERE zaak_id = $1 ORDER BY versie DESC LIMIT 1`,
      [zaakId],
    );
    await geenAfwijking();
    await omgeving.db.query(`DELETE FROM woonstartweging WHERE zaak_id = $1 AND motivering = 'Herzien'`, [zaakId]);
    await geenAfwijking();
    // A placement without a case counts for the cap only, not in these counts.
    await omgeving.db.query(`UPDATE plaatsing SET zaak_id = NULL WHERE zaak_id = $1`, [zaakId]);
    await geenAfwijking();
    expect((await omgeving.db.query(`SELECT count(*)::int AS n FROM monitor_bijdrage WHERE zaak_id = $1 AND soort IN ('plaatsing', 'plaatsingstijd')`, [zaakId]))[0].n).toBe(0);
  });

  describe('the same figures as the live queries the monitor used to run', () => {
    /** The previous live definitions (before the counts), for a year or, with null, for all years. */
    async function oude(jaar: number | null) {
      const inJaar = (kolom: string) => (jaar === null ? 'true' : `${kolom} >= make_date(${jaar}, 1, 1) AND ${kolom} < make_date(${jaar + 1}, 1, 1)`);
      const matrix: Array<{ herkomst: string | null; plaatsing: string; aantal: number }> = await omgeving.db.query(
        `SELECT z.herkomstgemeente AS herkomst, p.gemeente_cbs AS plaatsing, count(*)::int AS aantal FROM plaatsing p JOIN zaak z ON z.id = p.zaak_id
          WHERE ${jaar === null ? 'true' : `p.jaar = ${jaar}`} GROUP BY 1, 2`);
      const wegingen: Array<{ herkomst: string | null; doelgemeente: string; weging: { kandidaten?: GewogenZaak['kandidaten'] } | null }> = await omgeving.db.query(
        `SELECT l.herkomst, l.doelgemeente, l.weging FROM (
           SELECT DISTINCT ON (w.zaak_id) z.herkomstgemeente AS herkomst, w.doelgemeente, w.weging, w.vastgelegd_op
             FROM woonstartweging w JOIN zaak z ON z.id = w.zaak_id ORDER BY w.zaak_id, w.versie DESC) l
          WHERE ${inJaar('l.vastgelegd_op')}`);
      const besluiten: Array<{ gemeente: string; van: string; tot: string }> = await omgeving.db.query(
        `SELECT z.behandelende_gemeente AS gemeente, to_char(z.ingediend_op, 'YYYY-MM-DD') AS van, to_char(b.bekendgemaakt_op, 'YYYY-MM-DD') AS tot
           FROM (SELECT DISTINCT ON (zaak_id) zaak_id, bekendgemaakt_op, route FROM besluit WHERE status = 'genomen' AND bekendgemaakt_op IS NOT NULL
                  ORDER BY zaak_id, bekendgemaakt_op ASC) b
           JOIN zaak z ON z.id = b.zaak_id
          WHERE z.ingediend_op IS NOT NULL AND ${inJaar('b.bekendgemaakt_op')}`);
      const plaatsingen: Array<{ gemeente: string; van: string; tot: string }> = await omgeving.db.query(
        `SELECT p.gemeente_cbs AS gemeente, to_char(b.bekendgemaakt_op, 'YYYY-MM-DD') AS van, to_char(p.ingangsdatum, 'YYYY-MM-DD') AS tot
           FROM plaatsing p JOIN zaak z ON z.id = p.zaak_id
           JOIN LATERAL (SELECT bekendgemaakt_op FROM besluit WHERE zaak_id = p.zaak_id AND status = 'genomen' AND uitkomst = 'toekennen' AND bekendgemaakt_op IS NOT NULL
                          ORDER BY bekendgemaakt_op DESC LIMIT 1) b ON true
          WHERE ${jaar === null ? 'true' : `p.jaar = ${jaar}`}`);
      const toegekend: Array<{ gemeente: string; aantal: number }> = await omgeving.db.query(
        `SELECT coalesce(z.woonstartgemeente, z.behandelende_gemeente) AS gemeente, count(DISTINCT z.id)::int AS aantal
           FROM besluit b JOIN zaak z ON z.id = b.zaak_id
          WHERE b.status = 'genomen' AND b.uitkomst = 'toekennen' AND ${inJaar('b.bekendgemaakt_op')} AND b.bekendgemaakt_op <= $1::date
          GROUP BY 1`, [todayIso()]);
      return { matrix, wegingen, besluiten, plaatsingen, toegekend };
    }

    async function vergelijkMet(jaar: number | null): Promise<MonitorOverzicht> {
      const m = await monitor(`jaar=${jaar ?? 'alle'}`);
      const o = await oude(jaar);
      const gemeenten = monitorGemeenten(m.filter).map((g) => g.cbsCode);
      // Herkomst → plaatsing: the total of the matrix over the nine gemeenten.
      expect(m.herkomstPlaatsing.totaal).toBe(o.matrix.filter((r) => gemeenten.includes(r.plaatsing.trim())).reduce((s, r) => s + r.aantal, 0));
      for (const g of gemeenten) {
        const kolom = m.herkomstPlaatsing.kolommen.findIndex((k) => k.cbsCode === g);
        expect(m.herkomstPlaatsing.kolomTotalen[kolom]).toBe(o.matrix.filter((r) => r.plaatsing.trim() === g).reduce((s, r) => s + r.aantal, 0));
      }
      // The weighing.
      const telling = telVerschuivingen(o.wegingen.map((r) => ({
        herkomstgemeente: r.herkomst?.trim() || null, doelgemeente: r.doelgemeente.trim(), kandidaten: Array.isArray(r.weging?.kandidaten) ? r.weging.kandidaten : [],
      })), gemeenten);
      expect({ gewogen: m.verschuivingen.gewogen, verschoven: m.verschuivingen.verschoven, zonderCriteria: m.verschuivingen.zonderCriteria })
        .toEqual({ gewogen: telling.gewogen, verschoven: telling.verschoven, zonderCriteria: telling.zonderCriteria });
      expect(m.verschuivingen.criteria.map((c) => c.aantal)).toEqual(telling.criteria.map((c) => c.aantal));
      // Throughput per gemeente.
      for (const g of gemeenten) {
        const rij = m.doorlooptijden.find((r) => r.gemeenteCbs === g)!;
        expect(rij.ontvangstTotBesluit).toEqual(doorlooptijd(o.besluiten.filter((r) => r.gemeente.trim() === g)));
        expect(rij.besluitTotPlaatsing).toEqual(doorlooptijd(o.plaatsingen.filter((r) => r.gemeente.trim() === g)));
      }
      // Grants so far.
      for (const r of m.wachtlijst.rijen) {
        expect({ g: r.gemeenteCbs, n: r.toegekendTotNu }).toEqual({ g: r.gemeenteCbs, n: o.toegekend.find((x) => x.gemeente.trim() === r.gemeenteCbs)?.aantal ?? 0 });
      }
      return m;
    }

    it('for the running year', async () => {
      const m = await vergelijkMet(JAAR);
      expect(m.herkomstPlaatsing.totaal).toBeGreaterThan(0);
      expect(m.plafond.melding).toBeNull();
    });

    it('for all years together (jaar=alle): no caps and no forecast, the rest over every year', async () => {
      // A decision of a year ago, so "all years" really holds more than the running year.
      const [zaak] = await omgeving.db.query(`SELECT zaak_id FROM besluit WHERE status = 'genomen' AND uitkomst = 'toekennen' ORDER BY zaak_id LIMIT 1`);
      await omgeving.db.query(`UPDATE zaak SET ingediend_op = $2 WHERE id = $1`, [zaak.zaak_id, addDays(todayIso(), -430)]);
      await omgeving.db.query(`UPDATE besluit SET bekendgemaakt_op = $2 WHERE zaak_id = $1 AND status = 'genomen'`, [zaak.zaak_id, addDays(todayIso(), -400)]);
      const m = await vergelijkMet(null);
      expect(m.filter.jaar).toBeNull();
      expect(m.plafond).toEqual({ melding: PLAFOND_PER_JAAR, rijen: [], categorieen: [] });
      expect(m.wachtlijst.prognose).toBe(false);
      expect(m.wachtlijst.rijen.every((r) => r.prognose === null)).toBe(true);
      const ditJaar = await monitor(`jaar=${JAAR}`);
      expect(m.herkomstPlaatsing.totaal).toBeGreaterThanOrEqual(ditJaar.herkomstPlaatsing.totaal);
      expect(m.doorlooptijden.at(-1)!.ontvangstTotBesluit.aantal).toBeGreaterThan(ditJaar.doorlooptijden.at(-1)!.ontvangstTotBesluit.aantal);
    });

    it('a grant made known after today does not count yet', async () => {
      const voor = await monitor(`jaar=${JAAR}`);
      const [zaak] = await omgeving.db.query(
        `SELECT b.zaak_id, coalesce(z.woonstartgemeente, z.behandelende_gemeente) AS gemeente FROM besluit b JOIN zaak z ON z.id = b.zaak_id
          WHERE b.status = 'genomen' AND b.uitkomst = 'toekennen' AND b.bekendgemaakt_op = $1 ORDER BY b.zaak_id LIMIT 1`, [todayIso()]);
      await omgeving.db.query(`UPDATE besluit SET bekendgemaakt_op = $2 WHERE zaak_id = $1 AND status = 'genomen'`, [zaak.zaak_id, addDays(todayIso(), 1)]);
      const na = await vergelijkMet(JAAR);
      const gemeente = String(zaak.gemeente).trim();
      const toegekend = (m: MonitorOverzicht) => m.wachtlijst.rijen.find((r) => r.gemeenteCbs === gemeente)!.toegekendTotNu;
      // Unless the grant moved into the next year (on 31 December), it left this year's grants so far.
      if (addDays(todayIso(), 1).startsWith(String(JAAR))) expect(toegekend(na)).toBe(toegekend(voor) - 1);
      await geenAfwijking();
    });
  });
});
