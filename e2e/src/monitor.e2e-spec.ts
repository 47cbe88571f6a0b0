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
});
