import type { Browser, Page } from 'playwright-core';
import { roep } from './support/api';
import { ROLLEN, linkPaden, paginaGeladen, patroonVan, routePatronen, schendingen, zorgVoorVergadering } from './support/axe';
import { baseUrl, launch, loginAs, shot } from './support/browser';

/**
 * WCAG 2.1 A/AA checks with axe-core on every route of the web app, for every role that can
 * open it. Each role starts from its menu and follows every link inside the page to a route
 * it has not checked yet (a case, a dwelling, a meeting, the mailbox…); collapsed parts
 * (<details>) are checked open too. The last test compares what was checked with the
 * router's configuration, so a new route without a check fails here.
 */
interface ZaakRij { id: string; state: string; allowedEvents: string[] }

describe('toegankelijkheid van elke route (axe-core, WCAG 2.1 A en AA)', () => {
  let browser: Browser;
  const patronen = routePatronen();
  /** Route pattern → who had it checked. */
  const gecontroleerd = new Map<string, Set<string>>();

  beforeAll(async () => {
    browser = await launch();
    await zorgVoorVergadering();
  });
  afterAll(async () => { await browser?.close(); });

  function noteer(patroon: string, wie: string): void {
    gecontroleerd.set(patroon, (gecontroleerd.get(patroon) ?? new Set()).add(wie));
  }

  /** Opens a path, checks it (and again with every <details> open) and returns the in-app links on it. */
  async function controleer(page: Page, wie: string, pad: string, fouten: string[]): Promise<string[]> {
    await page.goto(`${baseUrl()}${pad}`);
    // The start page only sends each role on to its own page: check where it lands.
    if (pad === '/') await page.waitForURL((u) => u.pathname !== '/');
    await paginaGeladen(page);
    const patroon = patroonVan(pad, patronen);
    if (patroon !== '**') expect(await page.locator('main h1').first().textContent()).not.toContain('Pagina niet gevonden');
    fouten.push(...(await schendingen(page, `${wie} ${pad}`)));
    const dicht = page.locator('main details:not([open])');
    if (await dicht.count()) {
      await dicht.evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      fouten.push(...(await schendingen(page, `${wie} ${pad} (uitgeklapt)`)));
    }
    noteer(patroon, wie);
    return linkPaden(page, 'main');
  }

  /** Every route this page and what it links to leads to, one path per route pattern. */
  async function loopAf(page: Page, wie: string, start: string[], fouten: string[]): Promise<void> {
    const bezocht = new Set<string>();
    const rij = [...start];
    while (rij.length) {
      const pad = rij.shift()!;
      if (pad.startsWith('/api/')) continue;
      const patroon = patroonVan(pad, patronen);
      if (bezocht.has(patroon)) continue;
      bezocht.add(patroon);
      rij.push(...(await controleer(page, wie, pad, fouten)));
    }
  }

  it('inlogpagina en toegankelijkheidsverklaring zonder in te loggen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    const fouten: string[] = [];
    await page.goto(`${baseUrl()}/inloggen`);
    await page.locator('select#gebruiker option').nth(2).waitFor({ state: 'attached' });
    fouten.push(...(await schendingen(page, 'publiek /inloggen')));
    noteer('inloggen', 'publiek');

    // The verklaring is reachable from the login page (its footer) and readable without an account.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/toegankelijkheid');
    await page.waitForLoadState('networkidle');
    await page.getByText('Status: C – eerste maatregelen genomen').waitFor();
    fouten.push(...(await schendingen(page, 'publiek /toegankelijkheid')));
    noteer('toegankelijkheid', 'publiek');
    await shot(page, 'toegankelijkheidsverklaring');

    await page.goto(`${baseUrl()}/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    fouten.push(...(await schendingen(page, 'publiek /bestaat-niet')));
    noteer('**', 'publiek');
    expect(fouten).toEqual([]);
    await context.close();
  });

  it.each(ROLLEN)('%s: elke pagina uit het menu en alles waar die naar linkt', async (rol, email) => {
    const { context, page } = await loginAs(browser, email);
    const fouten: string[] = [];
    try {
      const menu = await linkPaden(page, 'nav[aria-label=Hoofdmenu]');
      expect(menu.length).toBeGreaterThan(0);
      const extra: string[] = [];
      // A concept is changed on its own route; it is reached from a concept case, which the first linked case need not be.
      if (rol === 'zorgmedewerker' || rol === 'gemeentemedewerker') {
        const lijst = await roep<{ items: ZaakRij[] }>(email, 'GET', '/zaken?perPagina=100');
        const concept = lijst.items.find((z) => z.allowedEvents.includes('GEGEVENS_WIJZIGEN'));
        if (!concept) throw new Error(`Geen concept om te wijzigen voor ${email}`);
        extra.push(`/zaken/${concept.id}/wijzigen`);
      }
      await loopAf(page, rol, ['/', ...menu, ...extra, '/toegankelijkheid', '/deze-pagina-bestaat-niet'], fouten);
    } finally {
      await context.close();
    }
    expect(fouten).toEqual([]);
  }, 900_000);

  it('elke route uit de routerconfiguratie is gecontroleerd', () => {
    const overzicht = patronen.map((p) => `/${p}: ${[...(gecontroleerd.get(p) ?? [])].join(', ') || 'NIET GECONTROLEERD'}`);
    console.log(`Gecontroleerde routes en rollen:\n${overzicht.join('\n')}`);
    expect(patronen.filter((p) => !gecontroleerd.has(p))).toEqual([]);
  });
});
