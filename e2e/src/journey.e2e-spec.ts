import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, loginAs, shot } from './support/browser';

/**
 * The spine end to end, as its users do it in the browser: a zorginstelling submits an
 * uitstroomverzoek, the committee records herkomst, weighing and a positive decision for
 * bemiddeling, a corporatie offers a dwelling and registers the placement.
 */
describe('van uitstroomverzoek tot plaatsing', () => {
  let browser: Browser;
  let zaakUrl = '';
  const achternaam = `Journey-${Date.now().toString(36)}`;
  const adres = `Teststraat ${Math.floor(Math.random() * 900) + 10}, Den Haag`;

  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  /** Opens an action from the allowed-actions list, fills it and submits it; waits for the success message. */
  async function actie(page: Page, naam: string, vul?: (form: Page) => Promise<void>): Promise<void> {
    await page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: naam, exact: true }).click();
    const form = page.locator('section.actie');
    await form.getByRole('heading', { name: naam }).waitFor();
    if (vul) await vul(page);
    await form.locator('button[type=submit]').click();
    await page.getByText(`${naam}: gelukt.`).waitFor();
  }

  it('zorginstelling dient een compleet uitstroomverzoek in', async () => {
    const { context, page } = await loginAs(browser, 'zorg@parnassia.demo');
    await page.getByRole('link', { name: 'Nieuw uitstroomverzoek' }).first().click();
    await page.getByRole('heading', { name: 'Nieuw uitstroomverzoek' }).waitFor();

    // Step 1 cannot be skipped while incomplete: the form says what is missing.
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByText('Voornamen zijn verplicht.').waitFor();

    await page.getByLabel('Voornamen *').fill('Johan');
    await page.getByLabel('Achternaam *').fill(achternaam);
    await page.getByLabel('Geboortedatum *').fill('1988-03-14');
    await shot(page, '01-aanvraag-persoon');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: 'Stap 2: Huishouden' }).waitFor();
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    await page.getByRole('heading', { name: 'Stap 3: Inschrijvingshistorie' }).waitFor();
    await page.locator('#i-type-0').selectOption('woonadres');
    await page.locator('#i-gem-0').selectOption('0518');
    await page.locator('#i-van-0').fill('2015-01-01');
    await page.locator('#i-tot-0').fill('2024-05-31');
    await page.locator('#i-type-1').selectOption('instelling');
    await page.locator('#i-gem-1').selectOption('0518');
    await page.locator('#i-van-1').fill('2024-06-01');
    await shot(page, '02-aanvraag-inschrijvingen');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    await page.getByRole('heading', { name: 'Stap 4: Opname' }).waitFor();
    await page.locator('#o-van-0').fill('2024-06-01');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    await page.getByRole('heading', { name: 'Stap 5: Categorie en gemeente' }).waitFor();
    await page.getByLabel('Urgentiecategorie *').selectOption('BW');
    await page.getByLabel(/Behandelende gemeente/).selectOption('0518');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    await page.getByRole('heading', { name: 'Stap 6: Ondersteuning en woonwensen' }).waitFor();
    await page.getByLabel(/Ondersteuningsplan/).fill('Ambulante begeleiding door Parnassia, 3 uur per week; dagbesteding bij de kringloop.');
    await page.getByLabel('De cliënt accepteert begeleiding na de verhuizing').check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    await page.getByRole('heading', { name: 'Stap 7: Controleren en opslaan' }).waitFor();
    await shot(page, '03-aanvraag-controleren');
    await page.getByRole('button', { name: 'Opslaan en indienen' }).click();
    await page.waitForURL(/\/zaken\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    await expectText(page, 'Ingediend: ontvankelijkheid');
    zaakUrl = page.url().replace(baseUrl(), '');
    await shot(page, '04-zaak-ingediend');
    await context.close();
  });

  it('toetsingscommissie stelt herkomst en weging vast en stelt bemiddeling voor', async () => {
    const { context, page } = await loginAs(browser, 'commissie@haaglanden.demo');
    await page.goto(`${baseUrl()}${zaakUrl}`);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    await actie(page, 'Ontvankelijk verklaren');

    // The proposal from the registration history is shown with its reasons and preselected.
    await expectText(page, 'Voorstel herkomstgemeente: Den Haag');
    await shot(page, '05-commissie-herkomstvoorstel');
    await actie(page, 'Herkomstgemeente vaststellen', async (p) => {
      expect(await p.locator('#veld-HERKOMST_VASTSTELLEN-gemeenteCbs').inputValue()).toBe('0518');
    });
    // The kansrijke-woonstart weighing: five criteria for the herkomstgemeente (pre-filled as first candidate).
    await actie(page, 'Weging kansrijke woonstart vastleggen', async (p) => {
      const bevindingen: Record<string, [string, string]> = {
        perspectief: ['Wil in Den Haag blijven wonen, dicht bij zijn zus.', 'voor'],
        netwerk: ['Netwerk (zus) en vrienden in Den Haag; steunend.', 'voor'],
        werkDagbesteding: ['Dagbesteding bij de kringloop in Den Haag.', 'voor'],
        ondersteuning: ['Schuldhulpverlening loopt via Den Haag.', 'voor'],
        justitieel: ['Geen maatregelen of gebiedsverboden.', 'neutraal'],
      };
      for (const [criterium, [bevinding, oordeel]] of Object.entries(bevindingen)) {
        await p.locator(`#w-kandidaten-0-criteria-${criterium}-bevinding`).fill(bevinding);
        await p.locator(`input[name="oordeel-0-${criterium}"][value="${oordeel}"]`).check();
      }
      await p.locator('#w-doelgemeenteCbs').selectOption('0518');
      await p.locator('#w-motivering').fill('Netwerk (zus) en dagbesteding in Den Haag; geen gebiedsverbod.');
    });
    await expectText(page, 'Besluitvorming: beraad');

    // A proposal needs a motivation: submitting without one is refused, with the message at the field.
    await page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Besluit voorstellen', exact: true }).click();
    const form = page.locator('section.actie');
    await form.getByRole('heading', { name: 'Besluit voorstellen' }).waitFor();
    await form.locator('input[name="uitkomst"][value="toekennen"]').check();
    await form.locator('input[name="route"][value="bemiddeling"]').check();
    await form.locator('button[type=submit]').click();
    await form.locator('#b-motivering-fout').waitFor();
    await page.locator('#b-motivering').fill('Valt onder uitstroom Beschermd Wonen; begeleiding geaccepteerd: directe bemiddeling.');
    await form.locator('button[type=submit]').click();
    await page.getByText('Besluit voorstellen: gelukt.').waitFor();
    await expectText(page, 'Besluitvorming: voorstel ter goedkeuring');
    // Four eyes: the member who proposed cannot approve.
    expect(await page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Besluitvoorstel goedkeuren' }).count()).toBe(0);
    await shot(page, '06-commissie-voorstel');
    await context.close();
  });

  it('een tweede commissielid keurt het voorstel goed (vier ogen)', async () => {
    const { context, page } = await loginAs(browser, 'commissie2@haaglanden.demo');
    await page.goto(`${baseUrl()}${zaakUrl}`);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    await actie(page, 'Besluitvoorstel goedkeuren');
    await expectText(page, 'Bemiddeling: woning zoeken');
    await page.getByRole('link', { name: /Besluitbrief/ }).waitFor();
    await shot(page, '06b-commissie-goedgekeurd');
    await context.close();
  });

  it('corporatie meldt een woning aan, biedt die aan en registreert de plaatsing', async () => {
    const { context, page } = await loginAs(browser, 'corporatie@staedion.demo');
    await page.getByRole('link', { name: 'Woningen' }).click();
    await page.getByRole('heading', { name: /Woningen van Staedion/ }).waitFor();
    await page.locator('#wf-gemeenteCbs').selectOption('0518');
    await page.locator('#wf-wijkCode option[value="WK051801"]').waitFor({ state: 'attached' });
    await page.locator('#wf-wijkCode').selectOption('WK051801');
    await page.locator('#wf-adres').fill(adres);
    await page.locator('#wf-postcode').fill('2526 AB');
    await page.locator('#wf-woningtype').selectOption('appartement');
    await page.locator('#wf-kamers').fill('2');
    await page.locator('#wf-huurprijs').fill('612.50');
    await page.getByRole('button', { name: 'Woning aanmelden' }).click();
    await page.getByText(`Woning ${adres} (Centrum, Den Haag) is aangemeld`, { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Werkvoorraad' }).click();
    await page.getByRole('heading', { name: 'Bemiddelingskandidaten' }).waitFor();
    await page.goto(`${baseUrl()}${zaakUrl}`);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    // Only what placement needs: no registration history or support plan for a corporatie.
    await expectText(page, 'Medische en sociale onderbouwing is niet zichtbaar');
    expect(await page.getByRole('heading', { name: 'Inschrijvingshistorie en herkomst' }).count()).toBe(0);
    expect(await page.getByText('Ambulante begeleiding door Parnassia').count()).toBe(0);

    await actie(page, 'Woning aanbieden', async (p) => {
      const select = p.locator('#veld-WONING_AANBIEDEN-woningId');
      const value = await select.locator('option', { hasText: adres }).getAttribute('value');
      await select.selectOption(value!);
    });
    await expectText(page, 'Bemiddeling: woning aangeboden');
    await actie(page, 'Acceptatie registreren');
    await actie(page, 'Plaatsing registreren', async (p) => {
      await p.locator('#pl-begeleidingAkkoord').check();
      await p.locator('#pl-begeleidingsafspraak').fill('Ambulante begeleiding door de zorginstelling, wekelijks.');
    });
    await expectText(page, 'Geplaatst');
    await shot(page, '07-corporatie-geplaatst');
    await context.close();
  });

  it('de zaak toont geplaatst met de volledige tijdlijn', async () => {
    const { context, page } = await loginAs(browser, 'commissie@haaglanden.demo');
    await page.goto(`${baseUrl()}${zaakUrl}`);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    const tijdlijn = page.getByRole('region', { name: 'Tijdlijn' });
    const stappen = await tijdlijn.locator('li strong').allTextContents();
    expect(stappen).toEqual([
      'Aangemaakt', 'Indienen', 'Ontvankelijk verklaren', 'Herkomstgemeente vaststellen', 'Weging kansrijke woonstart vastleggen',
      'Besluit voorstellen', 'Besluitvoorstel goedkeuren', 'Woning aanbieden', 'Acceptatie registreren', 'Plaatsing registreren',
    ]);
    await expectText(page, 'Netwerk (zus) en dagbesteding in Den Haag');
    expect(await page.locator('[aria-current=step]').textContent()).toContain('Geplaatst');
    expect(await page.getByRole('region', { name: 'Acties' }).getByText('Er zijn nu geen acties voor u op deze zaak.').count()).toBe(1);
    await shot(page, '08-zaak-geplaatst-tijdlijn');
    await context.close();
  });
});

async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 });
}
