import { REGIO_GEMEENTEN, isRegioGemeente, regioGemeente, type Centrumregio, type RegioGemeente } from '../gemeente.data';
import { ROUTES, type Route } from '../inschrijving.model';
import { URGENTIECATEGORIEEN, URGENTIECATEGORIE_INFO, isUrgentiecategorie } from '../urgentiecategorie.model';

/**
 * The filters of the regional monitor: one year (or all years together), and
 * optionally one category, one route and one centrumregio. The same filter drives the page, the API and
 * the export, so a download always holds what the screen shows.
 */

export const CENTRUMREGIOS: readonly Centrumregio[] = ['Delft', 'Den Haag'];

/** Placements also count groups without an urgency category (statushouders via the corporatie, other groups). */
export const MONITOR_CATEGORIEEN = [...URGENTIECATEGORIEEN, 'OVERIG'] as const;
export type MonitorCategorie = (typeof MONITOR_CATEGORIEEN)[number];

/** The value of the `jaar` parameter for all years together. */
export const MONITOR_ALLE_JAREN = 'alle';

export interface MonitorFilter {
  /** null: all years together (the caps and the shortage forecast are per year, so those stay empty). */
  readonly jaar: number | null;
  readonly categorie: MonitorCategorie | null;
  readonly route: Route | null;
  readonly centrumregio: Centrumregio | null;
}

export const ROUTE_LABEL: Readonly<Record<Route, string>> = {
  bemiddeling: 'Directe bemiddeling',
  zelfZoeken: 'Zelf zoeken met urgentieverklaring',
};

export function isMonitorCategorie(value: unknown): value is MonitorCategorie {
  return typeof value === 'string' && (MONITOR_CATEGORIEEN as readonly string[]).includes(value);
}

export function isRoute(value: unknown): value is Route {
  return typeof value === 'string' && (ROUTES as readonly string[]).includes(value);
}

export function isCentrumregio(value: unknown): value is Centrumregio {
  return typeof value === 'string' && (CENTRUMREGIOS as readonly string[]).includes(value);
}

export function monitorCategorieLabel(categorie: string): string {
  if (isUrgentiecategorie(categorie)) return URGENTIECATEGORIE_INFO[categorie].label;
  return categorie === 'OVERIG' ? 'Andere bijzondere doelgroep' : categorie;
}

/** The gemeenten the monitor shows: the nine of the region, or those of one centrumregio. */
export function monitorGemeenten(filter: Pick<MonitorFilter, 'centrumregio'>): readonly RegioGemeente[] {
  return filter.centrumregio ? REGIO_GEMEENTEN.filter((g) => g.centrumregio === filter.centrumregio) : REGIO_GEMEENTEN;
}

/** Herkomst rows beside the nine gemeenten: a herkomstgemeente outside the region, or none established (yet). */
export const HERKOMST_BUITEN_REGIO = 'buitenRegio';
export const HERKOMST_ONBEKEND = 'onbekend';
export type HerkomstSleutel = string;

/** The row a case falls in by its herkomstgemeente: its CBS code in the region, else 'buitenRegio' or 'onbekend'. */
export function herkomstSleutel(herkomstgemeente: string | null | undefined): HerkomstSleutel {
  const code = herkomstgemeente?.trim();
  if (!code) return HERKOMST_ONBEKEND;
  return isRegioGemeente(code) ? code : HERKOMST_BUITEN_REGIO;
}

export function herkomstLabel(sleutel: HerkomstSleutel): string {
  if (sleutel === HERKOMST_BUITEN_REGIO) return 'Buiten de regio';
  if (sleutel === HERKOMST_ONBEKEND) return 'Onbekend';
  return regioGemeente(sleutel)?.naam ?? sleutel;
}

/** All herkomst rows in display order: the nine gemeenten, then outside the region, then unknown. */
export const HERKOMST_SLEUTELS: readonly HerkomstSleutel[] = [...REGIO_GEMEENTEN.map((g) => g.cbsCode), HERKOMST_BUITEN_REGIO, HERKOMST_ONBEKEND];

/** The filter as query parameters (for links and downloads); empty filters are left out. */
export function monitorFilterParams(filter: MonitorFilter): Record<string, string> {
  const params: Record<string, string> = { jaar: filter.jaar === null ? MONITOR_ALLE_JAREN : String(filter.jaar) };
  if (filter.categorie) params['categorie'] = filter.categorie;
  if (filter.route) params['route'] = filter.route;
  if (filter.centrumregio) params['centrumregio'] = filter.centrumregio;
  return params;
}

/** 'regionale-monitor-2026' ('-alle-jaren'), '-bw-bemiddeling-den-haag' appended per filter: the file name says what is in it. */
export function monitorBestandsnaam(filter: MonitorFilter): string {
  const delen = ['regionale-monitor', filter.jaar === null ? 'alle-jaren' : String(filter.jaar), filter.categorie, filter.route, filter.centrumregio].filter((d): d is string => !!d);
  return delen.join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** One sentence for a caption or a file: 'Jaar 2026, categorie Medisch urgent, alle routes, centrumregio Delft' ('Alle jaren, …'). */
export function monitorFilterOmschrijving(filter: MonitorFilter): string {
  return [
    filter.jaar === null ? 'alle jaren' : `jaar ${filter.jaar}`,
    filter.categorie ? `categorie ${monitorCategorieLabel(filter.categorie)}` : 'alle categorieën',
    filter.route ? `route ${ROUTE_LABEL[filter.route].toLowerCase()}` : 'alle routes',
    filter.centrumregio ? `centrumregio ${filter.centrumregio}` : 'hele regio',
  ].join(', ').replace(/^./, (c) => c.toUpperCase());
}
