import type { Browser, Page } from 'playwright-core';
import { zaakInBemiddeling } from './support/api';
import { actie } from './support/actie';
import { baseUrl, launch, loginAs, shot } from './support/browser';

/**
 * After the decision, in the browser: a corporatie imports dwellings from a CSV with
 * a bad line, matches them to a mediation candidate, offers one, registers the
 * refusal, offers a second, registers acceptance and placement, and sees the cap
 * usage of the gemeente go up by one.
 */
describe('bemiddeling en plaatsing onder het plafond', () => {
  let browser: Browser;
  const uniek = Date.now().toString(36);
  const adres1 = `Importlaan ${uniek}-1`;
  const adres2 = `Importlaan ${uniek}-2`;
  const vandaag = new Date().toISOString().slice(0, 10);
  let zaakId = '';

  beforeAll(async () => {
    browser = await launch();
    zaakId = (await zaakInBemiddeling(`Plaatsing-${uniek}`)).id;
  });
  afterAll(async () => { await browser?.close(); });

  async function gebruiktDenHaag(page: Page): Promise<number> {
    await page.goto(`${baseUrl()}/plaatsingsruimte`);
    const rij = page.getByRole('table', { name: /Gebruik van de plaatsingsruimte per gemeente/ }).getByRole('row', { name: /^Den Haag/ });
    await rij.waitFor();
    return Number((await rij.locator('td').first().textContent())!.replace(/\D/g, ''));
  }

  async function biedAan(page: Page, adres: string): Promise<void> {
    const match = page.locator('article.match', { has: page.getByRole('heading', { name: new RegExp(adres) }) });
    await match.getByText('Passend').first().waitFor();
    await match.getByRole('button', { name: 'Aanbieden…' }).click();
    await match.getByRole('button', { name: 'Woning aanbieden' }).click();
    await page.getByText('Bemiddeling: woning aangeboden').first().waitFor();
  }

  it('corporatie importeert woningen uit een CSV; de foute regel wordt gemeld, de goede blijven bewaard', async () => {
    const { context, page } = await loginAs(browser, 'corporatie@staedion.demo');
    await page.getByRole('link', { name: 'Woningen' }).first().click();
    const csv = [
      'adres;postcode;gemeente;wijk;complex;huurprijs;woningtype;kamers;verdieping;lift;nultreden;rolstoel;labels;beschikbaar_vanaf',
      `${adres1};2526 AB;Den Haag;Centrum;;650,00;appartement;2;0;nee;ja;nee;;${vandaag}`,
      `Foutstraat ${uniek};2526 AC;Den Haag;Centrum;;zeshonderd;appartement;2;0;nee;ja;nee;;${vandaag}`,
      `${adres2};2526 AD;Den Haag;Centrum;;675,50;appartement;3;1;ja;ja;nee;;${vandaag}`,
    ].join('\n');
    await page.locator('#wi-bestand').setInputFiles({ name: 'woningen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { name: '2 van 3 regels geïmporteerd' }).waitFor();
    const afgewezen = page.getByRole('table', { name: 'Afgewezen regels' });
    expect(await afgewezen.getByRole('rowheader').allTextContents()).toEqual(['3']);
    expect(await afgewezen.locator('td').first().textContent()).toMatch(/huurprijs/i);
    await shot(page, '40-woningen-csv-import');
    await context.close();
  });

  it('matchen, aanbieden, weigering, tweede aanbieding en plaatsing; de plafondbalk telt één plaatsing meer', async () => {
    const { context, page } = await loginAs(browser, 'corporatie@staedion.demo');
    const voor = await gebruiktDenHaag(page);

    await page.goto(`${baseUrl()}/zaken/${zaakId}`);
    await page.getByRole('heading', { name: 'Passende woningen' }).waitFor();
    await shot(page, '41-passende-woningen');
    await biedAan(page, adres1);

    await actie(page, 'Weigering registreren', async () => {
      await page.locator('#veld-AANBIEDING_WEIGEREN-reden').fill('De woning ligt te ver van de school van het kind.');
    });
    await page.getByText('Bemiddeling: woning zoeken').first().waitFor();

    await biedAan(page, adres2);
    await actie(page, 'Acceptatie registreren');
    await actie(page, 'Plaatsing registreren', async () => {
      await page.locator('#pl-ingangsdatum').fill(vandaag);
      await page.locator('#pl-begeleidingAkkoord').check();
      await page.locator('#pl-begeleidingsafspraak').fill('Ambulante begeleiding door Parnassia, wekelijks, eerste half jaar.');
    });
    await page.getByText('Geplaatst').first().waitFor();
    const aanbiedingen = page.getByRole('table', { name: /Aanbiedingen/ });
    await aanbiedingen.getByText('geweigerd', { exact: false }).first().waitFor();
    await shot(page, '42-geplaatst-met-aanbiedingen');

    expect(await gebruiktDenHaag(page)).toBe(voor + 1);
    await shot(page, '43-plaatsingsruimte');
    await context.close();
  });
});
