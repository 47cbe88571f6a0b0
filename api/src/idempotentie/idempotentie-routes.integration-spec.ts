import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addDays, scenarioInvoerMemo, todayIso } from '@woonstart/domain';
import { minimalePdf } from '@woonstart/testing';
import { OutboxWorker } from '../meldingen/outbox.worker';
import { GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import type { TestApp } from '../testing/test-app';
import { testOmgeving } from '../testing/test-omgeving';
import { WoonstartApi, type Antwoord } from '../testing/woonstart-api';
import { geldigeZaak } from '../testing/zaak-fixtures';
import { HERHAALD_HEADER } from './idempotentie.interceptor';

/**
 * Every state-changing route of the running app (read from its OpenAPI
 * document, so a new route is found without touching this file) honours an
 * Idempotency-Key: the first request changes the data, the replay gets the
 * same status and body and changes nothing in any table, and the same key
 * with other content is a 422 that changes nothing either; and when the
 * stored answer is lost (the process died after the commit) the replay is
 * rebuilt without running the change again. A route missing from VERZOEKEN
 * fails the first test: add how to call it successfully.
 */

const PIJNACKER = '1926';
const jaar = Number(todayIso().slice(0, 4));
/** Unique per run: the integration database may be shared by the specs of a run. */
const uniek = () => randomUUID().slice(0, 8);
/** A date no other spec uses: meetings and policy versions are unique per date. */
const verreDatum = () => addDays(todayIso(), 2000 + Math.floor(Math.random() * 20000));

type Multipart = { readonly veld: string; readonly naam: string; readonly type: string; readonly inhoud: Buffer; readonly velden?: Record<string, string> };

interface Verzoek {
  readonly email: DemoEmail;
  readonly pad: string;
  readonly body?: unknown;
  readonly multipart?: Multipart;
  /** The same route with other content (another body, file or path): must be a 422 with the same key. */
  readonly anders: Omit<Verzoek, 'anders' | 'wijzigt'>;
  /** False for a route that only computes (the simulation): it must not change data at all. */
  readonly wijzigt?: boolean;
}

interface Ctx {
  readonly api: WoonstartApi;
  readonly t: TestApp;
  readonly ds: DataSource;
}

const ruimPlafond = (api: WoonstartApi) => api.call(GEBRUIKER.coordinator, 'PUT', `/plaatsingsruimte/${PIJNACKER}/${jaar}`, {
  verwachteMutaties: 10000, verwachteMutatiesOnderAftopping: 5000, aandeel: 0.3, basis: 'sociaal', uitzonderingen: [], motivering: 'Ruimte voor de idempotentietest.',
});

const woning = () => ({
  gemeenteCbs: '0518', wijkCode: 'WK051802', adres: `Sleutelstraat ${uniek()}, Den Haag`, postcode: '2526 AB', woningtype: 'appartement', kamers: 2,
  huurprijs: 612.5, verdieping: 1, lift: true, nultreden: true, rolstoeltoegankelijk: false, labels: [], beschikbaarVanaf: todayIso(),
});

const csv = (adres: string) => Buffer.from(
  'adres;postcode;gemeente;wijk;complex;huurprijs;woningtype;kamers;verdieping;lift;nultreden;rolstoel;labels;beschikbaar_vanaf\n' +
  `${adres};2526 AB;0518;WK051802;;612,50;studio;1;2;ja;ja;nee;;01-02-2026\n`);

/** A meeting of the commissie with one case in deliberation on its agenda. */
async function vergaderingMetAgenda(c: Ctx): Promise<{ id: string; zaakId: string }> {
  const zaak = await c.api.brengNaar('besluitvorming');
  const res = await c.api.call<{ id: string; agenda: Array<{ zaakId: string }> }>(GEBRUIKER.commissie, 'POST', '/vergaderingen', { datum: verreDatum() });
  expect(res.status).toBe(201);
  expect(res.body.agenda.map((a) => a.zaakId)).toContain(zaak.id);
  return { id: res.body.id, zaakId: zaak.id };
}

/** How to call each state-changing route successfully, keyed as in the OpenAPI document. */
const VERZOEKEN: Readonly<Record<string, (c: Ctx) => Promise<Verzoek>>> = {
  'POST /api/zaken': async () => ({ email: GEBRUIKER.zorgParnassia, pad: '/zaken', body: geldigeZaak(), anders: { email: GEBRUIKER.zorgParnassia, pad: '/zaken', body: geldigeZaak() } }),
  'POST /api/zaken/{id}/events': async ({ api }) => {
    const zaak = await api.maakZaak();
    const body = { type: 'INDIENEN', rowVersion: zaak.rowVersion };
    return { email: GEBRUIKER.zorgParnassia, pad: `/zaken/${zaak.id}/events`, body, anders: { email: GEBRUIKER.zorgParnassia, pad: `/zaken/${zaak.id}/events`, body: { ...body, payload: {} } } };
  },
  'POST /api/zaken/{id}/documenten': async ({ api }) => {
    const zaak = await api.maakZaak();
    const pdf = (tekst: string): Multipart => ({ veld: 'bestand', naam: 'verklaring.pdf', type: 'application/pdf', inhoud: minimalePdf(tekst), velden: { soort: 'overig' } });
    return { email: GEBRUIKER.zorgParnassia, pad: `/zaken/${zaak.id}/documenten`, multipart: pdf('Eerste'), anders: { email: GEBRUIKER.zorgParnassia, pad: `/zaken/${zaak.id}/documenten`, multipart: pdf('Tweede') } };
  },
  'POST /api/beleid': async () => {
    const body = { gemeenteCbs: '0518', geldigVanaf: verreDatum(), beslistermijnWeken: 8, hersteltermijnDagen: 14, zienswijzetermijnDagen: 14, geldigheidMaanden: 6, vierOgen: true, adviescommissieBezwaar: false };
    return { email: GEBRUIKER.beheerder, pad: '/beleid', body, anders: { email: GEBRUIKER.beheerder, pad: '/beleid', body: { ...body, beslistermijnWeken: 9 } } };
  },
  'PUT /api/monitor/scenario/invoer/{jaar}': async () => {
    const body = { ...scenarioInvoerMemo(), jaar: undefined, toelichting: 'Idempotentietest' };
    return { email: GEBRUIKER.coordinator, pad: '/monitor/scenario/invoer/2093', body, anders: { email: GEBRUIKER.coordinator, pad: '/monitor/scenario/invoer/2094', body } };
  },
  'POST /api/beheer/gebruikers': async ({ api }) => {
    const organisatieId = (await api.gebruiker(GEBRUIKER.zorgParnassia)).organisatieId;
    const body = { email: `idem-${uniek()}@parnassia.test`, naam: 'Idempotentie Nieuw', rol: 'zorgmedewerker', organisatieId };
    return { email: GEBRUIKER.beheerder, pad: '/beheer/gebruikers', body, anders: { email: GEBRUIKER.beheerder, pad: '/beheer/gebruikers', body: { ...body, naam: 'Iemand anders' } } };
  },
  'PATCH /api/beheer/gebruikers/{id}': async ({ api }) => {
    const organisatieId = (await api.gebruiker(GEBRUIKER.zorgParnassia)).organisatieId;
    const nieuw = await api.call<{ id: string }>(GEBRUIKER.beheerder, 'POST', '/beheer/gebruikers', { email: `idem-${uniek()}@parnassia.test`, naam: 'Idempotentie Wijzig', rol: 'zorgmedewerker', organisatieId });
    expect(nieuw.status).toBe(201);
    const pad = `/beheer/gebruikers/${nieuw.body.id}`;
    return { email: GEBRUIKER.beheerder, pad, body: { actief: false }, anders: { email: GEBRUIKER.beheerder, pad, body: { naam: 'Iemand anders' } } };
  },
  'PUT /api/huurgrenzen/{jaar}': async () => {
    const body = { kwaliteitskortingsgrens: 498.2, eersteAftoppingsgrens: 713.02, tweedeAftoppingsgrens: 764.14, liberalisatiegrens: 932.93 };
    return { email: GEBRUIKER.beheerder, pad: '/huurgrenzen/2093', body, anders: { email: GEBRUIKER.beheerder, pad: '/huurgrenzen/2093', body: { ...body, liberalisatiegrens: 940 } } };
  },
  'POST /api/plaatsingen': async ({ api }) => {
    expect((await ruimPlafond(api)).status).toBe(200);
    const body = { doelgroep: 'STATUSHOUDER', gemeenteCbs: PIJNACKER, wijkCode: 'WK192602', adres: `Dorpsstraat ${uniek()}, Nootdorp`, huurprijs: 601, ingangsdatum: todayIso() };
    return { email: GEBRUIKER.goedeWoning, pad: '/plaatsingen', body, anders: { email: GEBRUIKER.goedeWoning, pad: '/plaatsingen', body: { ...body, huurprijs: 602 } } };
  },
  'POST /api/plaatsingen/urgentieverklaring': async ({ api }) => {
    expect((await ruimPlafond(api)).status).toBe(200);
    const zaak = await api.brengNaar('zelfZoeken', { woonstart: { cbsCode: PIJNACKER, naam: 'Pijnacker-Nootdorp' } });
    const body = {
      nummer: zaak.plaatsing!.urgentieverklaring!.nummer, gemeenteCbs: PIJNACKER, wijkCode: 'WK192601', adres: `Stationsstraat ${uniek()}, Pijnacker`,
      huurprijs: 655.1, ingangsdatum: todayIso(), begeleidingAkkoord: true, begeleidingsafspraak: 'Wijkteam, eerste drie maanden.',
    };
    return { email: GEBRUIKER.goedeWoning, pad: '/plaatsingen/urgentieverklaring', body, anders: { email: GEBRUIKER.goedeWoning, pad: '/plaatsingen/urgentieverklaring', body: { ...body, huurprijs: 656 } } };
  },
  'PUT /api/plaatsingsruimte/{gemeenteCbs}/{jaar}': async () => {
    const body = { verwachteMutaties: 10000, verwachteMutatiesOnderAftopping: 5000, aandeel: 0.3, basis: 'sociaal', uitzonderingen: [], motivering: 'Idempotentietest.' };
    return { email: GEBRUIKER.coordinator, pad: `/plaatsingsruimte/${PIJNACKER}/${jaar}`, body, anders: { email: GEBRUIKER.coordinator, pad: `/plaatsingsruimte/${PIJNACKER}/${jaar}`, body: { ...body, aandeel: 0.31 } } };
  },
  'POST /api/plaatsingsruimte/ontheffingen': async () => {
    const body = { gemeenteCbs: PIJNACKER, jaar, motivering: `Idempotentietest ${uniek()}: acute situatie.` };
    return { email: GEBRUIKER.coordinator, pad: '/plaatsingsruimte/ontheffingen', body, anders: { email: GEBRUIKER.coordinator, pad: '/plaatsingsruimte/ontheffingen', body: { ...body, motivering: 'Een andere motivering.' } } };
  },
  'POST /api/meldingen/{id}/gelezen': async ({ api, t, ds }) => {
    await api.brengNaar('ingediend');
    await t.running.app.get(OutboxWorker).verwerkOutbox();
    const [rij]: Array<{ id: string; email: DemoEmail }> = await ds.query(
      `SELECT m.id, g.email FROM melding m JOIN gebruiker g ON g.organisatie_id = m.organisatie_id
        WHERE m.gelezen_op IS NULL AND g.email = ANY($1) ORDER BY m.aangemaakt_op DESC LIMIT 1`, [Object.values(GEBRUIKER)]);
    expect(rij).toBeDefined();
    return { email: rij.email, pad: `/meldingen/${rij.id}/gelezen`, anders: { email: rij.email, pad: `/meldingen/${randomUUID()}/gelezen` } };
  },
  'POST /api/woningen': async () => {
    const body = woning();
    return { email: GEBRUIKER.staedion, pad: '/woningen', body, anders: { email: GEBRUIKER.staedion, pad: '/woningen', body: { ...body, kamers: 3 } } };
  },
  'POST /api/woningen/import': async () => {
    const bestand = (adres: string): Multipart => ({ veld: 'bestand', naam: 'woningen.csv', type: 'text/csv', inhoud: csv(adres) });
    return { email: GEBRUIKER.staedion, pad: '/woningen/import', multipart: bestand(`Importlaan ${uniek()}`), anders: { email: GEBRUIKER.staedion, pad: '/woningen/import', multipart: bestand(`Importlaan ${uniek()}`) } };
  },
  'PATCH /api/woningen/{id}/status': async ({ api }) => {
    const w = await api.call<{ id: string }>(GEBRUIKER.staedion, 'POST', '/woningen', woning());
    expect(w.status).toBe(201);
    return { email: GEBRUIKER.staedion, pad: `/woningen/${w.body.id}/status`, body: { status: 'gereserveerd' }, anders: { email: GEBRUIKER.staedion, pad: `/woningen/${w.body.id}/status`, body: { status: 'ingetrokken', reden: 'Sloop.' } } };
  },
  'POST /api/vergaderingen': async () => ({ email: GEBRUIKER.commissie, pad: '/vergaderingen', body: { datum: verreDatum() }, anders: { email: GEBRUIKER.commissie, pad: '/vergaderingen', body: { datum: verreDatum() } } }),
  'PUT /api/vergaderingen/{id}/agenda/{zaakId}/standpunt': async (c) => {
    const v = await vergaderingMetAgenda(c);
    const pad = `/vergaderingen/${v.id}/agenda/${v.zaakId}/standpunt`;
    return { email: GEBRUIKER.commissie, pad, body: { standpunt: 'voor' }, anders: { email: GEBRUIKER.commissie, pad, body: { standpunt: 'tegen' } } };
  },
  'PUT /api/vergaderingen/{id}/agenda/{zaakId}/uitkomst': async (c) => {
    const v = await vergaderingMetAgenda(c);
    const pad = `/vergaderingen/${v.id}/agenda/${v.zaakId}/uitkomst`;
    return { email: GEBRUIKER.commissie, pad, body: { uitkomst: 'Aangenomen.' }, anders: { email: GEBRUIKER.commissie, pad, body: { uitkomst: 'Aangehouden.' } } };
  },
  'POST /api/vergaderingen/{id}/sluiten': async (c) => {
    const v = await vergaderingMetAgenda(c);
    return { email: GEBRUIKER.commissie, pad: `/vergaderingen/${v.id}/sluiten`, anders: { email: GEBRUIKER.commissie, pad: `/vergaderingen/${randomUUID()}/sluiten` } };
  },
  'POST /api/monitor/simulatie': async () => {
    const body = { jaar: 2025, instroomFactor: 0.1, seed: 42 };
    return { email: GEBRUIKER.coordinator, pad: '/monitor/simulatie', body, wijzigt: false, anders: { email: GEBRUIKER.coordinator, pad: '/monitor/simulatie', body: { ...body, seed: 43 } } };
  },
};

/** Login and logout change no data and never store a session token: they ignore the key. */
const ZONDER_SLEUTEL = /^\/api\/auth\//;

describe('Idempotency-Key on every state-changing route', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let routes: string[];

  beforeAll(async () => {
    const doc = (await api.get<{ paths: Record<string, Record<string, unknown>> }>(null, '/docs-json')).body;
    routes = Object.entries(doc.paths).flatMap(([pad, methoden]) => Object.keys(methoden)
      .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => `${m.toUpperCase()} ${pad}`))
      .filter((r) => !ZONDER_SLEUTEL.test(r.split(' ')[1]));
  });

  /** Per table: row count and the newest row version (xmin), so an insert, update or delete anywhere shows. */
  async function afdruk(): Promise<Record<string, string>> {
    const tabellen: Array<{ naam: string }> = await omgeving.db.query(`SELECT tablename AS naam FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const uit: Record<string, string> = {};
    for (const { naam } of tabellen) {
      const [{ n, x }] = await omgeving.db.query(`SELECT count(*)::text AS n, coalesce(max(xmin::text::bigint), 0)::text AS x FROM "${naam}"`);
      uit[naam] = `${n}@${x}`;
    }
    return uit;
  }

  async function stuur(v: Omit<Verzoek, 'anders' | 'wijzigt'>, methode: string, sleutel: string): Promise<Antwoord<unknown>> {
    if (!v.multipart) return api.call(v.email, methode, v.pad, v.body, { 'Idempotency-Key': sleutel });
    const form = new FormData();
    for (const [naam, waarde] of Object.entries(v.multipart.velden ?? {})) form.append(naam, waarde);
    form.append(v.multipart.veld, new Blob([new Uint8Array(v.multipart.inhoud)], { type: v.multipart.type }), v.multipart.naam);
    const res = await fetch(`${omgeving.t.baseUrl}${v.pad}`, { method: methode, headers: { authorization: `Bearer ${await omgeving.t.token(v.email)}`, 'Idempotency-Key': sleutel }, body: form });
    const tekst = await res.text();
    return { status: res.status, body: tekst ? JSON.parse(tekst) : null, headers: res.headers };
  }

  it('finds the routes in the app, and knows how to call every one of them', () => {
    // Sanity: the discovery sees the app (it would otherwise pass vacuously).
    expect(routes).toEqual(expect.arrayContaining(['POST /api/zaken', 'POST /api/zaken/{id}/events', 'PATCH /api/woningen/{id}/status', 'PUT /api/huurgrenzen/{jaar}']));
    expect([...routes].sort()).toEqual(Object.keys(VERZOEKEN).sort());
  });

  it.each(Object.keys(VERZOEKEN))('%s: a replay returns the same response and changes nothing, also after a crash; another request with the key is a 422', async (route) => {
    const methode = route.split(' ')[0];
    const v = await VERZOEKEN[route]({ api, t: omgeving.t, ds: omgeving.db });
    const sleutel = randomUUID();

    const voor = await afdruk();
    const eerste = await stuur(v, methode, sleutel);
    // The body only when it failed, so a broken setup names its reason.
    expect({ gelukt: eerste.status >= 200 && eerste.status < 300, fout: eerste.status >= 300 ? eerste.body : null }).toEqual({ gelukt: true, fout: null });
    expect(eerste.headers.get(HERHAALD_HEADER)).toBeNull();
    const na = await afdruk();
    if (v.wijzigt === false) {
      // Only the stored answer is new.
      expect({ ...na, idempotentie_sleutel: '' }).toEqual({ ...voor, idempotentie_sleutel: '' });
    } else {
      expect(Object.keys(na).filter((k) => na[k] !== voor[k] && k !== 'idempotentie_sleutel').length).toBeGreaterThan(0);
    }

    const tweede = await stuur(v, methode, sleutel);
    expect({ status: tweede.status, body: tweede.body, herhaald: tweede.headers.get(HERHAALD_HEADER) }).toEqual({ status: eerste.status, body: eerste.body, herhaald: 'true' });
    expect(await afdruk()).toEqual(na);

    verwachtProbleem(await stuur(v.anders, methode, sleutel), 422, /Idempotency-Key/);
    expect(await afdruk()).toEqual(na);

    // As if the process died between the commit and storing the answer: the replay rebuilds it from
    // the change's stored result instead of running the change again. A route that wrote outside
    // TransactionService would run its change a second time here.
    await omgeving.db.query('UPDATE idempotentie_sleutel SET status = NULL, antwoord = NULL WHERE sleutel = $1', [sleutel]);
    const herbouwd = await stuur(v, methode, sleutel);
    expect({ status: herbouwd.status, body: herbouwd.body, herhaald: herbouwd.headers.get(HERHAALD_HEADER) })
      .toEqual({ status: eerste.status, body: eerste.body, herhaald: v.wijzigt === false ? null : 'true' });
    // Only the stored answer (and, for a rebuilt case detail, the access log of that read) may differ.
    const zonder = (a: Record<string, string>) => ({ ...a, idempotentie_sleutel: '', toegangslog: '' });
    expect(zonder(await afdruk())).toEqual(zonder(na));
  });
});
