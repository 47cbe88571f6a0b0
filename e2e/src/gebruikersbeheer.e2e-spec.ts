import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launch, loginAs, shot } from './support/browser';

/**
 * Account management by the functioneel beheerder, in the browser: a new account for a
 * gemeente employee (only roles of a gemeente can be chosen), a duplicate e-mail refused
 * at its field, the new employee logging in, then blocked while logged in (the next
 * request is refused and a new page load ends at the login page) and unblocked again.
 */
describe('gebruikersbeheer door de functioneel beheerder', () => {
  let browser: Browser;
  const stempel = Date.now().toString(36);
  const email = `medewerker.${stempel}@delft.demo`;
  const naam = `Jan Test ${stempel}`;
  const nieuweNaam = `Jan Test-Verbeek ${stempel}`;
  const contexten: BrowserContext[] = [];

  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => {
    for (const c of contexten) await c.close().catch(() => undefined);
    await browser?.close();
  });

  /** The table row of an account, by the name in its row header (the panel row below it has none). */
  function rij(page: Page, wie: string): Locator {
    return page.locator('tbody tr').filter({ has: page.locator('th', { hasText: wie }) });
  }

  /** The roles the add form offers now (without the "Kies…" line). */
  async function rolKeuzes(form: Locator): Promise<string[]> {
    return form.getByLabel(/^Rol/).locator('option:not([value=""])').allTextContents().then((l) => l.map((t) => t.trim()));
  }

  it('voegt een account toe, blokkeert het terwijl de gebruiker is ingelogd en deblokkeert het weer', async () => {
    const { context, page } = await loginAs(browser, 'beheer@haaglanden.demo');
    contexten.push(context);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers', exact: true }).click();
    await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
    expect(await page.title()).toBe('Gebruikers – Woonstart');
    await page.getByText(/^\d+ accounts$/).waitFor();

    // The beheerder's own row: no Blokkeren, with the reason.
    const eigen = rij(page, 'Tom Vermeulen');
    await eigen.getByText('Uw eigen account kunt u niet blokkeren').waitFor();
    expect(await eigen.getByRole('button', { name: /^Blokkeren/ }).count()).toBe(0);

    // Add: the role list follows the organisation, so a wrong combination cannot be chosen.
    await page.getByRole('button', { name: 'Account toevoegen', exact: true }).click();
    const form = page.getByRole('form', { name: 'Nieuw account' });
    await form.waitFor();
    expect(await rolKeuzes(form)).toEqual([]);
    await form.getByLabel(/^Organisatie/).selectOption({ label: 'Regio Haaglanden' });
    expect(await rolKeuzes(form)).toEqual(['Regiocoördinator', 'Beheerder']);
    await form.getByLabel(/^Rol/).selectOption({ label: 'Beheerder' });
    await form.getByLabel(/^Organisatie/).selectOption({ label: 'Staedion' });
    expect(await rolKeuzes(form)).toEqual(['Medewerker woningcorporatie']);
    await form.getByLabel(/^Organisatie/).selectOption({ label: 'Gemeente Delft' });
    expect(await rolKeuzes(form)).toEqual(['Medewerker gemeente']);
    // The choice for the Regio is gone; the only fitting role is taken.
    expect(await form.getByLabel(/^Rol/).inputValue()).toBe('gemeentemedewerker');
    await form.getByLabel(/^Rol/).selectOption({ label: 'Medewerker gemeente' });
    await form.getByLabel(/^E-mailadres/).fill(email);
    await form.getByLabel(/^Naam/).fill(naam);
    await shot(page, '70-gebruikers-account-toevoegen');
    await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByRole('status').getByText(/^Account toegevoegd\./).waitFor();
    const nieuw = rij(page, naam);
    await nieuw.waitFor();
    expect((await nieuw.locator('td').allInnerTexts()).slice(0, 5).map((t) => t.trim()))
      .toEqual([email, 'Medewerker gemeente', 'Gemeente Delft', 'Actief', 'Nee']);

    // The same address again: the api's 409, in Dutch, at the e-mail field and in the summary.
    await page.getByRole('button', { name: 'Account toevoegen', exact: true }).click();
    await form.getByLabel(/^E-mailadres/).fill(email);
    await form.getByLabel(/^Naam/).fill('Iemand Anders');
    await form.getByLabel(/^Organisatie/).selectOption({ label: 'Gemeente Delft' });
    await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    const veldFout = form.locator('#ga-email-fout');
    await veldFout.waitFor();
    const melding = (await veldFout.innerText()).trim();
    expect(melding).toMatch(/e-?mail|account/i);
    expect(melding).not.toMatch(/\b(already|exists|conflict)\b/i);
    expect(await form.getByLabel(/^E-mailadres/).getAttribute('aria-invalid')).toBe('true');
    expect((await form.getByRole('alert').innerText())).toContain(melding);
    await form.getByRole('button', { name: 'Annuleren' }).click();
    await form.waitFor({ state: 'detached' });

    // A name change, through the row's panel.
    await nieuw.getByRole('button', { name: /^Wijzigen/ }).click();
    const wijzig = page.getByRole('form', { name: `Account van ${naam} wijzigen` });
    await wijzig.getByLabel(/^Rol/).waitFor();
    expect(await wijzig.getByLabel(/^Rol/).locator('option').allTextContents()).toEqual(['Medewerker gemeente']);
    await wijzig.getByLabel(/^Naam/).fill(nieuweNaam);
    await wijzig.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText(/^Account gewijzigd\./).waitFor();
    const account = rij(page, nieuweNaam);
    await account.waitFor();

    // The new employee logs in (second browser) and sees the gemeente's start page.
    const tweede = await loginAs(browser, email);
    contexten.push(tweede.context);
    await tweede.page.getByRole('heading', { name: 'Aanvragen van mijn gemeente', level: 1 }).waitFor();
    expect(new URL(tweede.page.url()).pathname).toBe('/zaken');
    await tweede.page.getByText(nieuweNaam).first().waitFor();

    // Blocked while logged in.
    await account.getByRole('button', { name: /^Blokkeren/ }).click();
    const vraag = page.getByRole('group', { name: `Weet u zeker dat u het account van ${nieuweNaam} wilt blokkeren?` });
    await vraag.getByText(`${nieuweNaam} kan dan direct niet meer inloggen.`).waitFor();
    await vraag.getByRole('button', { name: 'Ja, blokkeren' }).click();
    await page.getByRole('status').getByText(/^Account geblokkeerd\./).waitFor();
    await account.getByText('Geblokkeerd', { exact: true }).waitFor();

    // The open session is refused on its next request: the next click in the still-open page
    // ends at the login page, which says why and offers the way back.
    expect(await tweede.page.evaluate(() => fetch('/api/users/me', { credentials: 'same-origin' }).then((r) => r.status))).toBe(401);
    // (The notification counter polls every minute; should its 401 come first, the menu is gone already.)
    await tweede.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Meldingen/ }).click({ timeout: 5_000 }).catch(() => undefined);
    await tweede.page.waitForURL((u) => u.pathname === '/inloggen' && ['/meldingen', '/zaken'].includes(u.searchParams.get('terug') ?? ''));
    await tweede.page.getByRole('alert').getByText(/Uw sessie is beëindigd: ze is verlopen, of uw account is geblokkeerd/).waitFor();
    await tweede.page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    await tweede.page.locator('select#gebruiker option').nth(1).waitFor({ state: 'attached' });
    expect(await tweede.page.locator(`select#gebruiker option[value="${email}"]`).count()).toBe(0);

    // Unblocked: the account can log in again.
    await account.getByRole('button', { name: /^Deblokkeren/ }).click();
    await page.getByRole('group', { name: `Weet u zeker dat u het account van ${nieuweNaam} wilt deblokkeren?` })
      .getByRole('button', { name: 'Ja, deblokkeren' }).click();
    await page.getByRole('status').getByText(/^Account gedeblokkeerd\./).waitFor();
    await account.getByText('Actief', { exact: true }).waitFor();
    const weer = await loginAs(browser, email);
    contexten.push(weer.context);
    await weer.page.getByRole('heading', { name: 'Aanvragen van mijn gemeente', level: 1 }).waitFor();

    // The filters: only the blocked accounts of Gemeente Delft — none now.
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Gemeente Delft' });
    await page.getByLabel('Status', { exact: true }).selectOption('geblokkeerd');
    await page.getByText('0 accounts', { exact: false }).waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('actief');
    await account.waitFor();
    expect(await page.locator('tbody tr th').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(nieuweNaam)]));
  });
});
