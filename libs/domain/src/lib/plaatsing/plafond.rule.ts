import { toDate } from '../datum.util';
import { regioGemeente } from '../gemeente.data';
import type { Huurgrenzen } from '../huurgrenzen.data';
import { URGENTIECATEGORIE_INFO, isUrgentiecategorie } from '../urgentiecategorie.model';

/**
 * Cap counting for principles 3 and 4 of the region: at most a share (30 %) of
 * a gemeente's yearly vacancies goes to all bijzondere doelgroepen together,
 * optionally counted only below the eerste aftoppingsgrens, and per wijk or
 * complex the gemeente may set a different share for leefbaarheid. The two
 * legal backstops (15 % statutory minimum, 50 % ceiling for binding) are shown
 * beside it.
 */

export type PlafondStatus = 'ruimte' | 'bijna' | 'vol' | 'overschreden';
export type PlafondNiveau = 'gemeente' | 'wijk' | 'complex';

export interface PlafondStand {
  readonly niveau: PlafondNiveau;
  readonly code: string;
  readonly naam: string;
  readonly plafond: number;
  readonly gebruikt: number;
  readonly percentage: number;
  readonly status: PlafondStatus;
  readonly ruimte: number;
}

/** What the cap is a share of: all social lettings, or only those below the eerste aftoppingsgrens. */
export type PlafondBasis = 'sociaal' | 'onderEersteAftoppingsgrens';

export interface PlafondUitzondering {
  readonly soort: 'wijk' | 'complex';
  readonly code: string;
  readonly naam: string;
  /** Share for this wijk or complex, e.g. 0.40 (Den Haag allows up to 40 % in some wijken) or 0.10 for a vulnerable complex. */
  readonly aandeel: number;
  readonly verwachteMutaties: number;
}

export interface BegrenzingInstelling {
  readonly gemeenteCbs: string;
  readonly jaar: number;
  /** Expected social lettings in the year. */
  readonly verwachteMutaties: number;
  /** Expected lettings below the eerste aftoppingsgrens in the year. */
  readonly verwachteMutatiesOnderAftopping: number;
  /** e.g. 0.30 */
  readonly aandeel: number;
  readonly basis: PlafondBasis;
  readonly uitzonderingen: readonly PlafondUitzondering[];
}

export interface GeteldePlaatsing {
  readonly gemeenteCbs: string;
  readonly wijkCode: string | null;
  readonly complex: string | null;
  readonly huurprijs: number | null;
  /** An Urgentiecategorie, or 'OVERIG' for another bijzondere doelgroep. */
  readonly categorie: string;
  /** True when the urgency required local or regional ties (counts under the 50 % ceiling). */
  readonly binding: boolean;
  /** ISO date; its year decides the cap year. */
  readonly ingangsdatum: string;
  /**
   * How many placements this row stands for; 1 when absent. The database hands the
   * rule one row per group of alike placements, so a big gemeente's year is a few
   * hundred rows instead of thousands of entities.
   */
  readonly aantal?: number;
}

export interface Plafondoverzicht {
  readonly gemeenteCbs: string;
  readonly jaar: number;
  readonly basis: PlafondBasis;
  readonly gemeente: PlafondStand;
  readonly uitzonderingen: readonly PlafondStand[];
  /** Statutory urgents against the legal minimum of 15 % of the yearly vacancies; percentage = share of the vacancies. */
  readonly wettelijk: { readonly aantal: number; readonly minimum: number; readonly percentage: number; readonly tekort: number };
  /** Allocations with binding against the 50 % ceiling; percentage = share of the vacancies. */
  readonly binding: { readonly aantal: number; readonly maximum: number; readonly percentage: number; readonly status: PlafondStatus };
  /** All placements of the gemeente and year per category (also those the basis does not count). */
  readonly perCategorie: Readonly<Record<string, number>>;
  /** Placements of the gemeente and year the basis leaves out (rent above the eerste aftoppingsgrens). */
  readonly nietGeteld: number;
}

export interface NieuwePlaatsing {
  readonly wijkCode: string | null;
  readonly complex: string | null;
  readonly huurprijs: number | null;
}

export interface PlafondToets {
  readonly toegestaan: boolean;
  /** Levels the new placement would take beyond 100 %: placing needs an ontheffing by the regiocoördinator. */
  readonly overschrijdingen: readonly PlafondStand[];
  readonly waarschuwingen: readonly string[];
  /** Gemeente and the matching wijk/complex exceptions, as they are now. */
  readonly standen: readonly PlafondStand[];
}

export const WETTELIJK_MINIMUM_AANDEEL = 0.15;
export const BINDING_MAXIMUM_AANDEEL = 0.5;
/** From this share on a cap is 'bijna' vol (90 %). */
export const PLAFOND_BIJNA_AANDEEL = 0.9;
// Compared as gebruikt × 10 >= plafond × 9 so the boundary stays exact (no 0.9 × plafond float).
const isBijna = (gebruikt: number, plafond: number): boolean => gebruikt * 10 >= plafond * 9;

// Shares times counts are floats (0.29 × 100 = 28.999…); a tiny tolerance keeps floor/ceil on the intended whole number.
const EPSILON = 1e-9;
const omlaag = (x: number): number => Math.floor(x + EPSILON);
const omhoog = (x: number): number => Math.ceil(x - EPSILON);
const eenDecimaal = (x: number): number => Math.round(x * 10) / 10;

export function plafondVan(instelling: BegrenzingInstelling): number {
  const basis = instelling.basis === 'sociaal' ? instelling.verwachteMutaties : instelling.verwachteMutatiesOnderAftopping;
  return omlaag(instelling.aandeel * basis);
}

export function plafondVanUitzondering(uitzondering: PlafondUitzondering): number {
  return omlaag(uitzondering.aandeel * uitzondering.verwachteMutaties);
}

function jaarVanDatum(iso: string): number {
  return toDate(iso).getUTCFullYear();
}

/** The number of placements that satisfy `past`, each row weighing its `aantal`. */
function tel(plaatsingen: readonly GeteldePlaatsing[], past: (p: GeteldePlaatsing) => boolean): number {
  let n = 0;
  for (const p of plaatsingen) if (past(p)) n += p.aantal ?? 1;
  return n;
}

function inGemeenteEnJaar(p: GeteldePlaatsing, instelling: BegrenzingInstelling): boolean {
  return p.gemeenteCbs === instelling.gemeenteCbs && jaarVanDatum(p.ingangsdatum) === instelling.jaar;
}

function telBasis(huurprijs: number | null, instelling: BegrenzingInstelling, huurgrenzen: Huurgrenzen): boolean {
  if (instelling.basis === 'sociaal') return true;
  // An unknown rent counts: better to show too little room than too much.
  return huurprijs === null || huurprijs <= huurgrenzen.eersteAftoppingsgrens;
}

/** Whether a placement counts against the gemeente cap of this instelling (gemeente, year and basis). */
export function telt(plaatsing: GeteldePlaatsing, instelling: BegrenzingInstelling, huurgrenzen: Huurgrenzen): boolean {
  return inGemeenteEnJaar(plaatsing, instelling) && telBasis(plaatsing.huurprijs, instelling, huurgrenzen);
}

/**
 * Wijk and complex shares are about leefbaarheid (who lives there), not about a
 * rent segment, so every placement of the year in that wijk or complex counts.
 */
function valtOnder(uitzondering: PlafondUitzondering, p: { readonly wijkCode: string | null; readonly complex: string | null }): boolean {
  return uitzondering.soort === 'wijk' ? p.wijkCode === uitzondering.code : p.complex === uitzondering.code;
}

export function plafondStatus(gebruikt: number, plafond: number): PlafondStatus {
  if (gebruikt > plafond) return 'overschreden';
  if (gebruikt >= plafond) return 'vol';
  if (isBijna(gebruikt, plafond)) return 'bijna';
  return 'ruimte';
}

export function plafondPercentage(gebruikt: number, plafond: number): number {
  if (plafond === 0) return gebruikt > 0 ? 100 : 0;
  return eenDecimaal((100 * gebruikt) / plafond);
}

export function maakStand(niveau: PlafondNiveau, code: string, naam: string, plafond: number, gebruikt: number): PlafondStand {
  return {
    niveau,
    code,
    naam,
    plafond,
    gebruikt,
    percentage: plafondPercentage(gebruikt, plafond),
    status: plafondStatus(gebruikt, plafond),
    ruimte: Math.max(0, plafond - gebruikt),
  };
}

function gemeenteNaam(cbs: string): string {
  return regioGemeente(cbs)?.naam ?? cbs;
}

function gemeenteStand(instelling: BegrenzingInstelling, plaatsingen: readonly GeteldePlaatsing[], huurgrenzen: Huurgrenzen): PlafondStand {
  const gebruikt = tel(plaatsingen, (p) => telt(p, instelling, huurgrenzen));
  return maakStand('gemeente', instelling.gemeenteCbs, gemeenteNaam(instelling.gemeenteCbs), plafondVan(instelling), gebruikt);
}

function uitzonderingStand(u: PlafondUitzondering, instelling: BegrenzingInstelling, plaatsingen: readonly GeteldePlaatsing[]): PlafondStand {
  const gebruikt = tel(plaatsingen, (p) => inGemeenteEnJaar(p, instelling) && valtOnder(u, p));
  return maakStand(u.soort, u.code, u.naam, plafondVanUitzondering(u), gebruikt);
}

export function plafondOverzicht(
  instelling: BegrenzingInstelling,
  plaatsingen: readonly GeteldePlaatsing[],
  huurgrenzen: Huurgrenzen,
): Plafondoverzicht {
  const vanJaar = plaatsingen.filter((p) => inGemeenteEnJaar(p, instelling));
  const perCategorie: Record<string, number> = {};
  for (const p of vanJaar) perCategorie[p.categorie] = (perCategorie[p.categorie] ?? 0) + (p.aantal ?? 1);

  // The legal backstops are shares of all yearly vacancies, whatever basis the gemeente counts its cap on.
  const wettelijkAantal = tel(vanJaar, (p) => isUrgentiecategorie(p.categorie) && URGENTIECATEGORIE_INFO[p.categorie].wettelijk);
  const minimum = omhoog(WETTELIJK_MINIMUM_AANDEEL * instelling.verwachteMutaties);
  const bindingAantal = tel(vanJaar, (p) => p.binding);
  const maximum = omlaag(BINDING_MAXIMUM_AANDEEL * instelling.verwachteMutaties);
  const aandeelVanMutaties = (aantal: number): number =>
    instelling.verwachteMutaties === 0 ? (aantal > 0 ? 100 : 0) : eenDecimaal((100 * aantal) / instelling.verwachteMutaties);

  return {
    gemeenteCbs: instelling.gemeenteCbs,
    jaar: instelling.jaar,
    basis: instelling.basis,
    gemeente: gemeenteStand(instelling, plaatsingen, huurgrenzen),
    uitzonderingen: instelling.uitzonderingen.map((u) => uitzonderingStand(u, instelling, plaatsingen)),
    wettelijk: { aantal: wettelijkAantal, minimum, percentage: aandeelVanMutaties(wettelijkAantal), tekort: Math.max(0, minimum - wettelijkAantal) },
    binding: { aantal: bindingAantal, maximum, percentage: aandeelVanMutaties(bindingAantal), status: plafondStatus(bindingAantal, maximum) },
    perCategorie,
    nietGeteld: tel(vanJaar, (p) => !telBasis(p.huurprijs, instelling, huurgrenzen)),
  };
}

const NIVEAU_TEKST: Readonly<Record<PlafondNiveau, string>> = { gemeente: 'gemeente', wijk: 'wijk', complex: 'complex' };

/** 93.3 → '93,3'. */
export function percentageTekst(percentage: number): string {
  return String(eenDecimaal(percentage)).replace('.', ',');
}

export function standOmschrijving(stand: PlafondStand): string {
  return `plafond ${NIVEAU_TEKST[stand.niveau]} ${stand.naam}`;
}

/**
 * Checks one more placement against the gemeente cap and the matching wijk or
 * complex exception. Both apply: a higher share in a wijk does not lift the
 * municipal total, and a lower share must still fit inside it.
 */
export function toetsNieuwePlaatsing(
  instelling: BegrenzingInstelling,
  plaatsingen: readonly GeteldePlaatsing[],
  huurgrenzen: Huurgrenzen,
  nieuw: NieuwePlaatsing,
): PlafondToets {
  const gemeente = gemeenteStand(instelling, plaatsingen, huurgrenzen);
  const uitzonderingen = instelling.uitzonderingen.filter((u) => valtOnder(u, nieuw)).map((u) => uitzonderingStand(u, instelling, plaatsingen));
  const standen = [gemeente, ...uitzonderingen];
  // Above the eerste aftoppingsgrens with that basis the placement does not use the gemeente cap at all.
  const getoetst = telBasis(nieuw.huurprijs, instelling, huurgrenzen) ? standen : uitzonderingen;

  const overschrijdingen: PlafondStand[] = [];
  const waarschuwingen: string[] = [];
  for (const s of getoetst) {
    const na = s.gebruikt + 1;
    if (na > s.plafond) {
      overschrijdingen.push(s);
    } else if (isBijna(na, s.plafond)) {
      const omschrijving = standOmschrijving(s);
      waarschuwingen.push(
        `${omschrijving.charAt(0).toUpperCase()}${omschrijving.slice(1)}: na deze plaatsing ${na} van ${s.plafond} gebruikt (${percentageTekst(plafondPercentage(na, s.plafond))} %).`,
      );
    }
  }
  return { toegestaan: overschrijdingen.length === 0, overschrijdingen, waarschuwingen, standen };
}

/** The stand with the highest percentage (the first on a tie, so the gemeente wins over an equal exception); null for none. */
export function strengsteStand(standen: readonly PlafondStand[]): PlafondStand | null {
  let strengste: PlafondStand | null = null;
  for (const s of standen) if (strengste === null || s.percentage > strengste.percentage) strengste = s;
  return strengste;
}
