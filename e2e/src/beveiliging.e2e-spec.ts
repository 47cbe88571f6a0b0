import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zaakInBemiddeling } from './support/api';
import { baseUrl, launch, loginAs } from './support/browser';

/**
 * What the browser keeps and shows others: the built app runs under its strict CSP, no personal
 * data ends up in an address (history, logs of proxies, Referer) or in browser storage, the
 * session cookie is out of reach of scripts, and every api answer forbids caching.
 */

/** Records what a page does that could leak: addresses visited or requested, CSP refusals, api caching. */
class Waarnemer {
  readonly adressen = new Set<string>();
  readonly cspMeldingen: string[] = [];
  readonly cachebareApiAntwoorden: string[] = [];

  async volg(page: Page): Promise<void> {
    // The browser's own report of every refusal, registered before any page script runs (not itself subject to the CSP).
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('request', (r) => this.adressen.add(r.url()));
    page.on('framenavigated', (f) => this.adressen.add(f.url()));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) this.cspMeldingen.push(m.text());
    });
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/') && !/no-store/.test(r.headers()['cache-control'] ?? '')) this.cachebareApiAntwoorden.push(r.url());
    });
  }
}

/** Everything a script on the page can keep or read: it must all be empty. */
async function browseropslag(page: Page): Promise<{ localStorage: number; sessionStorage: number; indexedDB: string[]; cookies: string; caches: string[] }> {
  return page.evaluate(async () => ({
    localStorage: window.localStorage.length,
    sessionStorage: window.sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
    cookies: document.cookie,
    caches: 'caches' in window ? await caches.keys() : [],
  }));
}

const LEEG = { localStorage: 0, sessionStorage: 0, indexedDB: [], cookies: '', caches: [] };
/** A BSN: nine digits on their own. */
const BSN = /(?<!\d)\d{9}(?!\d)/;
/** Case ids are UUIDs, whose hex groups can hold nine digits in a row ("…-44e301761432"): not a BSN. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The birth dates of the case (support/api.ts) and of the request typed below. */
const GEBOORTEDATUMS = ['1990-05-17', '2015-03-01', '1984-02-29'];
/** Whether an address holds personal data of the test persons or anything shaped like a BSN. */
function bevatPersoonsgegevens(adres: string, achternaam: string): boolean {
  const zonderIds = adres.replace(UUID, '');
  return adres.includes(encodeURIComponent(achternaam)) || adres.includes(achternaam) || BSN.test(zonderIds) || GEBOORTEDATUMS.some((d) => adres.includes(d));
}

describe('beveiliging in de browser', () => {
  let browser: Browser;
  const achternaam = `Privé-${Date.now().toString(36)}`;
  let zaakId = '';

  beforeAll(async () => {
    browser = await launch();
    zaakId = (await zaakInBemiddeling(achternaam)).id;
  });
  afterAll(async () => { await browser?.close(); });

  it('the built app loads and runs under its strict CSP (no inline script, no violation)', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const w = new Waarnemer();
    await w.volg(page);
    const res = await page.goto(`${baseUrl()}/inloggen`);
    const csp = res!.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(res!.headers()['referrer-policy']).toBe('no-referrer');
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    await page.locator('select#gebruiker option[value="intake@denhaag.demo"]').waitFor({ state: 'attached' });
    // The stylesheet applied: the login button has the house colour, not the browser's grey.
    expect(await page.getByRole('button', { name: 'Inloggen' }).evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgb(239, 239, 239)');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(w.cspMeldingen).toEqual([]);
    await context.close();
  });

  it('a journey through the work list and a case leaves no personal data in addresses or browser storage', async () => {
    const w = new Waarnemer();
    const contexts: BrowserContext[] = [];

    // The corporatie finds the candidate in its list and opens the case.
    const corporatie = await loginAs(browser, 'corporatie@staedion.demo');
    contexts.push(corporatie.context);
    await w.volg(corporatie.page);
    const page = corporatie.page;
    await page.goto(`${baseUrl()}/zaken`);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByRole('table').waitFor();
    await page.goto(`${baseUrl()}/zaken/${zaakId}`);
    await page.getByText(achternaam).first().waitFor();
    await page.goto(`${baseUrl()}/woningen`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await browseropslag(page)).toEqual(LEEG);

    // A zorgmedewerker types personal data into a new request (and leaves it).
    const zorg = await loginAs(browser, 'zorg@parnassia.demo');
    contexts.push(zorg.context);
    await w.volg(zorg.page);
    await zorg.page.goto(`${baseUrl()}/zaken/nieuw`);
    await zorg.page.locator('#achternaam').fill(`${achternaam}-concept`);
    await zorg.page.locator('#geboortedatum').fill('1984-02-29');
    await zorg.page.getByRole('heading', { level: 1 }).click();
    expect(await browseropslag(zorg.page)).toEqual(LEEG);

    // The commissie filters its work list and opens the case.
    const commissie = await loginAs(browser, 'commissie@haaglanden.demo');
    contexts.push(commissie.context);
    await w.volg(commissie.page);
    await commissie.page.goto(`${baseUrl()}/zaken`);
    await commissie.page.locator('#f-gemeente').selectOption('0518');
    await commissie.page.getByRole('button', { name: 'Filteren' }).click();
    await commissie.page.waitForURL(/gemeente=0518/);
    await commissie.page.goto(`${baseUrl()}/zaken/${zaakId}`);
    await commissie.page.getByText(achternaam).first().waitFor();
    expect(await browseropslag(commissie.page)).toEqual(LEEG);

    const adressen = [...w.adressen];
    expect(adressen.length).toBeGreaterThan(10);
    expect(adressen.filter((a) => bevatPersoonsgegevens(a, achternaam))).toEqual([]);
    expect(w.cachebareApiAntwoorden).toEqual([]);
    expect(w.cspMeldingen).toEqual([]);

    // After logging out nothing is left that a next user of this computer could read.
    await commissie.page.getByRole('button', { name: 'Uitloggen' }).click();
    await commissie.page.waitForURL(/\/inloggen/);
    expect(await browseropslag(commissie.page)).toEqual(LEEG);
    expect((await commissie.context.cookies()).map((c) => c.name)).toEqual([]);
    for (const c of contexts) await c.close();
  });

  it('the session cookie is httpOnly and SameSite=Strict, so no script can read or send it cross-site', async () => {
    const { context } = await loginAs(browser, 'arts@haaglanden.demo');
    const sessie = (await context.cookies()).find((c) => c.name === 'woonstart_sessie');
    expect(sessie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    await context.close();
  });
});
