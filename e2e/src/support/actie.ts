import type { Page } from 'playwright-core';

/** Opens an action from the case's allowed actions, lets `vul` fill its form, submits it and waits for the success message. */
export async function actie(page: Page, naam: string, vul?: () => Promise<void>): Promise<void> {
  await page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: naam, exact: true }).click();
  const form = page.locator('section.actie');
  await form.getByRole('heading', { name: naam }).waitFor();
  if (vul) await vul();
  await form.locator('button[type=submit]').click();
  await page.getByText(`${naam}: gelukt.`).waitFor();
}
