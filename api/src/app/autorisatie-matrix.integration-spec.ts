import { ROLLEN, type Rol } from '@woonstart/domain';
import { maakBronnen, ZAAK_VAN, type Bronnen, type Variant } from '../testing/autorisatie-fixtures';
import { nestRoutes, padParams, routeSleutel, vulPad, type NestRoute } from '../testing/app-routes';
import { EMAIL_PER_ROL } from '../testing/demo-gebruikers';
import { ROUTE_TABEL, paramWaarde } from '../testing/route-tabel';
import { testOmgeving } from '../testing/test-omgeving';
import { MEDISCHE_DETAILS } from '../testing/zaak-fixtures';

/**
 * Every route of the running app × every role × a resource of the caller's own
 * organisation and one of another organisation, against the table in
 * testing/route-tabel.ts (written independently of the decorators). Goal: not
 * one 2xx that the table does not expect. Then field level: no GET response to
 * anyone but the medisch adviseur carries the medical details.
 */

interface Aanroep {
  readonly route: NestRoute;
  readonly rol: Rol;
  readonly variant: Variant;
  readonly pad: string;
  readonly status: number;
  readonly tekst: string;
}

const is2xx = (s: number) => s >= 200 && s < 300;

describe('authorisation matrix: every route × role × own/other organisation', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let routes: NestRoute[];
  let b: Bronnen;
  const aanroepen: Aanroep[] = [];

  async function roep(route: NestRoute, rol: Rol, variant: Variant): Promise<Aanroep | null> {
    const waarden = new Map<string, string>();
    for (const p of padParams(route.path)) {
      const w = paramWaarde(route.path, p, rol, variant, b);
      if (w === null) return null;
      waarden.set(p, w);
    }
    if (variant === 'ander' && waarden.size === 0) return null;
    const verwachting = ROUTE_TABEL[routeSleutel(route)];
    const pad = vulPad(route.path, (p) => waarden.get(p)!) + (verwachting.query ? `?${verwachting.query}` : '');
    const body = route.method === 'GET' ? undefined : verwachting.body?.(rol, b) ?? {};
    const token = await omgeving.t.token(EMAIL_PER_ROL[rol]);
    const res = await fetch(`${omgeving.t.baseUrl}${pad}`, {
      method: route.method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // Binary responses (PDF, XLSX) are read as latin1 so every byte is searchable text.
    const tekst = Buffer.from(await res.arrayBuffer()).toString('latin1');
    return { route, rol, variant, pad, status: res.status, tekst };
  }

  beforeAll(async () => {
    routes = nestRoutes(omgeving.t).filter((r) => !r.publiek);
    b = await maakBronnen(omgeving.t, api);
    // Reads first, so a write in the matrix (a new case, a melding read) cannot change what a read may see.
    const geordend = [...routes].sort((x, y) => Number(x.method !== 'GET') - Number(y.method !== 'GET'));
    for (const route of geordend) {
      if (!ROUTE_TABEL[routeSleutel(route)]) continue;
      for (const rol of ROLLEN) {
        for (const variant of ['eigen', 'ander'] as const) {
          const a = await roep(route, rol, variant);
          if (a) aanroepen.push(a);
        }
      }
    }
  }, 600_000);

  it('every non-public route is in the table, and the table names only existing routes', () => {
    const sleutels = routes.map(routeSleutel);
    expect(sleutels.filter((k) => !ROUTE_TABEL[k])).toEqual([]);
    expect(Object.keys(ROUTE_TABEL).filter((k) => !sleutels.includes(k))).toEqual([]);
  });

  it('the @Rollen of every route equal the roles the table expects', () => {
    const verschil = routes
      .filter((r) => ROUTE_TABEL[routeSleutel(r)])
      .map((r) => ({ route: routeSleutel(r), decorator: [...(r.rollen ?? [])].sort(), tabel: [...ROUTE_TABEL[routeSleutel(r)].rollen].sort() }))
      .filter((v) => JSON.stringify(v.decorator) !== JSON.stringify(v.tabel));
    expect(verschil).toEqual([]);
  });

  it('a role outside the table gets 403 on every route, on its own and on another organisation’s resource', () => {
    const fout = aanroepen
      .filter((a) => !ROUTE_TABEL[routeSleutel(a.route)].rollen.includes(a.rol) && a.status !== 403)
      .map((a) => `${a.route.method} ${a.pad} als ${a.rol} (${a.variant}): ${a.status}`);
    expect(fout).toEqual([]);
    expect(aanroepen.filter((a) => a.status === 403).length).toBeGreaterThan(200);
  });

  it('a role in the table reaches its own organisation’s resource: a read answers 2xx, a write passes guard and scope', () => {
    const fout: string[] = [];
    let gelezen = 0;
    for (const a of aanroepen.filter((x) => x.variant === 'eigen' && ROUTE_TABEL[routeSleutel(x.route)].rollen.includes(x.rol))) {
      const geweigerd = ROUTE_TABEL[routeSleutel(a.route)].eigenGeweigerd?.[a.rol];
      if (geweigerd) {
        if (a.status !== geweigerd) fout.push(`${a.route.method} ${a.pad} als ${a.rol}: verwacht ${geweigerd}, kreeg ${a.status}`);
      } else if (a.route.method === 'GET') {
        if (!is2xx(a.status)) fout.push(`${a.route.method} ${a.pad} als ${a.rol}: verwacht 2xx, kreeg ${a.status} ${a.tekst.slice(0, 200)}`);
        else gelezen += 1;
      } else if ([401, 403, 404].includes(a.status)) {
        fout.push(`${a.route.method} ${a.pad} als ${a.rol}: eigen gegeven, toch ${a.status} ${a.tekst.slice(0, 200)}`);
      }
    }
    expect(fout).toEqual([]);
    expect(gelezen).toBeGreaterThan(80);
  });

  it('another organisation’s resource: 0 unexpected 2xx; a read answers 404 (or 403)', () => {
    const ander = aanroepen.filter((a) => a.variant === 'ander');
    expect(ander.length).toBeGreaterThan(60);
    const fout = ander
      .filter((a) => is2xx(a.status) || (a.route.method === 'GET' && ![403, 404].includes(a.status)))
      .map((a) => `${a.route.method} ${a.pad} als ${a.rol}: ${a.status}`);
    expect(fout).toEqual([]);
  });

  it('0 unexpected 2xx over the whole matrix', () => {
    const onverwacht = aanroepen.filter((a) => is2xx(a.status) && (a.variant === 'ander' || !ROUTE_TABEL[routeSleutel(a.route)].rollen.includes(a.rol)));
    expect(onverwacht.map((a) => `${a.route.method} ${a.pad} als ${a.rol}`)).toEqual([]);
    expect(aanroepen.filter((a) => is2xx(a.status)).length).toBeGreaterThan(80);
    if (process.env['MATRIX_DEBUG']) {
      const tel = (f: (a: Aanroep) => boolean) => aanroepen.filter(f).length;
      console.log(`${routes.length} routes, ${aanroepen.length} aanroepen (${tel((a) => a.variant === 'eigen')} eigen, ${tel((a) => a.variant === 'ander')} ander): ${tel((a) => is2xx(a.status))} 2xx, ${tel((a) => a.status === 403)} 403, ${tel((a) => a.status === 404)} 404, 0 onverwachte 2xx`);
    }
  });

  it('nothing another organisation owns changed', async () => {
    const rijen: Array<{ id: string; row_version: number }> = await omgeving.db.query(
      `SELECT id, row_version FROM zaak WHERE id = ANY($1::uuid[])`, [[b.zaak.kessler.id, b.zaak.delft.id, b.zaak.concept.id]],
    );
    const perId = Object.fromEntries(rijen.map((r) => [r.id, r.row_version]));
    expect(perId).toEqual({ [b.zaak.kessler.id]: b.zaak.kessler.rowVersion, [b.zaak.delft.id]: b.zaak.delft.rowVersion, [b.zaak.concept.id]: b.zaak.concept.rowVersion });
    const [anderVergadering] = await omgeving.db.query(`SELECT status, (SELECT count(*)::int FROM agendapunt WHERE vergadering_id = $1) AS punten FROM vergadering WHERE id = $1`, [b.vergadering.anderCommissie]);
    expect(anderVergadering).toEqual({ status: 'gepland', punten: 0 });
  });

  describe('field level: the medical details', () => {
    let details: string[];

    beforeAll(async () => {
      // Every medical detail in the database: the fixtures' and the demo seed's.
      const rijen: Array<{ details: string }> = await omgeving.db.query(`SELECT DISTINCT details FROM medisch_advies WHERE details IS NOT NULL AND length(details) >= 20`);
      details = rijen.map((r) => r.details);
    });

    it('the medisch adviseur reads them (so the search below is not empty-handed)', () => {
      expect(details).toContain(MEDISCHE_DETAILS);
      const eigen = aanroepen.find((a) => a.rol === 'medischAdviseur' && a.variant === 'eigen' && routeSleutel(a.route) === 'GET /api/zaken/:id/medisch-advies');
      expect(eigen?.status).toBe(200);
      expect(eigen?.tekst).toContain(MEDISCHE_DETAILS);
    });

    it('no GET response to any other role contains them, on any route', async () => {
      const gets = routes.filter((r) => r.method === 'GET');
      const extra: Aanroep[] = [];
      // The case with the advice itself, for every role that may see that case.
      for (const rol of ROLLEN.filter((r) => r !== 'medischAdviseur')) {
        for (const route of gets.filter((r) => r.path.startsWith('/api/zaken/:id'))) {
          const pad = vulPad(route.path, (p) => (p === 'id' ? b.zaak.medDenHaag.id : b.document[b.zaak.medDenHaag.id]));
          const res = await fetch(`${omgeving.t.baseUrl}${pad}`, { headers: { authorization: `Bearer ${await omgeving.t.token(EMAIL_PER_ROL[rol])}` } });
          extra.push({ route, rol, variant: 'eigen', pad, status: res.status, tekst: Buffer.from(await res.arrayBuffer()).toString('latin1') });
        }
      }
      const bekeken = [...aanroepen.filter((a) => a.route.method === 'GET' && a.rol !== 'medischAdviseur'), ...extra];
      const gelekt = bekeken.filter((a) => details.some((d) => a.tekst.includes(d))).map((a) => `${a.route.method} ${a.pad} als ${a.rol}`);
      expect(gelekt).toEqual([]);
      // The MED case's detail really was read by roles that see it, with its advice outcome but not the details.
      const gezien = extra.filter((a) => a.status === 200 && routeSleutel(a.route) === 'GET /api/zaken/:id').map((a) => a.rol).sort();
      expect(gezien).toEqual(['commissielid', 'corporatiemedewerker', 'gemeentemedewerker']);
      expect(extra.find((a) => a.rol === 'commissielid' && routeSleutel(a.route) === 'GET /api/zaken/:id')?.tekst).toContain('"urgent":true');
    });

    it('no GET response of a case role contains the id of a case outside its scope', () => {
      const gelekt = aanroepen
        .filter((a) => a.route.method === 'GET' && is2xx(a.status))
        .filter((a) => a.tekst.includes(b.zaak[ZAAK_VAN[a.rol].ander].id))
        .map((a) => `${a.route.method} ${a.pad} als ${a.rol}`);
      expect(gelekt).toEqual([]);
    });
  });
});
