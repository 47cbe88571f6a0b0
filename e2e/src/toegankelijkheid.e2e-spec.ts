import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, loginAs } from './support/browser';

/** WCAG 2.1 A/AA checks with axe-core on every page a role works on. */
async function schendingen(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('toegankelijkheid (axe-core, WCAG 2.1 AA)', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('inlogpagina', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/inloggen`);
    await page.locator('select#gebruiker option').nth(2).waitFor({ state: 'attached' });
    expect(await schendingen(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['commissie@haaglanden.demo', '/zaken', 'Werkvoorraad toetsingscommissie'],
    ['zorg@parnassia.demo', '/zaken/nieuw', 'Nieuw uitstroomverzoek'],
    ['intake@denhaag.demo', '/zaken', 'Aanvragen van mijn gemeente'],
    ['intake@denhaag.demo', '/zaken/nieuw', 'Nieuwe aanvraag'],
    ['corporatie@staedion.demo', '/woningen', 'Woningen van Staedion'],
    ['coordinator@haaglanden.demo', '/monitor', 'Regionale monitor'],
    ['coordinator@haaglanden.demo', '/plaatsingsruimte', 'Plaatsingsruimte'],
    ['corporatie@staedion.demo', '/plaatsingen', 'Plaatsingen'],
    ['beheer@haaglanden.demo', '/beheer/huurgrenzen', 'Huurgrenzen'],
    ['zorg@parnassia.demo', '/meldingen', 'Meldingen'],
    ['beheer@haaglanden.demo', '/mailbox', 'Verzonden e-mail'],
    ['coordinator@haaglanden.demo', '/monitor/jaarrapportage', 'Jaarrapportage urgenties'],
    ['coordinator@haaglanden.demo', '/monitor/scenario', 'Scenariotabel verdeelafspraken'],
    ['coordinator@haaglanden.demo', '/monitor/simulatie', 'Simulatie van een jaar'],
    ['intake@denhaag.demo', '/monitor', 'Regionale monitor'],
  ])('%s op %s', async (email, pad, kop) => {
    const { context, page } = await loginAs(browser, email);
    await page.goto(`${baseUrl()}${pad}`);
    await page.getByRole('heading', { name: kop }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await schendingen(page)).toEqual([]);
    await context.close();
  });

  it('zaakdetail met acties, tijdlijn en diagram', async () => {
    const { context, page } = await loginAs(browser, 'commissie@haaglanden.demo');
    await page.getByRole('table').locator('tbody tr a').first().click();
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    const eersteActie = page.getByRole('region', { name: 'Acties' }).getByRole('button').first();
    if (await eersteActie.count()) await eersteActie.click();
    expect(await schendingen(page)).toEqual([]);
    await context.close();
  });

  it('alles is met het toetsenbord bereikbaar: de skiplink gaat naar de inhoud', async () => {
    const { context, page } = await loginAs(browser, 'commissie@haaglanden.demo');
    await page.goto(`${baseUrl()}/zaken`);
    await page.getByRole('heading', { name: 'Werkvoorraad toetsingscommissie' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    expect(new URL(page.url()).pathname).toBe('/zaken');
    await context.close();
  });
});
