import type { Browser, Page } from 'playwright-core';
import { pdfLopendeTekst } from '@woonstart/testing';
import { actie } from './support/actie';
import { baseUrl, launch, loginAs, shot } from './support/browser';

/**
 * Toetsing in depth, as the committee works: a MED case with a request for information that
 * suspends the clock, a medical advice, a refusal that first asks the applicant's view, a bezwaar
 * declared gegrond, and a new positive decision whose PDF letter is opened and read.
 */
describe('toetsing: medisch advies, opschorting, zienswijze, bezwaar en besluitbrief', () => {
  let browser: Browser;
  let zaakPad = '';
  const achternaam = `Toetsing-${Date.now().toString(36)}`;

  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  async function open(email: string): Promise<{ page: Page; sluit: () => Promise<void> }> {
    const { context, page } = await loginAs(browser, email);
    await page.goto(`${baseUrl()}${zaakPad}`);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    return { page, sluit: () => context.close() };
  }

  async function wegingDenHaag(page: Page): Promise<void> {
    await actie(page, 'Weging kansrijke woonstart vastleggen', async () => {
      for (const criterium of ['perspectief', 'netwerk', 'werkDagbesteding', 'ondersteuning', 'justitieel']) {
        await page.locator(`#w-kandidaten-0-criteria-${criterium}-bevinding`).fill(`Bevinding over ${criterium} in Den Haag.`);
        await page.locator(`input[name="oordeel-0-${criterium}"][value="${criterium === 'justitieel' ? 'neutraal' : 'voor'}"]`).check();
      }
      await page.locator('#w-doelgemeenteCbs').selectOption('0518');
    });
  }

  async function stelVoor(page: Page, vul: (form: ReturnType<Page['locator']>) => Promise<void>): Promise<void> {
    await actie(page, 'Besluit voorstellen', async () => {
      const form = page.locator('section.actie');
      await vul(form);
    });
  }

  it('de gemeente registreert een medisch urgente aanvraag (met opname in een verpleeghuis) en dient die in', async () => {
    const { context, page } = await loginAs(browser, 'intake@denhaag.demo');
    const res = await page.request.post(`${baseUrl()}/api/zaken`, {
      data: {
        categorie: 'MED', behandelendeGemeente: '0518',
        aanvrager: { voornamen: 'Mieke', achternaam, geboortedatum: '1958-09-02' },
        huishouden: [], opnames: [{ instelling: 'Verpleeghuis Westhoff', van: '2025-03-01', tot: null }],
        inschrijvingen: [
          { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres', van: '2001-05-01', tot: '2025-02-28' },
          { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'instelling', van: '2025-03-01', tot: null },
        ],
        begeleidingAkkoord: true, ondersteuningsplan: 'Thuiszorg en wijkverpleging.',
      },
    });
    expect(res.status()).toBe(201);
    const zaak = (await res.json()) as { id: string; rowVersion: number };
    const ingediend = await page.request.post(`${baseUrl()}/api/zaken/${zaak.id}/events`, { data: { type: 'INDIENEN', rowVersion: zaak.rowVersion, payload: {} } });
    expect(ingediend.status()).toBe(200);
    zaakPad = `/zaken/${zaak.id}`;
    await context.close();
  });

  it('commissie vraagt om aanvulling: de beslistermijn wordt opgeschort', async () => {
    const { page, sluit } = await open('commissie@haaglanden.demo');
    const termijnen = page.getByRole('region', { name: 'Termijnen' });
    const voor = await termijnen.innerText();
    await actie(page, 'Aanvulling vragen', async () => {
      await page.locator('#veld-AANVULLING_VRAGEN-toelichting').fill('Stuur de verklaring van de huisarts mee.');
      await page.locator('#veld-AANVULLING_VRAGEN-termijnDagen').fill('10');
    });
    await termijnen.getByText(/opgeschort/i).first().waitFor();
    expect(await termijnen.innerText()).not.toEqual(voor);
    await shot(page, '20-toetsing-opgeschort');
    await sluit();

    const zorg = await open('intake@denhaag.demo');
    await actie(zorg.page, 'Aanvulling indienen', async () => {
      await zorg.page.locator('#veld-AANVULLING_INDIENEN-toelichting').fill('Verklaring van de huisarts toegevoegd.');
    });
    await zorg.sluit();
  });

  it('medisch adviseur brengt advies uit; de commissie ziet alleen de uitkomst', async () => {
    const commissie = await open('commissie@haaglanden.demo');
    await actie(commissie.page, 'Ontvankelijk verklaren');
    await commissie.sluit();

    const arts = await open('arts@haaglanden.demo');
    await actie(arts.page, 'Medisch advies uitbrengen', async () => {
      await arts.page.locator('input[name="urgent"]').nth(1).check();
      await arts.page.getByLabel('Gelijkvloers', { exact: false }).first().check();
      await arts.page.locator('#m-details').fill('Artrose in beide knieën; traplopen lukt met moeite. Geen acute medische urgentie.');
    });
    await arts.page.getByRole('button', { name: 'Medische gegevens tonen (wordt gelogd)' }).click();
    await arts.page.getByText('Artrose in beide knieën').waitFor();
    await shot(arts.page, '21-toetsing-medisch-advies');
    await arts.sluit();

    const lid = await open('commissie@haaglanden.demo');
    expect(await lid.page.getByText('Artrose in beide knieën').count()).toBe(0);
    await lid.page.getByRole('region', { name: 'Medisch advies' }).getByText('Nee').first().waitFor();
    await lid.sluit();
  });

  it('een afwijzing op het medisch advies vraagt eerst een zienswijze', async () => {
    const a = await open('commissie@haaglanden.demo');
    await actie(a.page, 'Herkomstgemeente vaststellen');
    await wegingDenHaag(a.page);
    await stelVoor(a.page, async (form) => {
      await form.locator('input[name="uitkomst"][value="afwijzen"]').check();
      await form.locator('input[name="grond-GEEN_URGENT_PROBLEEM"]').check();
      await form.locator('input[name="steuntOpFeitenNietVanAanvrager"]').check();
      await a.page.locator('#b-motivering').fill('Volgens het medisch advies is er geen medische urgentie.');
    });
    await a.sluit();

    const b = await open('commissie2@haaglanden.demo');
    await actie(b.page, 'Besluitvoorstel goedkeuren');
    await b.page.getByRole('heading', { level: 1 }).filter({ hasText: 'zienswijze' }).waitFor();
    await b.sluit();

    const c = await open('commissie@haaglanden.demo');
    await actie(c.page, 'Zienswijze registreren', async () => {
      await c.page.locator('#veld-ZIENSWIJZE_ONTVANGEN-inhoud').fill('Ik kan de trap niet meer op; mijn woning is op drie hoog zonder lift.');
    });
    await stelVoor(c.page, async (form) => {
      await form.locator('input[name="uitkomst"][value="afwijzen"]').check();
      await form.locator('input[name="grond-GEEN_URGENT_PROBLEEM"]').check();
      await c.page.locator('#b-motivering').fill('Ook na de zienswijze: geen medische urgentie; de aanvrager kan zelf zoeken.');
    });
    await c.sluit();

    const d = await open('commissie2@haaglanden.demo');
    await actie(d.page, 'Besluitvoorstel goedkeuren');
    await d.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Afgewezen' }).waitFor();
    await d.sluit();
  });

  it('een gegrond bezwaar leidt tot een nieuw, positief besluit met besluitbrief', async () => {
    const a = await open('commissie@haaglanden.demo');
    const vandaag = new Date().toISOString().slice(0, 10);
    await actie(a.page, 'Bezwaar registreren', async () => {
      await a.page.locator('#veld-BEZWAAR_INDIENEN-ontvangenOp').fill(vandaag);
      await a.page.locator('#veld-BEZWAAR_INDIENEN-gronden').fill('De commissie heeft de zienswijze over de trap onvoldoende gewogen.');
    });
    await actie(a.page, 'Bezwaar gegrond: opnieuw besluiten', async () => {
      await a.page.locator('#veld-BEZWAAR_GEGROND-motivering').fill('De beperking bij traplopen weegt zwaarder dan eerder aangenomen.');
    });
    await a.page.getByRole('heading', { level: 1 }).filter({ hasText: 'beraad' }).waitFor();
    await stelVoor(a.page, async (form) => {
      await form.locator('input[name="uitkomst"][value="toekennen"]').check();
      await form.locator('input[name="route"][value="zelfZoeken"]').check();
      await form.locator('input[name="zp-gemeente-0518"]').check();
      await a.page.locator('#b-motivering').fill('Na heroverweging: urgent wegens de beperking bij traplopen; zelf zoeken naar een gelijkvloerse woning.');
    });
    await a.sluit();

    const b = await open('commissie2@haaglanden.demo');
    await actie(b.page, 'Besluitvoorstel goedkeuren');
    await b.page.getByRole('heading', { level: 1 }).filter({ hasText: 'zelf zoeken' }).waitFor();
    const link = b.page.getByRole('link', { name: /Besluitbrief/ });
    await link.waitFor();
    await shot(b.page, '22-toetsing-toegekend-na-bezwaar');

    const brief = await b.page.request.get(`${baseUrl()}${(await link.getAttribute('href'))!}`);
    expect(brief.status()).toBe(200);
    expect(brief.headers()['content-type']).toContain('application/pdf');
    const tekst = pdfLopendeTekst(Buffer.from(await brief.body()));
    expect(tekst).toContain(`Mieke ${achternaam}`);
    expect(tekst).toMatch(/urgentie toe/i);
    expect(tekst).toContain('zelf');
    expect(tekst).toMatch(/bezwaar/i);
    expect(tekst).not.toContain('Artrose');
    const stappen = await b.page.getByRole('region', { name: 'Tijdlijn' }).locator('li strong').allTextContents();
    expect(stappen).toEqual(expect.arrayContaining(['Aanvulling vragen', 'Medisch advies uitbrengen', 'Zienswijze registreren', 'Bezwaar registreren', 'Bezwaar gegrond: opnieuw besluiten']));
    expect(stappen.filter((s) => s === 'Besluitvoorstel goedkeuren')).toHaveLength(3);
    await b.sluit();
  });
});
