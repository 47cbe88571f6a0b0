import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, loginAs, shot } from './support/browser';

/** WCAG 2.1 A/AA violations on the page as it stands, one line each. */
async function schendingen(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** An ISO date some days from today; random so reruns on the same data do not collide. */
function overDagen(min: number, spreiding: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + min + Math.floor(Math.random() * spreiding));
  return d.toISOString().slice(0, 10);
}

/**
 * The committee meeting end to end: a member plans it (the agenda holds the cases in
 * besluitvorming), two members record their positions, one records the outcome and
 * closes the meeting, and the minutes are a PDF. Then the beheerder adds a policy version.
 */
describe('vergadering van de toetsingscommissie en beleidsversies', () => {
  let browser: Browser;
  let vergaderingPad = '';
  const vergaderdatum = overDagen(7, 300);

  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('commissielid plant een vergadering en legt een standpunt vast', async () => {
    const { context, page } = await loginAs(browser, 'commissie@haaglanden.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vergaderingen' }).click();
    await page.getByRole('heading', { name: 'Vergaderingen', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await schendingen(page)).toEqual([]);

    // A date in the past is refused at the field.
    await page.getByLabel(/Vergaderdatum/).fill('2020-01-06');
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await expect(page.locator('#v-datum-fout').textContent()).resolves.toContain('vandaag of een latere datum');

    await page.getByLabel(/Vergaderdatum/).fill(vergaderdatum);
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.waitForURL(/\/vergaderingen\/[0-9a-f-]{36}$/);
    vergaderingPad = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: /^Vergadering van .* Gepland$/ }).waitFor();
    await page.getByText(/is gepland met \d+ agendapunt/).waitFor();

    const punt = page.locator('ws-agendapunt').first();
    await punt.waitFor();
    expect(await punt.getByRole('link', { name: /zaak WS-/ }).getAttribute('href')).toMatch(/^\/zaken\/[0-9a-f-]{36}$/);
    await page.waitForLoadState('networkidle');
    expect(await schendingen(page)).toEqual([]);

    // Saving without a choice says what is missing.
    await punt.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await punt.getByText('Kies voor, tegen of onthouding.').waitFor();

    await punt.getByRole('group', { name: /Uw standpunt bij zaak/ }).getByLabel('Voor').check();
    await punt.getByLabel(/Opmerking bij uw standpunt/).fill('Goed onderbouwd; de begeleiding is geregeld.');
    await punt.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await punt.getByText(/Uw standpunt bij zaak WS-.* is opgeslagen: voor\./).waitFor();
    await punt.getByText('Stemming: 1 voor, 0 tegen, 0 onthoudingen').waitFor();
    await shot(page, '30-vergadering-standpunt');
    await context.close();
  });

  it('tweede lid legt een standpunt en de uitkomst vast en sluit de vergadering; de notulen zijn een PDF', async () => {
    const { context, page } = await loginAs(browser, 'commissie2@haaglanden.demo');
    await page.goto(`${baseUrl()}/vergaderingen`);
    await page.locator(`a[href="${vergaderingPad}"]`).click();
    await page.getByRole('heading', { name: /^Vergadering van/ }).waitFor();

    const punt = page.locator('ws-agendapunt').first();
    await punt.getByText('Pieter Jansen').waitFor();
    await punt.getByText('Goed onderbouwd; de begeleiding is geregeld.').waitFor();
    await punt.getByRole('group', { name: /Uw standpunt bij zaak/ }).getByLabel('Tegen').check();
    await punt.getByLabel(/Opmerking bij uw standpunt/).fill('Het netwerk is onvoldoende onderzocht.');
    await punt.getByRole('button', { name: 'Standpunt opslaan' }).click();
    await punt.getByText('Stemming: 1 voor, 1 tegen, 0 onthoudingen').waitFor();

    await punt.getByLabel(/Uitkomst van agendapunt 1/).fill('Voorstel tot toekenning (bemiddeling) aangenomen.');
    await punt.getByRole('button', { name: 'Uitkomst opslaan' }).click();
    await punt.getByText(/De uitkomst bij zaak WS-.* is opgeslagen\./).waitFor();

    // After a reload the member's own position is preselected.
    await page.reload();
    await page.locator('ws-agendapunt').first().getByText('Noor Bakker').waitFor();
    expect(await page.locator('ws-agendapunt').first().getByLabel('Tegen').isChecked()).toBe(true);

    // Closing asks for confirmation first; cancelling changes nothing.
    await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
    await page.getByText('Weet u zeker dat u de vergadering wilt sluiten?').waitFor();
    expect(await schendingen(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
    await page.getByRole('button', { name: 'Ja, vergadering definitief sluiten' }).click();

    const notulen = page.getByRole('link', { name: /Notulen \(PDF\)/ });
    await notulen.waitFor();
    await page.getByRole('heading', { name: /^Vergadering van .* Gesloten$/ }).waitFor();
    expect(await notulen.getAttribute('target')).toBe('_blank');
    // Read-only now: no position or outcome forms left.
    expect(await page.locator('input[type=radio], textarea').count()).toBe(0);
    await page.locator('ws-agendapunt').first().getByText('Voorstel tot toekenning (bemiddeling) aangenomen.').waitFor();
    expect(await schendingen(page)).toEqual([]);
    await shot(page, '31-vergadering-gesloten');

    const href = await notulen.getAttribute('href');
    expect(href).toBe(`/api${vergaderingPad}/notulen.pdf`);
    const pdf = await context.request.get(`${baseUrl()}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('beheerder legt een nieuwe beleidsversie vast; foute invoer staat bij het veld', async () => {
    const { context, page } = await loginAs(browser, 'beheer@haaglanden.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beleid' }).click();
    await page.getByRole('heading', { name: 'Beleid per gemeente' }).waitFor();
    const tabel = page.getByRole('table', { name: 'Rijswijk' });
    await tabel.getByText('Geldt vandaag').waitFor();
    expect(await schendingen(page)).toEqual([]);

    const geldigVanaf = overDagen(30, 600);
    await page.getByLabel(/^Gemeente/).selectOption({ label: 'Rijswijk' });
    await page.getByLabel(/^Geldig vanaf/).fill(geldigVanaf);
    await page.getByLabel(/^Beslistermijn/).fill('30');
    await page.getByRole('button', { name: 'Beleidsversie vastleggen' }).click();
    await expect(page.locator('#nb-beslistermijnWeken-fout').textContent()).resolves.toContain('van 1 tot en met 26');
    expect(await page.getByLabel(/^Beslistermijn/).getAttribute('aria-invalid')).toBe('true');
    expect(await schendingen(page)).toEqual([]);
    await shot(page, '32-beleid-veldfout');

    await page.getByLabel(/^Beslistermijn/).fill('10');
    await page.getByRole('button', { name: 'Beleidsversie vastleggen' }).click();
    await page.getByText('De nieuwe beleidsversie voor Rijswijk is vastgelegd').waitFor();
    const nieuw = tabel.locator('tbody tr').filter({ hasText: 'Gaat nog in' }).filter({ hasText: '10 weken' });
    await nieuw.waitFor();

    // The same gemeente and date twice: the api's refusal stands at the date field.
    await page.getByLabel(/^Gemeente/).selectOption({ label: 'Rijswijk' });
    await page.getByLabel(/^Geldig vanaf/).fill(geldigVanaf);
    await page.getByRole('button', { name: 'Beleidsversie vastleggen' }).click();
    await expect(page.locator('#nb-geldigVanaf-fout').textContent()).resolves.toContain('Er is al een beleidsversie voor Rijswijk');
    await shot(page, '33-beleid-nieuwe-versie');
    await context.close();
  });

  it('commissielid ziet het beleid alleen in', async () => {
    const { context, page } = await loginAs(browser, 'commissie@haaglanden.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beleid' }).click();
    await page.getByRole('heading', { name: 'Beleid per gemeente' }).waitFor();
    await page.getByRole('table', { name: 'Den Haag' }).waitFor();
    expect(await page.locator('form').count()).toBe(0);
    expect(await schendingen(page)).toEqual([]);
    await context.close();
  });
});
