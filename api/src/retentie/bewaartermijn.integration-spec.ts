import { randomUUID } from 'node:crypto';
import { afgeslotenSleutels } from '@woonstart/workflow';
import { vergrendelVervallenZaken } from '@woonstart/db';
import type { ZaakDetail } from '../zaken/zaak-view.model';
import { maakVingerafdruk } from '../testing/db-vingerafdruk';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { eigenDatabase, type EigenDatabase } from '../testing/eigen-database';
import { startTestApp, type TestApp } from '../testing/test-app';
import { WoonstartApi, verwacht } from '../testing/woonstart-api';
import { MEDISCHE_DETAILS } from '../testing/zaak-fixtures';
import { BewaartermijnWorker } from './bewaartermijn.worker';

/**
 * Retention: closed cases are anonymised once their term (24 months by default)
 * has passed since they closed; open cases and recently closed ones are not
 * touched; the regional figures are exactly the same before and after; the
 * job is idempotent, audited, and two replicas never take the same case.
 */

const MAAND = 30.5 * 86_400_000;
const over = (maanden: number) => new Date(Date.now() + maanden * MAAND);

/** Markers only these cases carry, so a search over the whole database finds every copy. */
const MARKER = `Bewaarmerk${randomUUID().slice(0, 8)}`;
const OPEN_MARKER = `Openmerk${randomUUID().slice(0, 8)}`;
const BEWIJS = `paspoort-${MARKER}.pdf`;

/** The regional aggregates the job must leave exactly as they were. */
const JAAR = new Date().getUTCFullYear();
const CIJFERS = [
  `/monitor?jaar=${JAAR}`, `/monitor?jaar=${JAAR - 1}`, `/monitor?jaar=${JAAR}&categorie=MED`, `/monitor?jaar=${JAAR}&route=bemiddeling`,
  '/monitor/overzicht', `/monitor/jaarrapportage?jaar=${JAAR}`, `/monitor/jaarrapportage?jaar=${JAAR - 1}`,
  '/monitor/scenario', '/monitor/scenario?jaar=2025',
];

describe('retention: anonymising closed cases after the term', () => {
  let t: TestApp;
  let db: EigenDatabase;
  let api: WoonstartApi;
  let worker: BewaartermijnWorker;
  const gesloten: ZaakDetail[] = [];
  let open: ZaakDetail;
  let voor: Record<string, unknown>;

  /** Every table's rows that contain `tekst`, as text: the whole database, logs and outbox included. */
  async function vindOveral(tekst: string): Promise<string[]> {
    const ds = t.running.db.dataSource;
    const tabellen: Array<{ naam: string }> = await ds.query(`SELECT table_name AS naam FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    const treffers: string[] = [];
    for (const { naam } of tabellen) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM "${naam}" x WHERE strpos(x::text, $1) > 0`, [tekst]) as Array<{ n: number }>;
      if (n) treffers.push(`${naam}: ${n}`);
    }
    return treffers;
  }

  const cijfers = async () => Object.fromEntries(await Promise.all(CIJFERS.map(async (pad) => {
    const res = await api.get(GEBRUIKER.coordinator, pad);
    verwacht(res, 200, `GET ${pad}`);
    return [pad, res.body] as const;
  })));

  beforeAll(async () => {
    db = await eigenDatabase('woonstart_retentie');
    t = await startTestApp({ env: db.env });
    api = new WoonstartApi(t);
    worker = t.running.app.get(BewaartermijnWorker);
    // Housed through bemiddeling, with an offer's and a placement's free text.
    gesloten.push(await api.brengNaar('geplaatst.bemiddeling', { achternaam: MARKER, aanbiedingToelichting: `Bezichtiging met ${MARKER}` }));
    // A medical case refused for good after a bezwaar: medical advice, zienswijze-free refusal, objection grounds.
    gesloten.push(await api.brengNaar('definitiefAfgewezen', { categorie: 'MED', achternaam: MARKER }));
    // Withdrawn while a concept, with a document (its name and content carry the marker).
    const concept = await api.brengNaar('concept', { achternaam: MARKER });
    const bewijs = await api.upload<{ id: string }>(GEBRUIKER.zorgParnassia, concept.id, { soort: 'identiteit', naam: BEWIJS, inhoud: Buffer.from(`%PDF-1.4\n${MARKER}\n%%EOF\n`) });
    verwacht(bewijs, 201, 'upload');
    // The download is logged with the file name: the access log holds the marker too.
    verwacht(await api.download(GEBRUIKER.zorgParnassia, concept.id, bewijs.body.id), 200, 'download');
    gesloten.push(await api.stuurOk(GEBRUIKER.zorgParnassia, await api.detailOk(GEBRUIKER.zorgParnassia, concept.id), 'INTREKKEN', { reden: `Verhuisd naar familie van ${MARKER}` }));
    // Zelf zoeken, housed on the statement.
    gesloten.push(await api.brengNaar('geplaatst.zelfZoeken', { achternaam: MARKER }));
    // Still running: untouched whatever the date.
    open = await api.brengNaar('bemiddeling.zoeken', { achternaam: OPEN_MARKER });
    for (const z of gesloten) await api.detailOk(GEBRUIKER.commissie, z.id).catch(() => undefined);
    voor = await cijfers();
  });
  afterAll(async () => {
    await t?.close();
    await db?.opruimen();
  });

  it('the cases really carry the personal data the job must remove', async () => {
    expect(gesloten.map((z) => z.status)).toEqual(['geplaatst', 'definitiefAfgewezen', 'ingetrokken', 'geplaatst']);
    const overal = await vindOveral(MARKER);
    for (const tabel of ['zaak', 'zaak_transitie', 'document', 'aanbieding', 'toegangslog']) expect(overal.join()).toContain(`${tabel}:`);
    expect(await vindOveral(MEDISCHE_DETAILS)).toEqual(expect.arrayContaining([expect.stringMatching(/^medisch_advies:/)]));
  });

  it('before the term has passed (23 months) none of these cases is touched', async () => {
    await worker.anonimiseer(over(23));
    const rijen: Array<{ geanonimiseerd_op: Date | null }> = await t.running.db.dataSource.query(`SELECT geanonimiseerd_op FROM zaak WHERE id = ANY($1::uuid[])`, [gesloten.map((z) => z.id)]);
    expect(rijen.map((r) => r.geanonimiseerd_op)).toEqual([null, null, null, null]);
  });

  describe('after the term (25 months)', () => {
    let aantal: number;
    const afgesloten = async (geanonimiseerd: boolean): Promise<number> => {
      const [{ n }]: Array<{ n: number }> = await t.running.db.dataSource.query(
        `SELECT count(*)::int AS n FROM zaak WHERE (geanonimiseerd_op IS NOT NULL) = $2 AND (machine_version::text || ':' || status) = ANY($1::text[])`, [[...afgeslotenSleutels()], geanonimiseerd],
      );
      return n;
    };

    beforeAll(async () => {
      aantal = await worker.anonimiseer(over(25));
    });

    it('anonymises every closed case (the fixtures and the demo data) and no open one', async () => {
      // The demo data's oldest closed cases already passed 24 months at the 23-month run; ours only now.
      expect(aantal).toBeGreaterThanOrEqual(gesloten.length);
      expect(await afgesloten(true)).toBeGreaterThan(20);
      expect(await afgesloten(false)).toBe(0);
      const [{ n }]: Array<{ n: number }> = await t.running.db.dataSource.query(
        `SELECT count(*)::int AS n FROM zaak WHERE geanonimiseerd_op IS NOT NULL AND NOT (machine_version::text || ':' || status) = ANY($1::text[])`, [[...afgeslotenSleutels()]],
      );
      expect(n).toBe(0);
    });

    it('no copy of the personal data is left anywhere in the database: names, reasons, documents, medical details', async () => {
      expect(await vindOveral(MARKER)).toEqual([]);
      expect(await vindOveral(MEDISCHE_DETAILS)).toEqual([]);
      const [z] = await t.running.db.dataSource.query(
        `SELECT aanvrager_voornamen, aanvrager_achternaam, aanvrager_geboortedatum::text AS geboortedatum, aanvrager_email, aanvrager_telefoon, ondersteuningsplan, woonwensen,
                (SELECT count(*)::int FROM huishoudlid h WHERE h.zaak_id = zaak.id) AS huishouden, (SELECT count(*)::int FROM inschrijving i WHERE i.zaak_id = zaak.id) AS inschrijvingen,
                (SELECT count(*)::int FROM document d WHERE d.zaak_id = zaak.id) AS documenten
           FROM zaak WHERE id = $1`, [gesloten[0].id]);
      expect(z).toEqual({
        aanvrager_voornamen: '', aanvrager_achternaam: 'Geanonimiseerd', geboortedatum: '1900-01-01', aanvrager_email: null, aanvrager_telefoon: null,
        ondersteuningsplan: null, woonwensen: null, huishouden: 0, inschrijvingen: 0, documenten: 0,
      });
    });

    it('keeps what identifies the case and what the figures count: id, number, category, gemeenten, route, state, dates, decision', async () => {
      for (const z of gesloten) {
        const [rij] = await t.running.db.dataSource.query(
          `SELECT zaaknummer, categorie, status, state, behandelende_gemeente AS gemeente, route, ingediend_op::text AS ingediend,
                  (SELECT count(*)::int FROM zaak_transitie WHERE zaak_id = $1) AS transities,
                  (SELECT count(*)::int FROM besluit WHERE zaak_id = $1 AND status = 'genomen') AS besluiten
             FROM zaak WHERE id = $1`, [z.id]);
        expect(rij).toMatchObject({ zaaknummer: z.zaaknummer, categorie: z.categorie, status: z.status, state: z.state, gemeente: z.behandelendeGemeente.cbsCode, route: z.route, ingediend: z.ingediendOp });
        expect(rij.transities).toBeGreaterThan(1);
      }
      // The decision stays whole, motivation included: it is the archival record (README, Bewaartermijn).
      const [besluit] = await t.running.db.dataSource.query(`SELECT uitkomst, motivering FROM besluit WHERE zaak_id = $1 AND status = 'genomen'`, [gesloten[0].id]);
      expect(besluit).toMatchObject({ uitkomst: 'toekennen' });
      expect(besluit.motivering.length).toBeGreaterThan(5);
    });

    it('the monitor, the jaarrapportage and the scenario table give exactly the same figures', async () => {
      expect(await cijfers()).toEqual(voor);
    });

    it('the open case is untouched', async () => {
      const na = await api.detailOk(GEBRUIKER.commissie, open.id);
      expect(na.aanvrager.achternaam).toBe(OPEN_MARKER);
      expect(na.rowVersion).toBe(open.rowVersion);
      expect((await vindOveral(OPEN_MARKER)).join()).toContain('zaak:');
    });

    it('an anonymised case still opens, with nothing personal in it', async () => {
      const res = await api.detail(GEBRUIKER.commissie, gesloten[1].id);
      verwacht(res, 200, 'detail van een geanonimiseerde zaak');
      expect(res.body.aanvrager).toMatchObject({ achternaam: 'Geanonimiseerd', email: null, telefoon: null });
      expect(res.body.tijdlijn.length).toBeGreaterThan(5);
      expect(res.body.tijdlijn.every((r) => r.reden === null)).toBe(true);
    });

    it('writes one auditlog row per case, without personal data', async () => {
      const rijen: Array<{ onderwerp_id: string; actor_naam: string; gegevens: Record<string, unknown> }> = await t.running.db.dataSource.query(
        `SELECT onderwerp_id, actor_naam, gegevens FROM auditlog WHERE onderwerp = 'zaak' AND actie = 'geanonimiseerd'`);
      const totaal = await afgesloten(true);
      expect(rijen).toHaveLength(totaal);
      expect(new Set(rijen.map((r) => r.onderwerp_id)).size).toBe(totaal);
      const eigen = rijen.find((r) => r.onderwerp_id === gesloten[2].id)!;
      expect(eigen).toMatchObject({ actor_naam: 'Woonstart (bewaartermijn)', gegevens: { status: 'ingetrokken', bewaartermijnMaanden: 24 } });
      expect(Object.keys(eigen.gegevens).sort()).toEqual(['afgeslotenOp', 'bewaartermijnMaanden', 'status']);
    });

    it('is idempotent: a second run finds nothing and changes nothing', async () => {
      const afdruk = await maakVingerafdruk(t.running.db.dataSource, []);
      const eerst = await afdruk();
      expect(await worker.anonimiseer(over(26))).toBe(0);
      expect(await afdruk()).toEqual(eerst);
    });
  });

  // Two replicas are two sessions; the embedded database has one, so this needs a real PostgreSQL (CI has one).
  (process.env['DATABASE_URL'] ? it : it.skip)('two replicas at the same time never take the same case (FOR UPDATE SKIP LOCKED)', async () => {
    const nieuw = [await api.brengNaar('concept'), await api.brengNaar('concept'), await api.brengNaar('concept')];
    for (const z of nieuw) await api.stuurOk(GEBRUIKER.zorgParnassia, z, 'INTREKKEN', { reden: 'Proef replica' });
    const ds = t.running.db.dataSource;
    const [a, b] = [ds.createQueryRunner(), ds.createQueryRunner()];
    await a.connect(); await b.connect();
    await a.startTransaction(); await b.startTransaction();
    try {
      const vanA = await vergrendelVervallenZaken(a.manager, over(30), 24, 2);
      const vanB = await vergrendelVervallenZaken(b.manager, over(30), 24, 10);
      expect(vanA).toHaveLength(2);
      expect(vanB).toHaveLength(1);
      expect(vanA.map((z) => z.id).filter((id) => vanB.some((z) => z.id === id))).toEqual([]);
      expect([...vanA, ...vanB].map((z) => z.id).sort()).toEqual(nieuw.map((z) => z.id).sort());
    } finally {
      await a.rollbackTransaction(); await b.rollbackTransaction();
      await a.release(); await b.release();
    }
  });
});
