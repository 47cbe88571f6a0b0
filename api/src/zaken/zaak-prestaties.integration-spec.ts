import { GEBRUIKER } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { ZAAK_TELLING_MAX } from './zaak-query.service';
import type { ZaakDetail, ZaakLijst, ZaakNaEvent } from './zaak-view.model';

/**
 * What the api does to stay fast at scale, held to the same answers: an event
 * with `Prefer: return=minimal` (RFC 7240) answers without reloading the case,
 * and the work list stops counting at ZAAK_TELLING_MAX.
 */
describe('events with Prefer: return=minimal, and the capped work-list count', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  const MINIMAAL = { prefer: 'return=minimal' };

  describe('POST /zaken/:id/events with Prefer: return=minimal', () => {
    it('answers id, state, status, rowVersion and allowedEvents, the same as the case page shows afterwards', async () => {
      const zaak = await api.maakZaak();
      const res = await api.call<ZaakNaEvent>(GEBRUIKER.zorgParnassia, 'POST', `/zaken/${zaak.id}/events`, { type: 'INDIENEN', rowVersion: zaak.rowVersion }, MINIMAAL);
      expect(res.status).toBe(200);
      expect(res.headers.get('preference-applied')).toBe('return=minimal');
      expect(res.headers.get('vary')).toMatch(/prefer/i);
      expect(Object.keys(res.body).sort()).toEqual(['allowedEvents', 'id', 'rowVersion', 'state', 'status']);
      const detail = await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id);
      expect(res.body).toEqual({ id: zaak.id, state: detail.state, status: detail.status, rowVersion: detail.rowVersion, allowedEvents: detail.allowedEvents });
      expect(res.body).toMatchObject({ status: 'ingediend', rowVersion: zaak.rowVersion + 1 });
      // The actions are the caller's own: the committee sees others on the same case.
      const commissie = await api.call<ZaakNaEvent>(GEBRUIKER.commissie, 'POST', `/zaken/${zaak.id}/events`, { type: 'ONTVANKELIJK_VERKLAREN', rowVersion: res.body.rowVersion }, MINIMAAL);
      expect(commissie.status).toBe(200);
      expect(commissie.body.allowedEvents).toEqual((await api.detailOk(GEBRUIKER.commissie, zaak.id)).allowedEvents);
      expect(commissie.body.allowedEvents).not.toEqual((await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id)).allowedEvents);
    });

    it('without the preference (or with return=representation) the full case detail, as before', async () => {
      for (const headers of [{}, { prefer: 'return=representation' }, { prefer: 'respond-async' }] as Array<Record<string, string>>) {
        const zaak = await api.maakZaak();
        const res = await api.call<ZaakDetail>(GEBRUIKER.zorgParnassia, 'POST', `/zaken/${zaak.id}/events`, { type: 'INDIENEN', rowVersion: zaak.rowVersion }, headers);
        expect(res.status).toBe(200);
        expect(res.headers.get('preference-applied')).toBeNull();
        expect(res.body).toEqual(await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id));
        expect(res.body.tijdlijn.map((r) => r.event)).toEqual(['AANMAKEN', 'INDIENEN']);
      }
    });

    it('refuses what it refused before: a stale rowVersion (409), a wrong role (403), another organisation (404), an event not possible now (409)', async () => {
      const zaak = await api.maakZaak();
      const oud = await api.call(GEBRUIKER.zorgParnassia, 'POST', `/zaken/${zaak.id}/events`, { type: 'INDIENEN', rowVersion: zaak.rowVersion + 5 }, MINIMAAL);
      verwachtProbleem(oud, 409, /intussen/);
      const rol = await api.call(GEBRUIKER.zorgParnassia, 'POST', `/zaken/${zaak.id}/events`, { type: 'ONTVANKELIJK_VERKLAREN', rowVersion: zaak.rowVersion }, MINIMAAL);
      expect(rol.status).toBe(403);
      const ander = await api.call(GEBRUIKER.zorgKessler, 'POST', `/zaken/${zaak.id}/events`, { type: 'INDIENEN', rowVersion: zaak.rowVersion }, MINIMAAL);
      expect(ander.status).toBe(404);
      expect((await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id)).rowVersion).toBe(zaak.rowVersion);
      const ingediend = await api.call<ZaakNaEvent>(GEBRUIKER.zorgParnassia, 'POST', `/zaken/${zaak.id}/events`, { type: 'INDIENEN', rowVersion: zaak.rowVersion }, MINIMAAL);
      expect(ingediend.status).toBe(200);
      const nogmaals = await api.call(GEBRUIKER.zorgParnassia, 'POST', `/zaken/${zaak.id}/events`, { type: 'INDIENEN', rowVersion: ingediend.body.rowVersion }, MINIMAAL);
      verwachtProbleem(nogmaals, 409, /niet mogelijk/);
      expect((await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id)).rowVersion).toBe(ingediend.body.rowVersion);
    });
  });

  describe('GET /zaken: the count stops at ZAAK_TELLING_MAX', () => {
    it('counts exactly below the cap, also when a page is not full', async () => {
      const lijst = await api.get<ZaakLijst>(GEBRUIKER.zorgKessler, '/zaken?perPagina=100');
      expect(lijst.status).toBe(200);
      expect(lijst.body.totaalBegrensd).toBe(false);
      const [{ n }] = await omgeving.db.query(`SELECT count(*)::int AS n FROM zaak z JOIN gebruiker g ON g.organisatie_id = z.indienende_organisatie_id WHERE g.email = $1`, [GEBRUIKER.zorgKessler]);
      expect(lijst.body.totaal).toBe(n);
      const perTwee = await api.get<ZaakLijst>(GEBRUIKER.zorgKessler, '/zaken?perPagina=2&pagina=1');
      expect(perTwee.body).toMatchObject({ totaal: n, totaalBegrensd: false, pagina: 1, perPagina: 2 });
      const voorbij = await api.get<ZaakLijst>(GEBRUIKER.zorgKessler, `/zaken?perPagina=2&pagina=${n + 5}`);
      expect(voorbij.body).toMatchObject({ items: [], totaal: n, totaalBegrensd: false });
    });

    it('above the cap: totaal is the cap with totaalBegrensd, the pages still come in order', async () => {
      // Copies of one concept case of Parnassia, so the list of its zorgmedewerker grows past the cap.
      const bron = await api.maakZaak(GEBRUIKER.zorgParnassia);
      await omgeving.db.query(
        `INSERT INTO zaak (zaaknummer, categorie, status, state, machine_version, snapshot, row_version, indienende_organisatie_id, aangemaakt_door,
                           behandelende_gemeente, aanvrager_voornamen, aanvrager_achternaam, aanvrager_geboortedatum, aangemaakt_op)
         SELECT 'WS-TEL-' || lpad(n::text, 6, '0'), categorie, status, state, machine_version, snapshot, row_version, indienende_organisatie_id, aangemaakt_door,
                behandelende_gemeente, aanvrager_voornamen, aanvrager_achternaam, aanvrager_geboortedatum, aangemaakt_op
           FROM zaak, generate_series(1, $2::int) AS n WHERE id = $1`,
        [bron.id, ZAAK_TELLING_MAX + 1],
      );
      try {
        const eerste = await api.get<ZaakLijst>(GEBRUIKER.zorgParnassia, '/zaken?perPagina=50&sort=aangemaakt');
        expect(eerste.status).toBe(200);
        expect(eerste.body).toMatchObject({ totaal: ZAAK_TELLING_MAX, totaalBegrensd: true, pagina: 1 });
        expect(eerste.body.items).toHaveLength(50);
        const tweede = await api.get<ZaakLijst>(GEBRUIKER.zorgParnassia, '/zaken?perPagina=50&sort=aangemaakt&pagina=2');
        expect(tweede.body.items).toHaveLength(50);
        expect(new Set([...eerste.body.items, ...tweede.body.items].map((z) => z.id)).size).toBe(100);
        // Another organisation's list is not affected, and stays exact.
        const kessler = await api.get<ZaakLijst>(GEBRUIKER.zorgKessler, '/zaken');
        expect(kessler.body.totaalBegrensd).toBe(false);
      } finally {
        // Other specs on this database list Parnassia's cases too.
        await omgeving.db.query(`DELETE FROM zaak WHERE zaaknummer LIKE 'WS-TEL-%'`);
      }
    });
  });
});
