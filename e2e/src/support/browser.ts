import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SERVER_FILE } from './server-file';

export const SCREENSHOTS = join(__dirname, '..', '..', 'screenshots');

export function baseUrl(): string {
  return (JSON.parse(readFileSync(SERVER_FILE, 'utf8')) as { url: string }).url;
}

/** The system Chromium, headless, with the flags this machine needs; no browser download. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser context logged in as the given demo user through the login page. */
export async function loginAs(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/inloggen`);
  await page.locator(`select#gebruiker option[value="${email}"]`).waitFor({ state: 'attached' });
  await page.selectOption('select#gebruiker', email);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  return { context, page };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
