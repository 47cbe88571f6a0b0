import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { minimalePdf } from '@woonstart/testing';
import { baseUrl, launch, loginAs, shot } from './support/browser';

/**
 * Intake by the gemeente, in the browser: the gemeente Den Haag registers a medical
 * application of a resident living at home (no admission), attaches an ID and a GP's
 * statement, submits it; the commissie sees the ID (not the medical statement) and
 * downloads it.
 */
describe('aanvraag via de gemeente met documenten', () => {
  let browser: Browser;
  let zaakPad = '';
  const achternaam = `Intake-${Date.now().toString(36)}`;

  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  async function volgende(page: Page, kop: string): Promise<void> {
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: kop }).waitFor();
  }

  async function uploaden(page: Page, naam: string, soort: string, tekst: string): Promise<void> {
    const documenten = page.getByRole('region', { name: 'Documenten' });
    await documenten.getByLabel(/^Bestand/).setInputFiles({ name: naam, mimeType: 'application/pdf', buffer: minimalePdf(tekst) });
    await documenten.getByLabel(/^Soort document/).selectOption({ label: soort });
    await documenten.getByRole('button', { name: 'Document toevoegen' }).click();
    await documenten.getByText(`Document '${naam}' is toegevoegd.`).waitFor();
    await documenten.getByRole('link', { name: new RegExp(`^Download ${naam.replace('.', '\\.')}`) }).waitFor();
  }

  it('de gemeente registreert een medische aanvraag zonder opname, voegt documenten toe en dient in', async () => {
    const { context, page } = await loginAs(browser, 'intake@denhaag.demo');
    // The gemeente starts on its own applications.
    await page.getByRole('heading', { name: 'Aanvragen van mijn gemeente' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe aanvraag' }).click();
    await page.getByRole('heading', { name: 'Nieuwe aanvraag', level: 1 }).waitFor();
    expect(await page.title()).toBe('Nieuwe aanvraag – Woonstart');

    await page.getByLabel('Voornamen *').fill('Henk');
    await page.getByLabel('Achternaam *').fill(achternaam);
    await page.getByLabel('Geboortedatum *').fill('1951-11-03');
    await volgende(page, 'Stap 2: Huishouden');
    await volgende(page, 'Stap 3: Inschrijvingshistorie');
    // One current woonadres, in the gemeente itself, is already there.
    expect(await page.locator('#i-type-0').inputValue()).toBe('woonadres');
    expect(await page.locator('#i-gem-0').inputValue()).toBe('0518');
    await page.locator('#i-van-0').fill('1998-04-01');
    await volgende(page, 'Stap 4: Opname (optioneel)');
    expect(await page.locator('[id^=o-inst-]').count()).toBe(0);
    await page.getByText('Geen opname: de commissie stelt de herkomstgemeente vast').waitFor();
    await volgende(page, 'Stap 5: Categorie en gemeente');

    // Only the categories a gemeente registers; the uitstroom categories belong to the zorginstellingen.
    const categorieen = await page.getByLabel('Urgentiecategorie *').locator('option').allTextContents();
    expect(categorieen).toContain('Medisch urgent');
    expect(categorieen).toContain('Mantelzorgontvanger of -verlener');
    expect(categorieen.filter((c) => c.startsWith('Uitstroom'))).toEqual([]);
    await page.getByLabel('Urgentiecategorie *').selectOption('MED');
    expect(await page.getByLabel(/Behandelende gemeente/).inputValue()).toBe('0518');
    await volgende(page, 'Stap 6: Ondersteuning en woonwensen');
    await page.getByLabel(/Woonwensen/).fill('Gelijkvloers; de huidige woning is op drie hoog zonder lift.');
    await volgende(page, 'Stap 7: Controleren en opslaan');
    await shot(page, '40-gemeente-aanvraag-controleren');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.waitForURL(/\/zaken\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    zaakPad = new URL(page.url()).pathname;

    // A Dutch message when nothing is chosen; then two documents, one of them medical.
    const documenten = page.getByRole('region', { name: 'Documenten' });
    await documenten.getByRole('button', { name: 'Document toevoegen' }).click();
    await documenten.getByText('Kies een bestand om te uploaden.').waitFor();
    await documenten.getByText('Kies de soort van het document.').waitFor();
    expect(await documenten.getByLabel(/^Bestand/).getAttribute('aria-invalid')).toBe('true');
    await uploaden(page, 'Kopie paspoort.pdf', 'Identiteitsbewijs', 'Kopie paspoort Henk');
    await uploaden(page, 'Verklaring huisarts.pdf', 'Medische verklaring', 'COPD, traplopen niet mogelijk');
    expect(await documenten.getByRole('row').count()).toBe(3);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await shot(page, '41-gemeente-documenten');

    await page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Indienen', exact: true }).click();
    await page.locator('section.actie').locator('button[type=submit]').click();
    await page.getByText('Indienen: gelukt.').waitFor();
    await page.getByText('Ingediend: ontvankelijkheid').first().waitFor();
    // Submitted: the gemeente cannot add documents any more (until the commissie asks for more).
    expect(await documenten.getByRole('button', { name: 'Document toevoegen' }).count()).toBe(0);
    await context.close();
  });

  it('de commissie ziet het identiteitsbewijs (niet de medische verklaring) en downloadt het', async () => {
    expect(zaakPad).toMatch(/^\/zaken\//);
    const { context, page } = await loginAs(browser, 'commissie@haaglanden.demo');
    await page.goto(`${baseUrl()}${zaakPad}`);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    const documenten = page.getByRole('region', { name: 'Documenten' });
    const link = documenten.getByRole('link', { name: /^Download Kopie paspoort\.pdf/ });
    await link.waitFor();
    expect(await documenten.getByText('Verklaring huisarts.pdf').count()).toBe(0);
    await shot(page, '42-commissie-documenten');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Kopie paspoort.pdf');
    const res = await page.request.get(`${baseUrl()}${await link.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await context.close();
  });
});
