import type { ZaakEventType } from '@woonstart/workflow';
import type { ZaakDetail } from '../zaken/zaak-view.model';
import { telRijen, toegangslog, transities, zaakRij } from '../testing/db-fixtures';
import { GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { testOmgeving } from '../testing/test-omgeving';
import type { Antwoord } from '../testing/woonstart-api';
import { voorstelBemiddeling } from '../testing/zaak-fixtures';

/**
 * The audit trail: every transition and every read of a case file is recorded,
 * the records cannot be changed or removed (not even by the application's own
 * database user), and concurrent changes record exactly one transition.
 */

interface PgFout { message: string; driverError?: { code?: string } }

describe('audit trail', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  /** Runs one statement in its own transaction that is always rolled back; returns the error, or null. */
  async function probeer(sql: string, params: unknown[] = [], anonimiseren?: string): Promise<{ fout: PgFout | null; rijen: unknown }> {
    const qr = omgeving.db.createQueryRunner();
    // TypeORM prints every failed query; the refusals here are expected, keep the output readable.
    const stil = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await qr.connect();
    await qr.startTransaction();
    try {
      if (anonimiseren) await qr.query(`SELECT set_config('woonstart.anonimiseren', $1, true)`, [anonimiseren]);
      return { fout: null, rijen: await qr.query(sql, params) };
    } catch (e) {
      return { fout: e as PgFout, rijen: null };
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
      stil.mockRestore();
    }
  }

  describe('zaak_transitie', () => {
    it('every transition writes who, when, from, to, event and reason', async () => {
      const sanne = await api.gebruiker(GEBRUIKER.zorgParnassia);
      const pieter = await api.gebruiker(GEBRUIKER.commissie);
      let zaak = await api.maakZaak();
      const stappen: Array<{ email: DemoEmail; type: ZaakEventType; payload?: Record<string, unknown>; reden: string | null }> = [
        { email: GEBRUIKER.zorgParnassia, type: 'INDIENEN', reden: null },
        { email: GEBRUIKER.commissie, type: 'AANVULLING_VRAGEN', payload: { toelichting: 'Het getekende ondersteuningsplan ontbreekt.' }, reden: 'Het getekende ondersteuningsplan ontbreekt.' },
        { email: GEBRUIKER.zorgParnassia, type: 'AANVULLING_INDIENEN', payload: { toelichting: 'Plan toegevoegd.' }, reden: 'Plan toegevoegd.' },
        { email: GEBRUIKER.commissie, type: 'ONTVANKELIJK_VERKLAREN', reden: null },
        { email: GEBRUIKER.commissie, type: 'INTREKKEN', payload: { reden: 'Aanvrager verhuist naar het buitenland.' }, reden: 'Aanvrager verhuist naar het buitenland.' },
      ];
      const staten = [zaak.state];
      for (const s of stappen) {
        zaak = await api.stuurOk(s.email, zaak, s.type, s.payload);
        staten.push(zaak.state);
      }
      expect(staten).toEqual(['concept', 'ingediend.ontvankelijkheid', 'ingediend.aanvullen', 'ingediend.ontvankelijkheid', 'toetsingHerkomst', 'ingetrokken']);

      const rijen = await transities(omgeving.t, zaak.id);
      expect(rijen.map((r) => r.event)).toEqual(['AANMAKEN', ...stappen.map((s) => s.type)]);
      expect(rijen[0]).toMatchObject({ actor_id: sanne.id, actor_naam: sanne.naam, actor_rol: 'zorgmedewerker', van_state: '', naar_state: 'concept', machine_version: zaak.machineVersion });
      stappen.forEach((s, i) => {
        const rij = rijen[i + 1];
        const wie = s.email === GEBRUIKER.commissie ? pieter : sanne;
        expect(rij).toMatchObject({ event: s.type, actor_id: wie.id, actor_naam: wie.naam, actor_rol: wie.rol, van_state: staten[i], naar_state: staten[i + 1], reden: s.reden, payload: s.payload ?? {}, machine_version: zaak.machineVersion });
      });
      // What the server added to the event (never taken from the body) is logged with it: the policy's four eyes, no medical advice for BW.
      expect(rijen[4]).toMatchObject({ event: 'ONTVANKELIJK_VERKLAREN', payload: { vierOgen: true, medischAdviesNodig: false } });
      expect(Object.keys(rijen[4].payload).sort()).toEqual(['medischAdviesNodig', 'vierOgen']);
      // When: a real timestamp on every row, in the order of the steps.
      const tijden = rijen.map((r) => new Date(r.tijdstip).getTime());
      expect(tijden.every((ms) => Number.isFinite(ms))).toBe(true);
      expect([...tijden].sort((a, b) => a - b)).toEqual(tijden);
      // And a side-effect row per transition, written in the same transaction.
      expect(await telRijen(omgeving.t, 'outbox', { kolom: 'zaak_id', waarde: zaak.id })).toBe(stappen.length);
    });

    it('a refused event writes no transition', async () => {
      const zaak = await api.brengNaar('ingediend');
      const voor = (await transities(omgeving.t, zaak.id)).length;
      expect((await api.stuur(GEBRUIKER.commissie, zaak, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling('Te vroeg'))).status).toBe(409);
      // A version-1 event on a version-2 case is refused the same way.
      expect((await api.stuur(GEBRUIKER.commissie, zaak, 'AFWIJZEN', { motivering: 'Te vroeg' })).status).toBe(409);
      expect((await api.stuur(GEBRUIKER.commissie, { id: zaak.id, rowVersion: 1 }, 'ONTVANKELIJK_VERKLAREN')).status).toBe(409);
      expect((await api.stuur(GEBRUIKER.zorgParnassia, zaak, 'ONTVANKELIJK_VERKLAREN')).status).toBe(403);
      expect((await transities(omgeving.t, zaak.id)).length).toBe(voor);
    });
  });

  describe('toegangslog', () => {
    it('every GET /zaken/:id writes who, role, case, data and outcome toegestaan', async () => {
      const zaak = await api.brengNaar('bemiddeling.zoeken');
      for (const [email, rol, gegevens] of [
        [GEBRUIKER.zorgParnassia, 'zorgmedewerker', /volledig dossier/],
        [GEBRUIKER.commissie, 'commissielid', /volledig dossier/],
        [GEBRUIKER.staedion, 'corporatiemedewerker', /bemiddelingsgegevens/],
      ] as const) {
        const wie = await api.gebruiker(email);
        const voor = await toegangslog(omgeving.t, zaak.id);
        await api.detailOk(email, zaak.id);
        const na = await toegangslog(omgeving.t, zaak.id);
        expect(na).toHaveLength(voor.length + 1);
        expect(na.at(-1)).toMatchObject({ gebruiker_id: wie.id, rol, organisatie_id: wie.organisatieId, zaak_id: zaak.id, uitkomst: 'toegestaan' });
        expect(na.at(-1)!.gegevens).toMatch(gegevens);
        expect(Number.isFinite(new Date(na.at(-1)!.tijdstip).getTime())).toBe(true);
      }
    });

    it('a MED case read by the medisch adviseur is logged too', async () => {
      const zaak = await api.brengNaar('ingediend', { categorie: 'MED' });
      const arts = await api.gebruiker(GEBRUIKER.arts);
      await api.detailOk(GEBRUIKER.arts, zaak.id);
      expect((await toegangslog(omgeving.t, zaak.id)).at(-1)).toMatchObject({ gebruiker_id: arts.id, rol: 'medischAdviseur', uitkomst: 'toegestaan' });
    });

    it('a refused read (another organisation, another werkgebied) writes geweigerd', async () => {
      const zaak = await api.brengNaar('bemiddeling.zoeken');
      for (const email of [GEBRUIKER.zorgKessler, GEBRUIKER.woonbron, GEBRUIKER.arts]) {
        const wie = await api.gebruiker(email);
        const voor = await toegangslog(omgeving.t, zaak.id);
        expect((await api.detail(email, zaak.id)).status).toBe(404);
        const na = await toegangslog(omgeving.t, zaak.id);
        expect(na).toHaveLength(voor.length + 1);
        expect(na.at(-1)).toMatchObject({ gebruiker_id: wie.id, rol: wie.rol, organisatie_id: wie.organisatieId, zaak_id: zaak.id, uitkomst: 'geweigerd' });
      }
    });
  });

  describe('append-only, enforced by the database', () => {
    let zaak: ZaakDetail;
    beforeAll(async () => {
      zaak = await api.brengNaar('ingediend');
      await api.detailOk(GEBRUIKER.commissie, zaak.id);
      // An auditlog row about this case, as the plafondontheffing writes one.
      await omgeving.db.query(
        `INSERT INTO auditlog (onderwerp, onderwerp_id, actie, gegevens, actor_naam, actor_rol) VALUES ('proef', $1, 'proef', $2, 'Test', 'beheerder')`,
        [zaak.id, JSON.stringify({ zaakId: zaak.id, motivering: 'Proefmotivering' })],
      );
    });

    /** Per log: the free-text column the retention job may clear, and a column it may never touch. */
    const LOGS = {
      zaak_transitie: { vrij: 'reden', vast: 'actor_naam', waar: 'zaak_id = $1' },
      toegangslog: { vrij: 'gegevens', vast: 'uitkomst', waar: 'zaak_id = $1' },
      auditlog: { vrij: 'gegevens', vast: 'actie', waar: 'onderwerp_id = $1' },
    } as const;
    const rijen = async (tabel: keyof typeof LOGS) => omgeving.db.query(`SELECT * FROM ${tabel} WHERE ${LOGS[tabel].waar} ORDER BY id`, [zaak.id]);
    const vervalst = (tabel: keyof typeof LOGS, kolom: string) => (tabel === 'auditlog' && kolom === 'gegevens' ? `'{}'::jsonb` : `'vervalst'`);

    for (const tabel of Object.keys(LOGS) as Array<keyof typeof LOGS>) {
      describe(tabel, () => {
        const { vrij, vast, waar } = LOGS[tabel];

        it('refuses UPDATE, DELETE and TRUNCATE', async () => {
          const voor = await rijen(tabel);
          expect(voor.length).toBeGreaterThan(0);
          for (const sql of [
            `UPDATE ${tabel} SET ${vrij} = ${vervalst(tabel, vrij)} WHERE ${waar}`,
            `UPDATE ${tabel} SET ${vast} = 'vervalst' WHERE ${waar}`,
            `DELETE FROM ${tabel} WHERE ${waar}`,
            `TRUNCATE ${tabel}`,
          ]) {
            const { fout } = await probeer(sql, sql.includes('$1') ? [zaak.id] : []);
            expect({ sql, geweigerd: fout !== null }).toEqual({ sql, geweigerd: true });
            expect(fout!.message).toMatch(/alleen-toevoegen/);
            expect(fout!.driverError?.code).toBe('42501');
          }
          expect(await rijen(tabel)).toEqual(voor);
          expect(await telRijen(omgeving.t, tabel)).toBeGreaterThan(0);
        });

        it('with woonstart.anonimiseren = aan (the retention job): only the free-text column may change; DELETE and TRUNCATE stay refused', async () => {
          const vrijeUpdate = await probeer(`UPDATE ${tabel} SET ${vrij} = ${vervalst(tabel, vrij)} WHERE ${waar}`, [zaak.id], 'aan');
          expect(vrijeUpdate.fout).toBeNull();
          for (const sql of [
            `UPDATE ${tabel} SET ${vast} = 'vervalst' WHERE ${waar}`,
            `UPDATE ${tabel} SET ${vrij} = ${vervalst(tabel, vrij)}, tijdstip = now() - interval '1 day' WHERE ${waar}`,
            `DELETE FROM ${tabel} WHERE ${waar}`,
            `TRUNCATE ${tabel}`,
          ]) {
            const { fout } = await probeer(sql, sql.includes('$1') ? [zaak.id] : [], 'aan');
            expect({ sql, geweigerd: fout !== null }).toEqual({ sql, geweigerd: true });
            expect(fout!.message).toMatch(/alleen-toevoegen/);
          }
          // Any other value of the setting, or none at all, is no permission.
          const anders = await probeer(`UPDATE ${tabel} SET ${vrij} = ${vervalst(tabel, vrij)} WHERE ${waar}`, [zaak.id], 'ja');
          expect(anders.fout?.message).toMatch(/alleen-toevoegen/);
        });

        it('accepts INSERT', async () => {
          const commissie = await api.gebruiker(GEBRUIKER.commissie);
          const sql = tabel === 'zaak_transitie'
            ? `INSERT INTO zaak_transitie (zaak_id, event, payload, actor_id, actor_naam, actor_rol, van_state, naar_state, machine_version, reden) VALUES ($1, 'TEST', '{}', $2, 'Test', 'commissielid', 'a', 'b', 1, 'proef') RETURNING id`
            : tabel === 'toegangslog'
              ? `INSERT INTO toegangslog (gebruiker_id, rol, organisatie_id, zaak_id, gegevens, uitkomst) VALUES ($2, 'commissielid', $3, $1, 'proef', 'toegestaan') RETURNING id`
              : `INSERT INTO auditlog (onderwerp, onderwerp_id, actie, actor_id, actor_naam, actor_rol, organisatie_id) VALUES ('proef', $1, 'proef', $2, 'Test', 'commissielid', $3) RETURNING id`;
          const params = tabel === 'zaak_transitie' ? [zaak.id, commissie.id] : [zaak.id, commissie.id, commissie.organisatieId];
          const { fout, rijen: nieuw } = await probeer(sql, params);
          expect(fout).toBeNull();
          expect((nieuw as Array<{ id: string }>)[0].id).toMatch(/^\d+$/);
        });
      });
    }
  });

  describe('concurrent events with the same rowVersion', () => {
    /** Fires both requests before awaiting either. */
    async function tegelijk(a: () => Promise<Antwoord<ZaakDetail>>, b: () => Promise<Antwoord<ZaakDetail>>) {
      const [ra, rb] = await Promise.all([a(), b()]);
      return [ra, rb] as const;
    }

    it.each([
      ['the same action twice (double submit)', GEBRUIKER.commissie, 'ONTVANKELIJK_VERKLAREN', GEBRUIKER.commissie, 'ONTVANKELIJK_VERKLAREN'],
      ['two different actions of two users', GEBRUIKER.commissie, 'ONTVANKELIJK_VERKLAREN', GEBRUIKER.zorgParnassia, 'INTREKKEN'],
    ] as const)('%s: exactly one 200, one 409 and one transition row', async (_naam, emailA, typeA, emailB, typeB) => {
      const payload = (type: string) => (type === 'INTREKKEN' ? { reden: 'Cliënt heeft zelf een woning.' } : undefined);
      for (let ronde = 0; ronde < 3; ronde++) {
        const zaak = await api.brengNaar('ingediend');
        const voor = { transities: (await transities(omgeving.t, zaak.id)).length, outbox: await telRijen(omgeving.t, 'outbox', { kolom: 'zaak_id', waarde: zaak.id }) };
        const [ra, rb] = await tegelijk(
          () => api.stuur(emailA, zaak, typeA, payload(typeA)),
          () => api.stuur(emailB, zaak, typeB, payload(typeB)),
        );
        expect([ra.status, rb.status].sort()).toEqual([200, 409]);
        const winnaar = ra.status === 200 ? ra : rb;
        const winnendType = ra.status === 200 ? typeA : typeB;
        expect(winnaar.body.rowVersion).toBe(zaak.rowVersion + 1);
        const rijen = await transities(omgeving.t, zaak.id);
        expect(rijen).toHaveLength(voor.transities + 1);
        expect(rijen.at(-1)).toMatchObject({ event: winnendType, van_state: 'ingediend.ontvankelijkheid', naar_state: winnaar.body.state });
        expect(await telRijen(omgeving.t, 'outbox', { kolom: 'zaak_id', waarde: zaak.id })).toBe(voor.outbox + 1);
        expect(await zaakRij(omgeving.t, zaak.id)).toMatchObject({ row_version: zaak.rowVersion + 1, state: winnaar.body.state });
      }
    });
  });
});
