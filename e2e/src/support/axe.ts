import AxeBuilder from '@axe-core/playwright';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import * as ts from 'typescript';
import { roep } from './api';

/** One demo user per role, for the checks that go through the app as every role. */
export const ROLLEN = [
  ['zorgmedewerker', 'zorg@parnassia.demo'],
  ['gemeentemedewerker', 'intake@denhaag.demo'],
  ['commissielid', 'commissie@haaglanden.demo'],
  ['medischAdviseur', 'arts@haaglanden.demo'],
  ['corporatiemedewerker', 'corporatie@staedion.demo'],
  ['regiocoordinator', 'coordinator@haaglanden.demo'],
  ['beheerder', 'beheer@haaglanden.demo'],
] as const;

/** The in-app paths the links inside `binnen` (a CSS selector) point to. */
export async function linkPaden(page: Page, binnen: string): Promise<string[]> {
  return page.locator(`${binnen} a[href^="/"]`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The WCAG 2.1 A and AA rules: what the Besluit digitale toegankelijkheid overheid asks (EN 301 549). */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's WCAG 2.1 A/AA findings on the page as it is now, one line per rule with the
 * elements it failed on. With AXE_VERSLAG=<file> every check is also written there (what,
 * where, how many), so a run's totals can be counted.
 */
export async function schendingen(page: Page, wat: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG21_AA).analyze();
  const regels = result.violations.map((v) => `${wat} – ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  const verslag = process.env['AXE_VERSLAG'];
  if (verslag) appendFileSync(verslag, `${JSON.stringify({ wat, url: new URL(page.url()).pathname, schendingen: result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length })) })}\n`);
  return regels;
}

const ROUTES_BESTAND = join(__dirname, '..', '..', '..', 'web', 'src', 'app', 'app.routes.ts');

/**
 * Every path of the web app's router configuration (children joined to their parent), read
 * from app.routes.ts itself: a route added there without an axe check makes the coverage test fail.
 */
export function routePatronen(): string[] {
  const bron = ts.createSourceFile(ROUTES_BESTAND, readFileSync(ROUTES_BESTAND, 'utf8'), ts.ScriptTarget.Latest, true);
  const patronen: string[] = [];
  const eigenschap = (o: ts.ObjectLiteralExpression, naam: string): ts.Expression | undefined =>
    o.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(bron) === naam)?.initializer;
  const loop = (lijst: ts.ArrayLiteralExpression, ouder: string): void => {
    for (const route of lijst.elements) {
      if (!ts.isObjectLiteralExpression(route)) throw new Error(`Onverwachte route in app.routes.ts: ${route.getText(bron)}`);
      const pad = eigenschap(route, 'path');
      if (pad && !ts.isStringLiteral(pad)) throw new Error(`Routepad is geen tekst: ${pad.getText(bron)}`);
      const volledig = [ouder, pad?.text ?? ''].filter(Boolean).join('/');
      const kinderen = eigenschap(route, 'children');
      if (kinderen && ts.isArrayLiteralExpression(kinderen)) loop(kinderen, volledig);
      if (eigenschap(route, 'loadComponent') || eigenschap(route, 'component') || eigenschap(route, 'redirectTo')) patronen.push(volledig);
    }
  };
  ts.forEachChild(bron, function zoek(node): void {
    if (ts.isVariableDeclaration(node) && node.name.getText(bron) === 'routes' && node.initializer && ts.isArrayLiteralExpression(node.initializer)) loop(node.initializer, '');
    else ts.forEachChild(node, zoek);
  });
  if (!patronen.length) throw new Error('Geen routes gevonden in app.routes.ts');
  return patronen;
}

/** The route pattern Angular would pick for a path: the first in configuration order whose segments match. */
export function patroonVan(pad: string, patronen: readonly string[]): string {
  const delen = pad.replace(/^\/|\/$/g, '').split('/').filter(Boolean);
  for (const patroon of patronen) {
    if (patroon === '**') return patroon;
    const p = patroon.split('/').filter(Boolean);
    if (p.length === delen.length && p.every((s, n) => s.startsWith(':') || s === delen[n])) return patroon;
  }
  throw new Error(`Geen route voor ${pad}`);
}

/** Waits until a page has its heading and its data: no request in flight. */
export async function paginaGeladen(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * Lets every GET through and answers every other api call with a 400 problem, so a test can
 * press every button (and submit every form) without changing the shared demo data: the
 * form's error state is then what gets checked.
 */
export async function alleenLezen(page: Page): Promise<void> {
  await page.route('**/api/**', (route) => {
    if (route.request().method() === 'GET') return route.fallback();
    return route.fulfill({
      status: 400,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', status: 400, title: 'Ongeldige invoer', detail: 'Controleer de gemarkeerde velden (testantwoord: er is niets opgeslagen).', fouten: [] }),
    });
  });
}

/**
 * The demo data has no committee meeting: plan one (test setup through the api) so the
 * meeting page is there to check. Far ahead, apart from the dates other specs plan.
 */
export async function zorgVoorVergadering(): Promise<void> {
  const email = 'commissie@haaglanden.demo';
  if ((await roep<unknown[]>(email, 'GET', '/vergaderingen')).length) return;
  const datum = new Date(Date.now() + 500 * 86_400_000).toISOString().slice(0, 10);
  await roep(email, 'POST', '/vergaderingen', { datum });
}
