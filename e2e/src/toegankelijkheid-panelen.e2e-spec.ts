import type { Browser, Locator, Page } from 'playwright-core';
import { roep } from './support/api';
import { ROLLEN, alleenLezen, linkPaden, paginaGeladen, patroonVan, routePatronen, schendingen, zorgVoorVergadering } from './support/axe';
import { baseUrl, launch, loginAs } from './support/browser';

/**
 * WCAG 2.1 A/AA checks with axe-core on everything that opens on a page: every action form
 * of a case (for every state a role meets), confirmations, the inline forms (wijzigen,
 * aanbieden, intrekken, sluiten), the steps of a new application and every <details> part.
 * Each button in the page's main content is pressed once on a freshly loaded page; what
 * opens is checked, then its form is submitted empty and checked again with its errors.
 * Nothing is saved: every api call but GET is answered with a 400 (alleenLezen).
 * A part with an "Annuleren" button behaves like a dialog: Escape closes it and focus
 * returns to the button that opened it.
 */
/** Buttons that only page or filter a list: nothing opens. */
const GEEN_PANEEL = /^(Filteren|Vorige pagina|Volgende pagina|Vorige|Volgende|Toon|Vernieuwen)$/;

interface ZaakRij { id: string; state: string }

/** The visible text of each enabled button in main (screen-reader-only additions left out), in document order. */
async function knoppen(page: Page): Promise<string[]> {
  return page.locator('main button').evaluateAll((bs) => bs.map((b) => {
    const el = b as HTMLButtonElement;
    if (el.disabled || !el.offsetParent) return '';
    const kopie = el.cloneNode(true) as HTMLElement;
    kopie.querySelectorAll('.visueel-verborgen').forEach((v) => v.remove());
    return (kopie.textContent ?? '').replace(/\s+/g, ' ').trim();
  }));
}

async function openDetails(page: Page): Promise<void> {
  await page.locator('main details:not([open])').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

async function focusTekst(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const kopie = el.cloneNode(true) as HTMLElement;
    kopie.querySelectorAll('.visueel-verborgen').forEach((v) => v.remove());
    return (kopie.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

describe('toegankelijkheid van formulieren, bevestigingen en uitklapbare delen (axe-core)', () => {
  let browser: Browser;
  const patronen = routePatronen();
  /** Everything that was opened and checked: "role route › button". */
  const geopend: string[] = [];
  /** Buttons pressed: per role on a case (its actions differ by role), once for all roles elsewhere. */
  const gedaan = new Set<string>();
  const sleutel = (rol: string, pad: string, label: string): string => {
    const patroon = patroonVan(pad, patronen);
    return patroon === 'zaken/:id' ? `${rol} ${patroon} ${label}` : `${patroon} ${label}`;
  };

  beforeAll(async () => {
    browser = await launch();
    await zorgVoorVergadering();
  });
  afterAll(async () => {
    console.log(`Geopende en gecontroleerde onderdelen (${geopend.length}):\n${geopend.join('\n')}`);
    await browser?.close();
  });

  async function laad(page: Page, pad: string): Promise<void> {
    await page.goto(`${baseUrl()}${pad}`);
    await paginaGeladen(page);
    await openDetails(page);
  }

  /** Presses each button of the page not pressed before (by its text) on a fresh load and checks what opens. */
  async function verken(page: Page, wie: string, pad: string, fouten: string[]): Promise<void> {
    await laad(page, pad);
    const labels = [...new Set((await knoppen(page)).filter((l) => l && !GEEN_PANEEL.test(l) && !gedaan.has(sleutel(wie, pad, l))))];
    // The page itself is checked per role by toegankelijkheid.e2e-spec; a case here for each state.
    if (patroonVan(pad, patronen) === 'zaken/:id') fouten.push(...(await schendingen(page, `${wie} ${pad}`)));
    for (const label of labels) {
      gedaan.add(sleutel(wie, pad, label));
      await laad(page, pad);
      const index = (await knoppen(page)).indexOf(label);
      if (index < 0) continue;
      const annulerenVoor = await page.locator('main button:visible', { hasText: /^\s*Annuleren\s*$/ }).count();
      const submitsVoor = await page.locator('main button[type=submit]:visible').count();
      await page.locator('main button').nth(index).click();
      await page.waitForLoadState('networkidle');
      await openDetails(page);
      const wat = `${wie} ${pad} › ${label}`;
      geopend.push(wat);
      fouten.push(...(await schendingen(page, wat)));
      if (new URL(page.url()).pathname !== pad) continue;

      const annuleren = page.locator('main button:visible', { hasText: /^\s*Annuleren\s*$/ });
      if ((await annuleren.count()) > annulerenVoor) {
        // A form that opened: submit it as it is, to check its error state too.
        const submit = page.locator('main button[type=submit]:visible:enabled');
        if ((await submit.count()) > submitsVoor) {
          await submit.last().click();
          await page.waitForLoadState('networkidle');
          fouten.push(...(await schendingen(page, `${wat} (verstuurd, met foutmelding)`)));
        }
        // Escape closes what opened and gives focus back to the button that opened it.
        await annuleren.last().focus();
        await page.keyboard.press('Escape');
        await page.waitForTimeout(50);
        if ((await annuleren.count()) > annulerenVoor) fouten.push(`${wat}: Escape sluit dit onderdeel niet`);
        else if ((await focusTekst(page)) !== label) fouten.push(`${wat}: na Escape staat de focus op "${await focusTekst(page)}" in plaats van op de knop "${label}"`);
      }
    }
  }

  /** One case per state the role meets (from the api, as test setup), capped. */
  async function zaakPaden(email: string, max: number): Promise<string[]> {
    const lijst = await roep<{ items: ZaakRij[] }>(email, 'GET', '/zaken?perPagina=100');
    const perState = new Map<string, string>();
    for (const z of lijst.items) if (!perState.has(z.state)) perState.set(z.state, z.id);
    return [...perState.values()].slice(0, max).map((id) => `/zaken/${id}`);
  }

  it.each(ROLLEN)('%s: alles wat op de pagina\'s opengaat', async (rol, email) => {
    const { context, page } = await loginAs(browser, email);
    await alleenLezen(page);
    const fouten: string[] = [];
    try {
      const menu = await linkPaden(page, 'nav[aria-label=Hoofdmenu]');
      const zaken = rol === 'regiocoordinator' || rol === 'beheerder' ? [] : await zaakPaden(email, rol === 'commissielid' ? 12 : 6);
      const rij = [...menu, ...zaken];
      const bezocht = new Set<string>();
      while (rij.length) {
        const pad = rij.shift()!;
        const patroon = patroonVan(pad, patronen);
        // Cases are visited per state; any other route once per role.
        if (pad.startsWith('/api/') || (patroon !== 'zaken/:id' && bezocht.has(patroon)) || bezocht.has(pad)) continue;
        bezocht.add(patroon).add(pad);
        await verken(page, rol, pad, fouten);
        await laad(page, pad);
        rij.push(...(await linkPaden(page, 'main'))
          .filter((p) => !p.startsWith('/api/') && !['zaken/:id', '**'].includes(patroonVan(p, patronen))));
      }
    } finally {
      await context.close();
    }
    expect(fouten).toEqual([]);
  }, 1_800_000);

  it('beheerder: Gebruikers – account toevoegen (leeg verstuurd), wijzigen en blokkeren', async () => {
    const pad = '/beheer/gebruikers';
    const { context, page } = await loginAs(browser, 'beheer@haaglanden.demo');
    await alleenLezen(page);
    const fouten: string[] = [];
    /** Another account than the beheerder's own (that row has no Blokkeren). */
    const andere = (): Locator => page.locator('tbody tr').filter({ has: page.getByRole('button', { name: /^Blokkeren/ }) }).first();
    const eigen = (): Locator => page.locator('tbody tr').filter({ hasText: 'Uw account' }).first();
    const panelen: Array<{ wat: string; label: string; knop: () => Locator; versturen: () => Promise<void> }> = [
      {
        wat: 'Account toevoegen', label: 'Account toevoegen',
        knop: () => page.getByRole('button', { name: 'Account toevoegen', exact: true }),
        versturen: async () => {
          await page.getByRole('form', { name: 'Nieuw account' }).getByRole('button', { name: 'Toevoegen', exact: true }).click();
          await page.locator('main #ga-rol-fout').waitFor();
          expect(await page.locator('main .veld-fout').count()).toBe(4);
        },
      },
      {
        wat: 'Wijzigen', label: 'Wijzigen', knop: () => andere().getByRole('button', { name: /^Wijzigen/ }),
        versturen: async () => {
          const form = page.getByRole('form', { name: /^Account van .* wijzigen$/ });
          await form.getByLabel(/^Naam/).fill('');
          await form.getByRole('button', { name: 'Opslaan' }).click();
          await form.locator('.veld-fout').waitFor();
        },
      },
      {
        wat: 'Wijzigen (eigen account, zonder rol)', label: 'Wijzigen', knop: () => eigen().getByRole('button', { name: /^Wijzigen/ }),
        versturen: async () => {
          const form = page.getByRole('form', { name: /^Account van .* wijzigen$/ });
          await form.getByLabel(/^Naam/).fill('Ander');
          await form.getByRole('button', { name: 'Opslaan' }).click();
          await form.getByRole('alert').waitFor();
        },
      },
      {
        wat: 'Blokkeren (bevestiging)', label: 'Blokkeren', knop: () => andere().getByRole('button', { name: /^Blokkeren/ }),
        versturen: async () => {
          await page.getByRole('button', { name: 'Ja, blokkeren' }).click();
          await page.locator('main .paneel [role=alert]').waitFor();
        },
      },
    ];
    try {
      for (const p of panelen) {
        await laad(page, pad);
        const wat = `beheerder ${pad} › ${p.wat}`;
        const knop = p.knop();
        await knop.click();
        const annuleren = page.locator('main button:visible', { hasText: /^\s*Annuleren\s*$/ });
        await annuleren.waitFor();
        expect(await knop.getAttribute('aria-expanded')).toBe('true');
        geopend.push(wat);
        fouten.push(...(await schendingen(page, wat)));
        await p.versturen();
        fouten.push(...(await schendingen(page, `${wat} (verstuurd, met foutmelding)`)));
        // Escape closes it and gives focus back to the button that opened it.
        await annuleren.focus();
        await page.keyboard.press('Escape');
        await annuleren.waitFor({ state: 'detached' });
        if ((await focusTekst(page)) !== p.label) fouten.push(`${wat}: na Escape staat de focus op "${await focusTekst(page)}" in plaats van op de knop "${p.label}"`);
        expect(await knop.getAttribute('aria-expanded')).toBe('false');
      }
    } finally {
      await context.close();
    }
    expect(fouten).toEqual([]);
  }, 300_000);

  it.each([['zorgmedewerker', 'zorg@parnassia.demo'], ['gemeentemedewerker', 'intake@denhaag.demo']])(
    '%s: elke stap van een nieuwe aanvraag, met toegevoegde regels en met foutmeldingen', async (rol, email) => {
      const { context, page } = await loginAs(browser, email);
      await alleenLezen(page);
      const fouten: string[] = [];
      await laad(page, '/zaken/nieuw');
      const stappen = await page.getByRole('navigation', { name: /Stappen van/ }).getByRole('button').count();
      for (let n = 0; n < stappen; n++) {
        await page.getByRole('navigation', { name: /Stappen van/ }).getByRole('button').nth(n).click();
        // The step's own heading first: until Angular has rendered it, the buttons are the previous step's.
        await page.getByRole('heading', { level: 2, name: new RegExp(`^Stap ${n + 1}:`) }).waitFor();
        for (const toevoegen of await page.locator('main button', { hasText: /toevoegen$/ }).all()) await toevoegen.click();
        fouten.push(...(await schendingen(page, `${rol} /zaken/nieuw stap ${n + 1}`)));
        const volgende = page.getByRole('button', { name: 'Volgende stap' });
        if (await volgende.count()) {
          await volgende.click();
          fouten.push(...(await schendingen(page, `${rol} /zaken/nieuw stap ${n + 1} (na Volgende stap)`)));
        } else {
          await page.getByRole('button', { name: 'Opslaan als concept' }).click();
          await page.waitForLoadState('networkidle');
          fouten.push(...(await schendingen(page, `${rol} /zaken/nieuw stap ${n + 1} (opslaan met foutmelding)`)));
        }
      }
      geopend.push(`${rol} /zaken/nieuw: ${stappen} stappen`);
      await context.close();
      expect(fouten).toEqual([]);
    }, 600_000);
});
