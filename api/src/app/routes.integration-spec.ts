import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { ROLLEN, type Rol } from '@woonstart/domain';
import { API_PREFIX as PREFIX, expressRoutes, nestRoutes, routeSleutel as sleutel, type ExpressRoute, type NestRoute } from '../testing/app-routes';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';

/**
 * Every route of the running app, found automatically: a new controller method
 * is covered without touching this file. Each must say who may call it. Who may
 * call what, per role and organisation, is checked against an independent table
 * in autorisatie-matrix.integration-spec.ts.
 */

/** Nest routes that may be called without login. Anything else public fails this spec. */
const PUBLIEKE_ROUTES = [
  'GET /api/health', 'GET /api/auth/methoden', 'GET /api/auth/dev-gebruikers', 'POST /api/auth/dev-login', 'POST /api/auth/logout',
  // The OIDC login and the IdP's return: browser navigations before there is a session (auth/oidc).
  'GET /api/auth/oidc/login', 'GET /api/auth/oidc/callback',
];

/** Routes outside Nest (no guard at all): only the OpenAPI documentation may be there. */
const DOCS_ROUTE = /^\/api\/docs(-json|-yaml|\/.*)?$/;

const metIds = (path: string) => path.replace(/:\w+/g, () => randomUUID());

describe('route guards (every route of the running app)', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let nest: NestRoute[];
  let express: ExpressRoute[];
  let beveiligd: NestRoute[];

  beforeAll(async () => {
    nest = nestRoutes(omgeving.t);
    express = expressRoutes(omgeving.t);
    beveiligd = nest.filter((r) => !r.publiek);
  });

  it('discovers the routes from the app itself, and Express serves exactly those plus the docs', () => {
    const nestSleutels = new Set(nest.map(sleutel));
    // Sanity: the discovery really sees the app (it would otherwise pass vacuously).
    for (const bekend of [
      'GET /api/zaken', 'POST /api/zaken', 'GET /api/zaken/:id', 'POST /api/zaken/:id/events', 'GET /api/woningen', 'GET /api/monitor/overzicht', 'GET /api/users/me', 'GET /api/health',
      'POST /api/zaken/:id/documenten', 'GET /api/zaken/:id/documenten', 'GET /api/zaken/:id/documenten/:documentId',
    ]) {
      expect(nestSleutels).toContain(bekend);
    }
    const expressSleutels = new Set(express.map(sleutel));
    expect(nest.map(sleutel).filter((k) => !expressSleutels.has(k))).toEqual([]);
    // A route registered outside Nest bypasses the global guard: only the docs may do that.
    expect(express.filter((r) => !nestSleutels.has(sleutel(r)) && !DOCS_ROUTE.test(r.path)).map(sleutel)).toEqual([]);
    expect(express.some((r) => r.path === '/api/docs')).toBe(true);
  });

  it('every route carries @Public or a non-empty @Rollen', () => {
    const zonder = nest.filter((r) => !r.publiek && (!r.rollen || r.rollen.length === 0)).map((r) => `${sleutel(r)} (${r.handler})`);
    expect(zonder).toEqual([]);
    const onbekendeRol = nest.filter((r) => (r.rollen ?? []).some((rol) => !(ROLLEN as readonly string[]).includes(rol))).map(sleutel);
    expect(onbekendeRol).toEqual([]);
  });

  it('the gemeentemedewerker reaches exactly the routes of an indiener, the same as the zorgmedewerker, plus the read-only regional monitor', () => {
    // The gemeente also reads the region's aggregates (monitor, scenario table, yearly report); a zorginstelling does not.
    // The year simulation is a POST only for its body: it computes and stores nothing, so it belongs with the read-only monitor.
    const monitor = (k: string) => k.startsWith('GET /api/monitor') || k === 'POST /api/monitor/simulatie';
    const van = (rol: Rol) => beveiligd.filter((r) => (r.rollen ?? []).includes(rol)).map(sleutel).filter((k) => !monitor(k)).sort();
    expect(beveiligd.filter((r) => (r.rollen ?? []).includes('zorgmedewerker')).map(sleutel).filter(monitor)).toEqual([]);
    expect(beveiligd.filter((r) => (r.rollen ?? []).includes('gemeentemedewerker')).map(sleutel)).toContain('GET /api/monitor/jaarrapportage');
    expect(beveiligd.filter((r) => (r.rollen ?? []).includes('gemeentemedewerker')).map(sleutel)).toEqual(expect.arrayContaining(['GET /api/monitor/scenario', 'GET /api/monitor/scenario/export']));
    expect(van('gemeentemedewerker')).toEqual([
      'GET /api/gemeenten', 'GET /api/organisaties', 'GET /api/users/me', 'GET /api/wijken', 'GET /api/huurgrenzen',
      'GET /api/plaatsingsruimte', 'GET /api/plaatsingsruimte/:gemeenteCbs/:jaar',
      'GET /api/meldingen', 'GET /api/meldingen/aantal-ongelezen', 'POST /api/meldingen/:id/gelezen', 'GET /api/mailbox',
      'GET /api/zaken', 'GET /api/zaken/:id', 'GET /api/zaken/:id/besluitbrief.pdf',
      'GET /api/zaken/:id/documenten', 'GET /api/zaken/:id/documenten/:documentId',
      'POST /api/zaken', 'POST /api/zaken/:id/documenten', 'POST /api/zaken/:id/events',
    ].sort());
    expect(van('gemeentemedewerker')).toEqual(van('zorgmedewerker'));
    // Documents: read by everyone with case access (the service refuses corporaties), added only by indieners and the commissie.
    const rollenVan = (k: string) => [...(beveiligd.find((r) => sleutel(r) === k)?.rollen ?? [])].sort();
    expect(rollenVan('POST /api/zaken/:id/documenten')).toEqual(['commissielid', 'gemeentemedewerker', 'zorgmedewerker']);
    expect(rollenVan('GET /api/zaken/:id/documenten/:documentId')).toEqual(['commissielid', 'corporatiemedewerker', 'gemeentemedewerker', 'medischAdviseur', 'zorgmedewerker']);
    // The scenario inputs are the regiocoördinator's alone.
    expect([rollenVan('GET /api/monitor/scenario/invoer/:jaar'), rollenVan('PUT /api/monitor/scenario/invoer/:jaar')]).toEqual([['regiocoordinator'], ['regiocoordinator']]);
  });

  it('only the allow-listed routes are public', () => {
    const publiek = nest.filter((r) => r.publiek).map(sleutel).sort();
    expect(publiek.filter((k) => !PUBLIEKE_ROUTES.includes(k))).toEqual([]);
    // The allow-list stays honest: every entry still exists and is still public.
    expect(publiek).toEqual([...PUBLIEKE_ROUTES].sort());
  });

  it('public routes and the docs answer without a token', async () => {
    const antwoorden = {
      health: (await api.get(null, '/health')).status,
      devGebruikers: (await api.get(null, '/auth/dev-gebruikers')).status,
      devLogin: (await api.call(null, 'POST', '/auth/dev-login', { email: GEBRUIKER.commissie })).status,
      logout: (await api.call(null, 'POST', '/auth/logout')).status,
      docs: (await api.get(null, '/docs')).status,
      docsJson: (await api.get(null, '/docs-json')).status,
    };
    expect(antwoorden).toEqual({ health: 200, devGebruikers: 200, devLogin: 200, logout: 204, docs: 200, docsJson: 200 });
  });

  it('every non-public route answers 401 without a token, with a garbage token and with a forged token', async () => {
    expect(beveiligd.length).toBeGreaterThan(5);
    const zaakLid = await api.gebruiker(GEBRUIKER.commissie);
    const vervalst = await new JwtService({ secret: 'niet-de-sleutel-van-de-server-123' }).signAsync({ sub: zaakLid.id }, { issuer: 'woonstart' });
    const fouten: string[] = [];
    for (const route of beveiligd) {
      const path = metIds(route.path).slice(PREFIX.length);
      const body = route.method === 'GET' ? undefined : {};
      for (const [soort, headers] of [
        ['geen token', {}],
        ['onzin-token', { authorization: 'Bearer dit-is-geen-jwt' }],
        ['vervalst token', { authorization: `Bearer ${vervalst}` }],
        ['onzin-cookie', { cookie: 'woonstart_sessie=abc.def.ghi' }],
      ] as const) {
        const res = await omgeving.t.call(route.method, path, { body, headers: { ...headers } });
        if (res.status !== 401) fouten.push(`${sleutel(route)} met ${soort}: ${res.status}`);
        else verwachtProbleem({ status: res.status, body: res.body, headers: res.headers }, 401, /ingelogd|sessie/);
      }
    }
    expect(fouten).toEqual([]);
  });
});
