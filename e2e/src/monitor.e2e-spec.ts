import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, loginAs, shot } from './support/browser';

/** The regiocoördinator opens the monitor, changes the year and exports the tables to XLSX, which reads back. */
describe('regionale monitor', () => {
  let browser: Browser;

  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('jaar wisselen en de tabellen als XLSX downloaden', async () => {
    const { context, page } = await loginAs(browser, 'coordinator@haaglanden.demo');
    await page.goto(`${baseUrl()}/monitor`);
    await page.getByRole('heading', { name: 'Regionale monitor' }).waitFor();
    const jaar = new Date().getFullYear();
    await page.getByRole('heading', { name: `Plaatsingen tegen het plafond, ${jaar}` }).waitFor();

    await page.locator('#mon-jaar').selectOption(String(jaar - 1));
    await page.getByRole('heading', { name: `Plaatsingen tegen het plafond, ${jaar - 1}` }).waitFor();
    await page.getByRole('table', { name: new RegExp(`Plaatsingen naar herkomstgemeente en gemeente van plaatsing, ${jaar - 1}`) }).waitFor();
    await shot(page, '50-monitor-vorig-jaar');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Excel \(XLSX\)/ }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`${jaar - 1}.*\\.xlsx$`));
    const pad = await download.path();
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.readFile(pad);
    expect(boek.worksheets.length).toBeGreaterThan(1);
    const namen = boek.worksheets.flatMap((blad) => blad.getColumn(1).values.map((v) => String(v ?? '')));
    expect(namen).toContain('Den Haag');
    await context.close();
  });

  it('alle jaren samen: de tabellen over alle jaren, zonder plafond (dat geldt per jaar)', async () => {
    const { context, page } = await loginAs(browser, 'coordinator@haaglanden.demo');
    await page.goto(`${baseUrl()}/monitor`);
    await page.getByRole('heading', { name: 'Regionale monitor' }).waitFor();
    await page.locator('#mon-jaar').selectOption({ label: 'Alle jaren' });
    await page.getByRole('heading', { name: 'Plaatsingen tegen het plafond, alle jaren' }).waitFor();
    await page.getByText(/Plafonds gelden per kalenderjaar/).waitFor();
    await page.getByRole('table', { name: /Plaatsingen naar herkomstgemeente en gemeente van plaatsing, alle jaren/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('jaar')).toBe('alle');
    // A reload keeps the choice (the filter lives in the address).
    await page.reload();
    await page.getByRole('heading', { name: 'Plaatsingen tegen het plafond, alle jaren' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Excel \(XLSX\)/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/alle-jaren.*\.xlsx$/);
    await context.close();
  });
});
