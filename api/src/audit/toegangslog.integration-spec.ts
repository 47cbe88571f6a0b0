import type { Rol } from '@woonstart/domain';
import { maakBronnen, vrijeVergaderdata, type Bronnen } from '../testing/autorisatie-fixtures';
import { nestRoutes, padParams, routeSleutel, vulPad, type NestRoute } from '../testing/app-routes';
import { EMAIL_PER_ROL, GEBRUIKER } from '../testing/demo-gebruikers';
import { ROUTE_TABEL, paramWaarde } from '../testing/route-tabel';
import { testOmgeving } from '../testing/test-omgeving';
import { verwacht } from '../testing/woonstart-api';

/**
 * Access-log completeness: every route the table (testing/route-tabel.ts)
 * classifies as returning case or medical data writes a toegangslog row for the
 * caller when it answers 2xx. The routes come from the running app, so a new
 * route is either classified there (the matrix spec fails until it is) or
 * named here as missing its log.
 */

interface Geval { readonly rol: Rol; readonly body?: unknown }

describe('toegangslog: every read of case or medical data is logged', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let b: Bronnen;
  let routes: NestRoute[];
  /** Per write route, a call that succeeds (reads use the role's own resource from the fixtures). */
  let schrijven: Record<string, Geval & { pad: string }>;

  beforeAll(async () => {
    b = await maakBronnen(omgeving.t, api);
    // A placement this year, so the placements list has a case to show.
    await api.brengNaar('geplaatst.bemiddeling');
    const [sluitDatum, nieuweDatum] = await vrijeVergaderdata(omgeving.t, 2);
    const teSluiten = await api.call<{ id: string }>(GEBRUIKER.commissie, 'POST', '/vergaderingen', { datum: sluitDatum });
    verwacht(teSluiten, 201, 'vergadering');
    const agenda = await api.detailOk(GEBRUIKER.commissie, b.zaak.agenda.id);
    schrijven = {
      'POST /api/zaken': { rol: 'zorgmedewerker', pad: '/zaken', body: ROUTE_TABEL['POST /api/zaken'].body!('zorgmedewerker', b) },
      'POST /api/zaken/:id/events': { rol: 'commissielid', pad: `/zaken/${agenda.id}/events`, body: { type: 'VERDAGEN', rowVersion: agenda.rowVersion, payload: { weken: 2, reden: 'Advies van een deskundige is nodig.' } } },
      'POST /api/vergaderingen': { rol: 'commissielid', pad: '/vergaderingen', body: { datum: nieuweDatum } },
      'PUT /api/vergaderingen/:id/agenda/:zaakId/standpunt': { rol: 'commissielid', pad: `/vergaderingen/${b.vergadering.open}/agenda/${agenda.id}/standpunt`, body: { standpunt: 'voor' } },
      'PUT /api/vergaderingen/:id/agenda/:zaakId/uitkomst': { rol: 'commissielid', pad: `/vergaderingen/${b.vergadering.open}/agenda/${agenda.id}/uitkomst`, body: { uitkomst: 'Aangehouden.' } },
      'POST /api/vergaderingen/:id/sluiten': { rol: 'commissielid', pad: `/vergaderingen/${teSluiten.body.id}/sluiten` },
    };
    routes = nestRoutes(omgeving.t).filter((r) => !r.publiek);
  }, 300_000);

  const metGegevens = () => routes.filter((r) => ['zaak', 'medisch'].includes(ROUTE_TABEL[routeSleutel(r)]?.gegevens ?? ''));

  /** The role that reads a route: the medisch adviseur for medical data, otherwise the first role the route serves fully. */
  function lezer(route: NestRoute): Rol {
    const v = ROUTE_TABEL[routeSleutel(route)];
    return v.rollen.find((r) => !v.eigenGeweigerd?.[r] && (v.gegevens !== 'medisch' || r === 'medischAdviseur'))!;
  }

  it('the classification covers the routes that obviously carry case data (so it is not empty)', () => {
    const sleutels = metGegevens().map(routeSleutel);
    for (const k of ['GET /api/zaken', 'GET /api/zaken/:id', 'GET /api/zaken/:id/medisch-advies', 'GET /api/zaken/:id/documenten/:documentId', 'GET /api/zaken/:id/besluitbrief.pdf', 'GET /api/vergaderingen/:id']) {
      expect(sleutels).toContain(k);
    }
    expect(routes.filter((r) => !ROUTE_TABEL[routeSleutel(r)]).map(routeSleutel)).toEqual([]);
  });

  it('each of them, answered 2xx, leaves a toegangslog row toegestaan for the caller', async () => {
    const ds = omgeving.db;
    const zonderLog: string[] = [];
    const geenSucces: string[] = [];
    for (const route of metGegevens()) {
      const sleutel = routeSleutel(route);
      const schrijf = schrijven[sleutel];
      if (route.method !== 'GET' && !schrijf) {
        geenSucces.push(`${sleutel}: geen geslaagde aanroep in deze spec; voeg er een toe aan 'schrijven'`);
        continue;
      }
      const rol = schrijf?.rol ?? lezer(route);
      const pad = schrijf?.pad ?? vulPad(route.path, (p) => paramWaarde(route.path, p, rol, 'eigen', b)!);
      const gebruiker = await api.gebruiker(EMAIL_PER_ROL[rol]);
      const [{ max }]: Array<{ max: string | null }> = await ds.query(`SELECT max(id)::text AS max FROM toegangslog`);
      const res = await fetch(`${omgeving.t.baseUrl}${pad}`, {
        method: route.method,
        headers: { authorization: `Bearer ${await omgeving.t.token(EMAIL_PER_ROL[rol])}`, ...(schrijf?.body ? { 'content-type': 'application/json' } : {}) },
        body: schrijf?.body ? JSON.stringify(schrijf.body) : undefined,
      });
      if (res.status < 200 || res.status > 299) {
        geenSucces.push(`${sleutel} als ${rol}: ${res.status} ${(await res.text()).slice(0, 200)}`);
        continue;
      }
      const rijen: Array<{ zaak_id: string; uitkomst: string }> = await ds.query(
        `SELECT zaak_id, uitkomst FROM toegangslog WHERE id > $1 AND gebruiker_id = $2 AND rol = $3`, [max ?? '0', gebruiker.id, rol],
      );
      const zaakInPad = padParams(route.path).includes('id') && route.path.startsWith('/api/zaken/') ? pad.split('/')[2] : null;
      if (!rijen.some((r) => r.uitkomst === 'toegestaan' && (!zaakInPad || r.zaak_id === zaakInPad))) zonderLog.push(`${sleutel} als ${rol}`);
    }
    expect(geenSucces).toEqual([]);
    expect(zonderLog).toEqual([]);
  });

  it('the medical details are logged as such, and a list logs every case it showed', async () => {
    const arts = await api.gebruiker(GEBRUIKER.arts);
    const medisch: Array<{ gegevens: string }> = await omgeving.db.query(
      `SELECT gegevens FROM toegangslog WHERE gebruiker_id = $1 AND zaak_id = $2 AND uitkomst = 'toegestaan'`, [arts.id, b.zaak.medDenHaag.id],
    );
    expect(medisch.map((r) => r.gegevens)).toContain('medisch advies (medische gegevens)');

    const zorg = await api.gebruiker(GEBRUIKER.zorgParnassia);
    const [{ max }]: Array<{ max: string }> = await omgeving.db.query(`SELECT max(id)::text AS max FROM toegangslog`);
    const lijst = await api.get<{ items: Array<{ id: string }> }>(GEBRUIKER.zorgParnassia, '/zaken?perPagina=10');
    verwacht(lijst, 200, 'werkvoorraad');
    const gelogd: Array<{ zaak_id: string }> = await omgeving.db.query(`SELECT zaak_id FROM toegangslog WHERE id > $1 AND gebruiker_id = $2`, [max, zorg.id]);
    expect(gelogd.map((r) => r.zaak_id).sort()).toEqual(lijst.body.items.map((z) => z.id).sort());
  });
});
