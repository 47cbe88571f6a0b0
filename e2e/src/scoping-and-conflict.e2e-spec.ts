import type { Browser } from 'playwright-core';
import { roep } from './support/api';
import { baseUrl, launch, loginAs, shot } from './support/browser';

interface Lijst { items: Array<{ id: string; zaaknummer: string; woonstartgemeente: { cbsCode: string } | null; allowedEvents: string[] }> }

describe('scoping en gelijktijdige wijzigingen in de browser', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('een corporatie kan de zaak van een andere gemeente niet openen', async () => {
    // Find, as Staedion (Den Haag, Wassenaar), a mediation case in its own werkgebied.
    const staedion = await loginAs(browser, 'corporatie@staedion.demo');
    const lijst = (await (await staedion.page.request.get(`${baseUrl()}/api/zaken?perPagina=100`)).json()) as Lijst;
    const zaak = lijst.items.find((z) => z.woonstartgemeente?.cbsCode === '0518');
    expect(zaak).toBeDefined();
    await staedion.context.close();

    // Woonbron works in Delft and Midden-Delfland: the same case does not exist for it.
    const woonbron = await loginAs(browser, 'corporatie@woonbron.demo');
    await woonbron.page.goto(`${baseUrl()}/zaken/${zaak!.id}`);
    await woonbron.page.getByRole('alert').filter({ hasText: 'Zaak niet gevonden' }).waitFor();
    expect(await woonbron.page.getByText(zaak!.zaaknummer).count()).toBe(0);
    await shot(woonbron.page, '09-corporatie-andere-gemeente-geweigerd');
    const api = await woonbron.page.request.get(`${baseUrl()}/api/zaken/${zaak!.id}`);
    expect(api.status()).toBe(404);
    await woonbron.context.close();
  });

  it('een verouderde actie krijgt 409 en de gebruiker kan de zaak opnieuw laden', async () => {
    const eerste = await loginAs(browser, 'commissie@haaglanden.demo');
    const lijst = (await (await eerste.page.request.get(`${baseUrl()}/api/zaken?status=toetsingHerkomst&perPagina=100`)).json()) as Lijst;
    const zaak = lijst.items.find((z) => z.allowedEvents.includes('HERKOMST_VASTSTELLEN'));
    expect(zaak).toBeDefined();
    const tweede = await loginAs(browser, 'commissie@haaglanden.demo');

    // Both open the case at the same row version.
    for (const p of [eerste.page, tweede.page]) {
      await p.goto(`${baseUrl()}/zaken/${zaak!.id}`);
      await p.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    }
    // The first withdraws it…
    await eerste.page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Intrekken', exact: true }).click();
    await eerste.page.locator('#veld-INTREKKEN-reden').fill('Aanvrager heeft de aanvraag ingetrokken (telefonisch).');
    await eerste.page.locator('section.actie button[type=submit]').click();
    await eerste.page.getByText('Intrekken: gelukt.').waitFor();

    // …the second, still looking at the old version, tries to record the herkomst.
    await tweede.page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Herkomstgemeente vaststellen', exact: true }).click();
    await tweede.page.locator('#veld-HERKOMST_VASTSTELLEN-motivering').fill('Vastgesteld volgens voorstel.');
    const [antwoord] = await Promise.all([
      tweede.page.waitForResponse((r) => r.url().endsWith(`/api/zaken/${zaak!.id}/events`)),
      tweede.page.locator('section.actie button[type=submit]').click(),
    ]);
    expect(antwoord.status()).toBe(409);
    await tweede.page.getByRole('alert').filter({ hasText: 'intussen door iemand anders gewijzigd' }).waitFor();
    await shot(tweede.page, '10-verouderde-actie-409');
    await tweede.page.getByRole('button', { name: 'Zaak opnieuw laden' }).click();
    // The reloaded case shows its new state in the heading, and the stale action is gone.
    await tweede.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Ingetrokken' }).waitFor();
    await tweede.page.getByText('Er zijn nu geen acties voor u op deze zaak.').waitFor();
    expect(await tweede.page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Herkomstgemeente vaststellen' }).count()).toBe(0);
    await eerste.context.close();
    await tweede.context.close();
  });

  it('een actie waarvan het antwoord onderweg verloren gaat, wordt met dezelfde sleutel herhaald en één keer uitgevoerd', async () => {
    // A fresh case in toetsing herkomst (set up through the api, as the institution and the committee would).
    const zorg = 'zorg@parnassia.demo';
    const commissie = 'commissie@haaglanden.demo';
    let zaak = await roep<{ id: string; rowVersion: number; state: string }>(zorg, 'POST', '/zaken', {
      categorie: 'BW', behandelendeGemeente: '0518',
      aanvrager: { voornamen: 'Sam', achternaam: `Verbinding-${Date.now().toString(36)}`, geboortedatum: '1988-08-08', email: null, telefoon: null },
      woonnetInschrijfnummer: null, huishouden: [],
      inschrijvingen: [{ gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'instelling', van: '2020-01-01', tot: null }],
      opnames: [{ instelling: 'Parnassia Groep, kliniek Den Haag', van: '2020-01-01', tot: null }],
      ondersteuningsplan: 'Ambulante begeleiding.', begeleidingAkkoord: true, woonwensen: 'Eén kamer.', aantalKamersMin: 1,
    });
    for (const [email, type] of [[zorg, 'INDIENEN'], [commissie, 'ONTVANKELIJK_VERKLAREN']] as const) {
      zaak = await roep(email, 'POST', `/zaken/${zaak.id}/events`, { type, rowVersion: zaak.rowVersion });
    }
    expect(zaak.state).toMatch(/^toetsingHerkomst/);

    const { page, context } = await loginAs(browser, commissie);
    // The first attempt reaches the api and is carried out, but its answer never arrives (the connection drops).
    const sleutels: string[] = [];
    await page.route(`**/api/zaken/${zaak.id}/events`, async (route) => {
      sleutels.push(route.request().headers()['idempotency-key'] ?? '');
      if (sleutels.length === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await page.goto(`${baseUrl()}/zaken/${zaak.id}`);
    await page.getByRole('heading', { name: /Zaak WS-/ }).waitFor();
    await page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Intrekken', exact: true }).click();
    await page.locator('#veld-INTREKKEN-reden').fill('Aanvrager heeft de aanvraag ingetrokken (telefonisch).');
    await page.locator('section.actie button[type=submit]').click();
    await page.getByText('Intrekken: gelukt.').waitFor();

    // The app sent it again with the same key; the api answered with the stored result instead of a second change.
    expect(sleutels).toHaveLength(2);
    expect(sleutels[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sleutels[1]).toBe(sleutels[0]);
    const na = await roep<{ rowVersion: number; state: string; tijdlijn: Array<{ event: string }> }>(commissie, 'GET', `/zaken/${zaak.id}`);
    expect(na.state).toBe('ingetrokken');
    expect(na.rowVersion).toBe(zaak.rowVersion + 1);
    expect(na.tijdlijn.filter((r) => r.event === 'INTREKKEN')).toHaveLength(1);
    await context.close();
  });
});
