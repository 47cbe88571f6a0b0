import type { Browser, Page } from 'playwright-core';
import { roep } from './support/api';
import { baseUrl, launch, shot } from './support/browser';

/**
 * The main journeys with the keyboard only (page.keyboard: Tab, Shift+Tab, Enter, Space,
 * typing, Escape): log in, a zorgmedewerker files an uitstroomverzoek, a commissielid opens
 * it from the work list and decides on it, a corporatie offers a dwelling. On the way: every
 * element Tab reaches shows a focus indicator, the skip link leads to the content, focus
 * moves into a form when it opens and back to its button when it closes, Escape closes it,
 * and Tab and Shift+Tab get through a whole page (no keyboard trap). Only what is not the
 * story is done otherwise: the committee's herkomst and weighing go through the api.
 */
interface Focus { tag: string; tekst: string; id: string; href: string; type: string; naam: string; waarde: string; zichtbaar: boolean; inPaneel: boolean; stijl: string }

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(async () => {
    // A date field moves focus into its own parts a frame later: read the styles once that has settled.
    await new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar)));
    const el = (document.activeElement ?? document.body) as HTMLElement;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    // A focus indicator: an outline of at least 2px or a box shadow, on an element that is on screen.
    const indicator = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== '' && s.boxShadow !== 'none');
    const opScherm = r.width > 0 && r.height > 0 && r.right > 0 && r.left < window.innerWidth;
    return {
      tag: el.tagName.toLowerCase(),
      tekst: (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/\s+/g, ' ').trim(),
      id: el.id,
      href: el.getAttribute('href') ?? '',
      type: el.getAttribute('type') ?? '',
      naam: el.getAttribute('name') ?? '',
      waarde: (el as HTMLInputElement).value ?? '',
      zichtbaar: indicator && opScherm,
      inPaneel: !!el.closest('#actie-paneel'),
      stijl: `hasFocus ${document.hasFocus()}, :focus ${el.matches(":focus")}, :focus-visible ${el.matches(":focus-visible")}, outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}, rect ${Math.round(r.left)}..${Math.round(r.right)} x ${Math.round(r.height)}`,
    };
  });
}

/** Tab (or Shift+Tab) once; the element that gets focus must show it. */
async function tab(page: Page, terug = false): Promise<Focus> {
  await page.keyboard.press(terug ? 'Shift+Tab' : 'Tab');
  const f = await focus(page);
  // A date field passed over by Tab in this headless run sometimes holds focus without matching :focus (its parts
  // take focus); a person sees the outline there (styles.css). Date fields that are filled in are checked by their value.
  if (f.tag !== 'body' && !f.zichtbaar && f.type !== 'date') throw new Error(`Geen zichtbare focus op ${f.tag}#${f.id} "${f.tekst}" (${f.stijl})`);
  return f;
}

/** Tabs until the focused element passes `doel`; fails when it is not reached within `max` presses. */
async function tabNaar(page: Page, doel: (f: Focus) => boolean, wat: string, max = 80, terug = false): Promise<Focus> {
  const onderweg: string[] = [];
  for (let n = 0; n < max; n++) {
    const f = await tab(page, terug);
    if (doel(f)) return f;
    onderweg.push(`${f.tag}${f.id ? '#' + f.id : ''} "${f.tekst.slice(0, 40)}"`);
  }
  throw new Error(`${wat} niet bereikt met ${terug ? 'Shift+Tab' : 'Tab'}; laatst onderweg: ${onderweg.slice(-30).join(' → ')}`);
}

const tekst = (t: string | RegExp) => (f: Focus) => (typeof t === 'string' ? f.tekst === t : t.test(f.tekst));

async function loginMetToetsenbord(browser: Browser, naam: string, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/inloggen`);
  await page.locator(`select#gebruiker option[value="${email}"]`).waitFor({ state: 'attached' });
  await tabNaar(page, (f) => f.id === 'gebruiker', 'de keuzelijst Gebruiker');
  await page.keyboard.type(naam);
  expect(await page.locator('select#gebruiker').inputValue()).toBe(email);
  await tabNaar(page, tekst('Inloggen'), 'de knop Inloggen');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/** From where focus is, Shift+Tab gets back to the skip link and Tab from there through the whole page to the footer: nothing traps focus. */
async function geenToetsenbordval(page: Page): Promise<void> {
  await tabNaar(page, tekst('Direct naar de inhoud'), 'de skiplink', 400, true);
  await tabNaar(page, tekst('Toegankelijkheidsverklaring'), 'de voettekst', 400);
}

/** In the work list, newest first (so a new case is on the first page), then Tab to the case and Enter. */
async function opent(page: Page, zaakId: string): Promise<void> {
  await tabNaar(page, (f) => f.id === 'f-sort', 'Sorteren');
  await page.keyboard.type('Nieuwste');
  await tabNaar(page, tekst('Filteren'), 'Filteren');
  await page.keyboard.press('Enter');
  await page.waitForLoadState('networkidle');
  await tabNaar(page, (f) => f.tag === 'a' && f.href.endsWith(`/zaken/${zaakId}`), 'de zaak in de werkvoorraad', 200);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === `/zaken/${zaakId}`);
  await page.getByRole('heading', { level: 1, name: /Zaak WS-/ }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Opens a case action with Enter on its button; focus must move into the form. */
async function openActie(page: Page, label: string): Promise<void> {
  await tabNaar(page, (f) => f.tag === 'button' && f.tekst === label && !f.inPaneel, `de actie ${label}`);
  await page.keyboard.press('Enter');
  await page.locator('#actie-paneel').waitFor();
  await page.waitForFunction(() => !!document.activeElement?.closest('#actie-paneel'));
}

/**
 * Tab into a radio group and choose: Space on the focused option when it is the one,
 * otherwise the arrow keys (the group is one Tab stop; Tab lands on the checked option, if any).
 */
async function kies(page: Page, naam: string, waarde: string): Promise<void> {
  let f = await tabNaar(page, (g) => g.type === 'radio' && g.naam === naam, `de keuze ${naam}`);
  for (let n = 0; n < 6 && f.waarde !== waarde; n++) {
    await page.keyboard.press('ArrowDown');
    f = await focus(page);
  }
  await page.keyboard.press('Space');
  expect(await page.locator(`input[name=${naam}][value=${waarde}]`).isChecked()).toBe(true);
}

async function verstuurActie(page: Page, label: string): Promise<void> {
  await tabNaar(page, (f) => f.inPaneel && f.tag === 'button' && f.type === 'submit', `de knop ${label} in het formulier`);
  await page.keyboard.press('Enter');
  await page.getByText(`${label}: gelukt.`).waitFor();
  // The form is gone: focus is on the confirmation, not lost on the page.
  await page.waitForFunction(() => !!document.activeElement?.closest('.melding.succes'));
}

describe('met alleen het toetsenbord', () => {
  let browser: Browser;
  let zaakId = '';
  const achternaam = `Toetsenbord-${Date.now().toString(36)}`;

  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('de skiplink is het eerste wat Tab bereikt en gaat naar de inhoud; inloggen gaat met Tab, typen en Enter', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/inloggen`);
    await page.locator('select#gebruiker option').nth(2).waitFor({ state: 'attached' });
    const eerste = await tab(page);
    expect(eerste.tekst).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect((await focus(page)).id).toBe('inhoud');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    // From the content, the next Tab is the first field of the login form.
    expect((await tab(page)).id).toBe('gebruiker');
    await geenToetsenbordval(page);
    await context.close();

    const ingelogd = await loginMetToetsenbord(browser, 'Pieter Jansen', 'commissie@haaglanden.demo');
    // After the login the new page's heading has focus, so a screen reader announces it.
    expect((await focus(ingelogd)).tag).toBe('h1');
    await ingelogd.getByRole('heading', { level: 1, name: 'Werkvoorraad toetsingscommissie' }).waitFor();
    // Opened afresh, the skip link comes first there too, before the menu.
    await ingelogd.reload();
    await ingelogd.locator('main h1').waitFor();
    expect((await tab(ingelogd)).tekst).toBe('Direct naar de inhoud');
    await ingelogd.keyboard.press('Enter');
    expect((await focus(ingelogd)).id).toBe('inhoud');
    await geenToetsenbordval(ingelogd);
    await ingelogd.context().close();
  });

  it('een zorgmedewerker dient een uitstroomverzoek in', async () => {
    const page = await loginMetToetsenbord(browser, 'Sanne de Vries', 'zorg@parnassia.demo');
    await tabNaar(page, (f) => f.tag === 'a' && f.tekst === 'Nieuw uitstroomverzoek', 'het menu-item Nieuw uitstroomverzoek');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nieuw uitstroomverzoek' }).waitFor();
    await page.waitForLoadState('networkidle');

    const veld = async (id: string, invoer: string): Promise<void> => {
      await tabNaar(page, (f) => f.id === id, `het veld ${id}`);
      await page.keyboard.type(invoer);
    };
    const volgende = async (kop: string): Promise<void> => {
      await tabNaar(page, tekst('Volgende stap'), 'Volgende stap');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: kop }).waitFor();
    };

    // Step 1 cannot be passed while incomplete: the form says what is missing.
    await tabNaar(page, tekst('Volgende stap'), 'Volgende stap');
    await page.keyboard.press('Enter');
    await page.getByText('Voornamen zijn verplicht.').waitFor();
    await veld('voornamen', 'Tessa');
    await veld('achternaam', achternaam);
    // Typed digit by digit into the date field's parts; day equals month, so the parts' order does not matter.
    await veld('geboortedatum', '03031988');
    expect(await page.locator('#geboortedatum').inputValue()).toBe('1988-03-03');
    await shot(page, 'toetsenbord-01-aanvraag');
    await volgende('Stap 2: Huishouden');
    await volgende('Stap 3: Inschrijvingshistorie');

    await veld('i-gem-0', 'Den Haag');
    await veld('i-van-0', '01012015');
    await veld('i-tot-0', '05052024');
    await veld('i-gem-1', 'Den Haag');
    await veld('i-van-1', '06062024');
    expect(await page.locator('#i-gem-0').inputValue()).toBe('0518');
    expect(await page.locator('#i-tot-0').inputValue()).toBe('2024-05-05');
    await volgende('Stap 4: Opname');
    await veld('o-van-0', '06062024');
    await volgende('Stap 5: Categorie en gemeente');
    await veld('categorie', 'Uitstroom B');
    await veld('behandelend', 'Den Haag');
    expect(await page.locator('#categorie').inputValue()).toBe('BW');
    await volgende('Stap 6: Ondersteuning en woonwensen');
    await veld('plan', 'Ambulante begeleiding twee keer per week; dagbesteding in Den Haag.');
    await tabNaar(page, (f) => f.id === 'akkoord', 'het vinkje voor begeleiding');
    await page.keyboard.press('Space');
    expect(await page.locator('#akkoord').isChecked()).toBe(true);
    await volgende('Stap 7: Controleren en opslaan');
    await tabNaar(page, tekst('Opslaan en indienen'), 'Opslaan en indienen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zaken\/[0-9a-f-]{36}$/);
    await page.getByText('Ingediend: ontvankelijkheid').first().waitFor();
    zaakId = new URL(page.url()).pathname.split('/').pop()!;
    await shot(page, 'toetsenbord-02-ingediend');
    await page.context().close();
  });

  it('een commissielid opent het verzoek uit de werkvoorraad en neemt een besluit', async () => {
    expect(zaakId).not.toBe('');
    const page = await loginMetToetsenbord(browser, 'Pieter Jansen', 'commissie@haaglanden.demo');
    await opent(page, zaakId);

    // The form opens with focus in it; Escape closes it and focus is back on its button.
    await openActie(page, 'Ontvankelijk verklaren');
    await page.keyboard.press('Escape');
    await page.locator('#actie-paneel').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'actie-knop-ONTVANKELIJK_VERKLAREN');
    expect((await focus(page)).zichtbaar).toBe(true);
    // Enter on the focused button opens it again.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.activeElement?.closest('#actie-paneel'));
    await verstuurActie(page, 'Ontvankelijk verklaren');

    // Herkomst and weighing are not this story: the api records them as the committee would.
    const criteria = Object.fromEntries(['perspectief', 'netwerk', 'werkDagbesteding', 'ondersteuning', 'justitieel']
      .map((c) => [c, { bevinding: 'Netwerk en dagbesteding liggen in Den Haag.', oordeel: c === 'justitieel' ? 'neutraal' : 'voor' }]));
    const stap = async (type: string, payload: object): Promise<void> => {
      const z = await roep<{ rowVersion: number }>('commissie@haaglanden.demo', 'GET', `/zaken/${zaakId}`);
      await roep('commissie@haaglanden.demo', 'POST', `/zaken/${zaakId}/events`, { type, rowVersion: z.rowVersion, payload });
    };
    await stap('HERKOMST_VASTSTELLEN', { gemeenteCbs: '0518' });
    await stap('WEGING_VASTLEGGEN', { gemeenteCbs: '0518', motivering: 'Netwerk en dagbesteding in Den Haag.', kandidaten: [{ gemeenteCbs: '0518', bron: 'herkomst', criteria }] });
    await page.reload();
    await page.getByText('Besluitvorming: beraad').first().waitFor();
    await page.waitForLoadState('networkidle');

    await openActie(page, 'Besluit voorstellen');
    await kies(page, 'uitkomst', 'toekennen');
    await kies(page, 'route', 'bemiddeling');
    await tabNaar(page, (f) => f.id === 'b-motivering', 'de motivering');
    await page.keyboard.type('Uitstroom Beschermd Wonen met begeleiding: directe bemiddeling.');
    await shot(page, 'toetsenbord-03-besluit');
    // Nothing traps focus in an open form.
    await geenToetsenbordval(page);
    await verstuurActie(page, 'Besluit voorstellen');
    await page.context().close();

    // Four eyes: the second member approves, with the keyboard too.
    const tweede = await loginMetToetsenbord(browser, 'Noor Bakker', 'commissie2@haaglanden.demo');
    await opent(tweede, zaakId);
    await openActie(tweede, 'Besluitvoorstel goedkeuren');
    await verstuurActie(tweede, 'Besluitvoorstel goedkeuren');
    await tweede.getByText('Bemiddeling: woning zoeken').first().waitFor();
    await tweede.context().close();
  });

  it('een corporatiemedewerker biedt een woning aan', async () => {
    expect(zaakId).not.toBe('');
    const page = await loginMetToetsenbord(browser, 'Kees Mulder', 'corporatie@staedion.demo');
    await opent(page, zaakId);
    await page.getByRole('heading', { name: 'Passende woningen' }).waitFor();

    // The offer form opens with focus in its first field; Escape closes it and focus returns to "Aanbieden…".
    const knop = await tabNaar(page, (f) => f.tag === 'button' && f.tekst === 'Aanbieden…', 'Aanbieden…', 200);
    const formId = await page.evaluate(() => document.activeElement?.getAttribute('aria-controls') ?? '');
    expect(knop.zichtbaar).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator(`form#${formId}`).waitFor();
    await page.waitForFunction((id) => !!document.activeElement?.closest(`form#${id}`), formId);
    await page.keyboard.press('Escape');
    await page.locator(`form#${formId}`).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Aanbieden…');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => !!document.activeElement?.closest(`form#${id}`), formId);
    if ((await focus(page)).tag === 'textarea') await page.keyboard.type('De woning ligt dicht bij het netwerk van de aanvrager.');
    await tabNaar(page, tekst('Woning aanbieden'), 'Woning aanbieden');
    await page.keyboard.press('Enter');
    await page.getByText('Woning aanbieden: gelukt.').waitFor();
    await page.getByText('Bemiddeling: woning aangeboden').first().waitFor();
    await shot(page, 'toetsenbord-04-aangeboden');
    await page.context().close();
  });
});
