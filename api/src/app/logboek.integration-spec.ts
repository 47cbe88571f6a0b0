import { randomUUID } from 'node:crypto';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { WoonstartApi, verwacht } from '../testing/woonstart-api';
import { geldigeZaak, medischAdvies } from '../testing/zaak-fixtures';

/**
 * The logs hold no BSN and no medical text: an integration run with logging on
 * (pino at level info into a buffer, plus what the database layer prints)
 * sends both in query strings, bodies, a refused body and a failing query, and
 * none of it may appear in the output.
 */

/** A valid BSN (elfproef) as a person would have one. */
const BSN = '123456782';
const MEDISCH = `Medische logproef ${randomUUID().slice(0, 8)}: epilepsie met nachtelijke aanvallen`;

describe('logs carry no BSN and no medical text', () => {
  let t: TestApp;
  let api: WoonstartApi;
  const regels: string[] = [];
  const console_: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ logStream: { write: (regel: string) => { regels.push(regel); } } });
    api = new WoonstartApi(t);
    for (const soort of ['log', 'warn', 'error', 'info'] as const) {
      jest.spyOn(console, soort).mockImplementation((...args: unknown[]) => { console_.push(args.map(String).join(' ')); });
    }

    // In query strings: a search by BSN, the medical text as a filter.
    await api.get(GEBRUIKER.commissie, `/zaken?bsn=${BSN}&zoek=${encodeURIComponent(MEDISCH)}`);
    await api.get(GEBRUIKER.commissie, `/zaken?status=ingediend&perPagina=5&q=${BSN}`);
    // In bodies: refused (an unknown field) and accepted.
    const geweigerd = await api.call(GEBRUIKER.zorgParnassia, 'POST', '/zaken', { ...geldigeZaak(), bsn: BSN, toelichting: MEDISCH });
    expect(geweigerd.status).toBe(400);
    const zaak = await api.brengNaar('besluitvorming', { categorie: 'MED' });
    const advies = await api.stuur(GEBRUIKER.arts, zaak, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies({ details: `${MEDISCH} (BSN ${BSN})` }));
    verwacht(advies, 200, 'medisch advies');
    const gelezen = await api.get<unknown[]>(GEBRUIKER.arts, `/zaken/${zaak.id}/medisch-advies?bsn=${BSN}`);
    verwacht(gelezen, 200, 'medisch advies lezen');
    expect(JSON.stringify(gelezen.body)).toContain(MEDISCH);
    // A query the database refuses, with the BSN as its parameter: the database layer logs the failure.
    await expect(t.running.db.dataSource.query('SELECT $1::uuid AS id', [BSN])).rejects.toThrow();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('the requests were logged (so the search below looks at something)', () => {
    const log = regels.join('');
    expect(regels.length).toBeGreaterThan(10);
    expect(log).toContain('/api/zaken');
    expect(log).toContain('"statusCode":400');
    expect(log).toContain('/medisch-advies');
    expect(console_.join('\n')).toMatch(/Databasefout 22P02/);
  });

  it('no log line contains the BSN or the medical text, nor a query string', () => {
    const log = regels.join('');
    expect(log).not.toContain(BSN);
    expect(log).not.toContain(MEDISCH.slice(0, 30));
    expect(log).not.toContain('epilepsie');
    expect(log).not.toMatch(/"url":"[^"]*\?/);
    expect(log).not.toMatch(/authorization|woonstart_sessie=/i);
    const database = console_.join('\n');
    expect(database).not.toContain(BSN);
    expect(database).not.toContain('epilepsie');
  });
});
