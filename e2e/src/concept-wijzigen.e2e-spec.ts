import type { Browser, Page } from 'playwright-core';
import { launch, loginAs, shot } from './support/browser';

async function vulMinimaleAanvraag(page: Page, achternaam: string): Promise<void> {
  await page.getByLabel('Voornamen *').fill('Mira');
  await page.getByLabel('Achternaam *').fill(achternaam);
  await page.getByLabel('Geboortedatum *').fill('1995-07-21');
  for (const stap of ['Stap 2: Huishouden', 'Stap 3: Inschrijvingshistorie']) {
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: stap }).waitFor();
  }
  await page.locator('#i-gem-0').selectOption('0603');
  await page.locator('#i-van-0').fill('2016-02-01');
  await page.locator('#i-tot-0').fill('2024-12-31');
  await page.locator('#i-gem-1').selectOption('0603');
  await page.locator('#i-van-1').fill('2025-01-01');
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await page.locator('#o-van-0').fill('2025-01-01');
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await page.getByLabel('Urgentiecategorie *').selectOption('MO');
  await page.getByLabel(/Behandelende gemeente/).selectOption('0603');
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await page.getByRole('heading', { name: 'Stap 7: Controleren en opslaan' }).waitFor();
}

describe('een concept opslaan, later wijzigen en indienen', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('bewaart het concept, toont de gegevens in het formulier en legt de wijziging vast', async () => {
    const naam = `Concept-${Date.now().toString(36)}`;
    const { context, page } = await loginAs(browser, 'zorg@kessler.demo');
    await page.goto(page.url().replace(/\/zaken.*$/, '/zaken/nieuw'));
    await page.getByRole('heading', { name: 'Nieuw uitstroomverzoek' }).waitFor();
    await vulMinimaleAanvraag(page, naam);
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    await page.getByText('Concept', { exact: true }).first().waitFor();

    await page.getByRole('link', { name: 'Gegevens wijzigen' }).click();
    await page.getByRole('heading', { name: /Gegevens wijzigen – zaak WS-/ }).waitFor();
    await page.getByLabel('Achternaam *').waitFor();
    expect(await page.getByLabel('Achternaam *').inputValue()).toBe(naam);
    await page.getByLabel('Achternaam *').fill(`${naam}-gewijzigd`);
    await page.getByRole('button', { name: /Controleren en opslaan/ }).click();
    await shot(page, '11-concept-wijzigen');
    await page.getByRole('button', { name: 'Opslaan en indienen' }).click();

    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    await page.getByText(`Mira ${naam}-gewijzigd`).waitFor();
    await page.getByText('Ingediend: ontvankelijkheid').first().waitFor();
    const stappen = await page.getByRole('region', { name: 'Tijdlijn' }).locator('li strong').allTextContents();
    expect(stappen).toEqual(['Aangemaakt', 'Gegevens wijzigen', 'Indienen']);
    expect(await page.getByRole('link', { name: 'Gegevens wijzigen' }).count()).toBe(0);
    await context.close();
  });
});
