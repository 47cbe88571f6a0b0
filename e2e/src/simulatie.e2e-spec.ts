import type { Browser } from 'playwright-core';
import { baseUrl, launch, loginAs, shot } from './support/browser';

/** The regiocoördinator runs two year simulations and compares them (issue 5 §3). */
describe('simulatie van een jaar', () => {
  let browser: Browser;

  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('scenario A met de standaard, scenario B met een hoger plafond, en het verschil B − A', async () => {
    const { context, page } = await loginAs(browser, 'coordinator@haaglanden.demo');
    await page.goto(`${baseUrl()}/monitor/simulatie`);
    await page.getByRole('heading', { name: 'Simulatie van een jaar' }).waitFor();
    // The form is filled from GET …/standaard: the default cap of 30 %.
    await page.waitForFunction(() => (document.querySelector('#sim-plafond-A') as HTMLInputElement | null)?.value === '30');

    await page.getByRole('button', { name: 'Simuleren scenario A' }).click();
    await page.getByRole('table', { name: /Scenario A: geplaatst, niet geplaatst en plafondgebruik per gemeente/ }).waitFor({ timeout: 60_000 });

    await page.locator('#sim-plafond-B').fill('40');
    await page.locator('#sim-bemiddeling-B').fill('90');
    await page.getByRole('button', { name: 'Simuleren scenario B' }).click();
    await page.getByRole('table', { name: /Scenario B: geplaatst, niet geplaatst en plafondgebruik per gemeente/ }).waitFor({ timeout: 60_000 });

    const verschil = page.getByRole('table', { name: 'Verschil B − A per gemeente' });
    await verschil.waitFor();
    await shot(page, '60-simulatie-a-b');
    expect(await page.getByRole('table', { name: /Scenario A: per urgentiecategorie/ }).isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: /Scenario B: per urgentiecategorie/ }).isVisible()).toBe(true);
    expect(await verschil.getByRole('rowheader', { name: 'Den Haag' }).isVisible()).toBe(true);

    // A higher cap leaves room for more placements.
    const geplaatst = async (s: string) => Number((await page.getByTestId(`geplaatst-${s}`).innerText()).replace(/\./g, ''));
    expect(await geplaatst('B')).toBeGreaterThan(await geplaatst('A'));
    await context.close();
  });
});
