import { regioGemeente } from '../gemeente.data';
import { WoonstartFout } from '../woonstart-fout.error';

/**
 * The scenario table of the memo Verdeelafspraken (chapter 6): per gemeente how
 * many of the year's opgave of bijzondere doelgroepen each way of sharing gives,
 * with the regional total and how many stay unplaced under each column.
 *
 *   A  by population share            (distributes the whole opgave)
 *   B  realisation: placements of bijzondere doelgroepen in the year
 *   C  at most 30 % of social lettings
 *   D  at most 30 % of lettings below the eerste aftoppingsgrens
 *   E  15 % of social lettings: the legal minimum of the Wet regie
 *   F  by herkomstgemeente of the cases (distributes the whole opgave)
 *
 * Rounding as the memo: whole dwellings per gemeente (half up), the total from
 * the regional sum (so a total may differ by one from the sum of its cells),
 * "niet geplaatst" = opgave − total, never below zero. F uses the largest
 * remainder method instead, so its cells add up to the opgave exactly.
 */

export const SCENARIO_KOLOMMEN = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ScenarioKolom = (typeof SCENARIO_KOLOMMEN)[number];

/** Shares of C, D and E in whole percents, so every cell is an exact fraction rounded half up in integers. */
export const SCENARIO_PERCENTAGE = { C: 30, D: 30, E: 15 } as const;

/** The memo's words for a column that cannot be computed (footnote 3: origin not known). */
export const NIET_IN_BEELD = 'niet in beeld te brengen';

/** Headings and one-line explanations, shared by the page and the export. */
export const SCENARIO_KOLOM_INFO: Readonly<Record<ScenarioKolom, { readonly kop: string; readonly uitleg: string }>> = {
  A: { kop: 'Verdeling naar inwonertal', uitleg: 'De opgave verdeeld naar het aandeel van de gemeente in het aantal inwoners van de regio.' },
  B: { kop: 'Realisatie', uitleg: 'Plaatsingen van bijzondere doelgroepen in het jaar: uit Woonstart als er plaatsingen zijn, anders het ingevoerde aantal.' },
  C: { kop: 'Max. 30 % van sociale huur', uitleg: '30 % van de sociale verhuringen: de maximale ruimte in bestaand corporatiebezit.' },
  D: { kop: 'Max. 30 % van woningen tot 1e aftoppingsgrens', uitleg: '30 % van de verhuringen onder de eerste aftoppingsgrens.' },
  E: { kop: 'Min. 15 % uit Wet regie', uitleg: '15 % van de sociale verhuringen: wat de wet vraagt als de regio geen verdeling afspreekt.' },
  F: { kop: 'Verdeling naar herkomstgemeente', uitleg: 'De opgave verdeeld naar de herkomstgemeente van de zaken met een toekenning of plaatsing in het jaar.' },
};

export interface ScenarioGemeenteInvoer {
  readonly gemeenteCbs: string;
  readonly inwoners: number;
  /** Expected (average) yearly social lettings. */
  readonly socialeVerhuringen: number;
  /** Expected (average) yearly lettings below the eerste aftoppingsgrens. */
  readonly verhuringenOnderAftoppingsgrens: number;
  /** B when Woonstart has no placements for the year (e.g. the SVH letting figures of 2024 for the first year). */
  readonly realisatieBijzondereDoelgroepen: number;
}

/** The configurable inputs of one year. */
export interface ScenarioInvoer {
  readonly jaar: number;
  /** The expected yearly regional opgave of bijzondere doelgroepen (memo: 3,412). */
  readonly opgave: number;
  readonly gemeenten: readonly ScenarioGemeenteInvoer[];
}

/** Cases per herkomstgemeente (CBS code; gemeenten outside the region too). */
export type HerkomstTelling = Readonly<Record<string, number>>;
/** Placements of bijzondere doelgroepen per gemeente (CBS code) in the year. */
export type PlaatsingTelling = Readonly<Record<string, number>>;

export type ScenarioWaarden = Readonly<Record<ScenarioKolom, number | null>>;

export interface ScenarioRij {
  readonly gemeenteCbs: string;
  readonly gemeenteNaam: string;
  readonly kolommen: ScenarioWaarden;
  /** Cases with this herkomstgemeente behind F. */
  readonly herkomstZaken: number;
}

/** Cases whose herkomst lies outside the region: their own row, part of F's distribution. */
export interface ScenarioBuitenRegio {
  readonly herkomstZaken: number;
  readonly f: number;
  /** The CBS codes behind the row, sorted. */
  readonly herkomstgemeenten: readonly string[];
}

/** Where B came from: placements registered in Woonstart, or the figure entered with the year's input. */
export type ScenarioBronB = 'plaatsingen' | 'invoer';
/** Where F came from: the cases of the year, or nothing to go on. */
export type ScenarioBronF = 'zaken' | 'geen-zaken';

export interface Scenariotabel {
  readonly jaar: number;
  readonly opgave: number;
  readonly gemeenten: readonly ScenarioRij[];
  /** Null when no case has its herkomst outside the region (or F is not computable). */
  readonly buitenRegio: ScenarioBuitenRegio | null;
  readonly totaal: ScenarioWaarden;
  readonly nietGeplaatst: ScenarioWaarden;
  readonly bronB: ScenarioBronB;
  readonly bronF: ScenarioBronF;
  /** Cases behind F (all herkomsten). */
  readonly zakenF: number;
  /** Per column how it was computed for this year, in words (with the year's numbers). */
  readonly toelichting: Readonly<Record<ScenarioKolom, string>>;
}

/** 3412 → '3.412', as the memo writes numbers. */
export function scenarioGetal(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * teller / noemer rounded half up, exactly, for non-negative integers: the
 * memo's "whole dwellings" without floating-point surprises (76.5 stays 77).
 */
export function rondHalfOmhoog(teller: number, noemer: number): number {
  if (noemer <= 0) throw new WoonstartFout('ongeldig', 'Delen door nul bij het afronden.');
  const dubbel = 2 * teller + noemer;
  return (dubbel - (dubbel % (2 * noemer))) / (2 * noemer);
}

/**
 * Distributes `totaal` whole units over `gewichten` in proportion (largest
 * remainder, Hamilton): everyone gets the floor of their quota, the units left
 * go to the largest remainders. Ties go to the larger weight, then to the
 * earlier position, so the result is deterministic. Sums to `totaal` exactly
 * when any weight is positive; all zeros otherwise.
 */
export function verdeelGrootsteRest(totaal: number, gewichten: readonly number[]): number[] {
  const som = gewichten.reduce((s, g) => s + g, 0);
  if (som === 0) return gewichten.map(() => 0);
  const delen = gewichten.map((g, i) => ({ i, g, vast: Math.floor((totaal * g) / som), rest: (totaal * g) % som }));
  let over = totaal - delen.reduce((s, d) => s + d.vast, 0);
  const uitkomst = delen.map((d) => d.vast);
  for (const d of [...delen].sort((x, y) => y.rest - x.rest || y.g - x.g || x.i - y.i)) {
    if (over === 0) break;
    uitkomst[d.i] += 1;
    over -= 1;
  }
  return uitkomst;
}

function geheel(waarde: number, wat: string): number {
  if (!Number.isSafeInteger(waarde) || waarde < 0) throw new WoonstartFout('ongeldig', `${wat} moet een geheel getal van 0 of meer zijn.`);
  return waarde;
}

function controleer(invoer: ScenarioInvoer, herkomst: HerkomstTelling, plaatsingen: PlaatsingTelling): void {
  geheel(invoer.opgave, 'De opgave');
  const gezien = new Set<string>();
  for (const g of invoer.gemeenten) {
    if (gezien.has(g.gemeenteCbs)) throw new WoonstartFout('ongeldig', `Gemeente ${g.gemeenteCbs} komt twee keer voor in de invoer.`);
    gezien.add(g.gemeenteCbs);
    geheel(g.inwoners, 'Het aantal inwoners');
    geheel(g.socialeVerhuringen, 'Het aantal sociale verhuringen');
    geheel(g.verhuringenOnderAftoppingsgrens, 'Het aantal verhuringen onder de eerste aftoppingsgrens');
    geheel(g.realisatieBijzondereDoelgroepen, 'De realisatie');
  }
  for (const n of Object.values(herkomst)) geheel(n, 'Het aantal zaken per herkomstgemeente');
  for (const n of Object.values(plaatsingen)) geheel(n, 'Het aantal plaatsingen per gemeente');
}

const som = (getallen: readonly number[]): number => getallen.reduce((s, n) => s + n, 0);

/**
 * The memo's table for one year from its inputs, the cases per herkomstgemeente
 * (for F) and the year's placements per gemeente (for B; empty when none).
 */
export function berekenScenariotabel(invoer: ScenarioInvoer, herkomstTelling: HerkomstTelling, plaatsingen: PlaatsingTelling = {}): Scenariotabel {
  controleer(invoer, herkomstTelling, plaatsingen);
  const { jaar, opgave, gemeenten } = invoer;
  const codes = new Set(gemeenten.map((g) => g.gemeenteCbs));

  // A: opgave × share of inhabitants; the total is the opgave itself (the regional sum of the shares).
  const inwoners = som(gemeenten.map((g) => g.inwoners));
  const a = (g: ScenarioGemeenteInvoer) => (inwoners > 0 ? rondHalfOmhoog(opgave * g.inwoners, inwoners) : null);

  // B: live placements as soon as the year has any; otherwise the entered realisation.
  const geplaatst = som(gemeenten.map((g) => plaatsingen[g.gemeenteCbs] ?? 0));
  const bronB: ScenarioBronB = geplaatst > 0 ? 'plaatsingen' : 'invoer';
  const b = (g: ScenarioGemeenteInvoer) => (bronB === 'plaatsingen' ? (plaatsingen[g.gemeenteCbs] ?? 0) : g.realisatieBijzondereDoelgroepen);

  const pct = (n: number, p: number) => rondHalfOmhoog(n * p, 100);

  // F: largest remainder over the nine gemeenten plus one row for every herkomst outside them.
  const buiten = Object.entries(herkomstTelling).filter(([cbs, n]) => !codes.has(cbs) && n > 0);
  const buitenZaken = som(buiten.map(([, n]) => n));
  const gewichten = [...gemeenten.map((g) => herkomstTelling[g.gemeenteCbs] ?? 0), buitenZaken];
  const zakenF = som(gewichten);
  const bronF: ScenarioBronF = zakenF > 0 ? 'zaken' : 'geen-zaken';
  const f = bronF === 'zaken' ? verdeelGrootsteRest(opgave, gewichten) : null;

  const rijen: ScenarioRij[] = gemeenten.map((g, i) => ({
    gemeenteCbs: g.gemeenteCbs,
    gemeenteNaam: regioGemeente(g.gemeenteCbs)?.naam ?? g.gemeenteCbs,
    herkomstZaken: gewichten[i],
    kolommen: {
      A: a(g), B: b(g),
      C: pct(g.socialeVerhuringen, SCENARIO_PERCENTAGE.C),
      D: pct(g.verhuringenOnderAftoppingsgrens, SCENARIO_PERCENTAGE.D),
      E: pct(g.socialeVerhuringen, SCENARIO_PERCENTAGE.E),
      F: f ? f[i] : null,
    },
  }));

  const sociaal = som(gemeenten.map((g) => g.socialeVerhuringen));
  const onderAftopping = som(gemeenten.map((g) => g.verhuringenOnderAftoppingsgrens));
  const totaal: ScenarioWaarden = {
    A: inwoners > 0 ? rondHalfOmhoog(opgave * inwoners, inwoners) : null,
    B: som(gemeenten.map(b)),
    C: pct(sociaal, SCENARIO_PERCENTAGE.C),
    D: pct(onderAftopping, SCENARIO_PERCENTAGE.D),
    E: pct(sociaal, SCENARIO_PERCENTAGE.E),
    F: f ? som(f) : null,
  };
  const nietGeplaatst = Object.fromEntries(SCENARIO_KOLOMMEN.map((k) => {
    const t = totaal[k];
    return [k, t === null ? null : Math.max(0, opgave - t)];
  })) as Record<ScenarioKolom, number | null>;

  const buitenRegio: ScenarioBuitenRegio | null = f && buitenZaken > 0
    ? { herkomstZaken: buitenZaken, f: f[gemeenten.length], herkomstgemeenten: buiten.map(([cbs]) => cbs).sort() }
    : null;

  return {
    jaar, opgave, gemeenten: rijen, buitenRegio, totaal, nietGeplaatst, bronB, bronF, zakenF,
    toelichting: toelichting({ jaar, opgave, inwoners, bronB, geplaatst, zakenF, buitenZaken }),
  };
}

function toelichting(t: { jaar: number; opgave: number; inwoners: number; bronB: ScenarioBronB; geplaatst: number; zakenF: number; buitenZaken: number }): Record<ScenarioKolom, string> {
  const opgave = scenarioGetal(t.opgave);
  const zaken = (n: number) => (n === 1 ? '1 zaak' : `${scenarioGetal(n)} zaken`);
  return {
    A: t.inwoners > 0
      ? `De opgave van ${opgave} verdeeld naar het aandeel van elke gemeente in ${scenarioGetal(t.inwoners)} inwoners, afgerond op hele woningen; het totaal is de opgave zelf.`
      : `Niet te berekenen: er zijn voor ${t.jaar} geen inwoners ingevoerd.`,
    B: t.bronB === 'plaatsingen'
      ? `${scenarioGetal(t.geplaatst)} plaatsingen van bijzondere doelgroepen in ${t.jaar}, geregistreerd in Woonstart, per gemeente van de woning.`
      : `Woonstart heeft geen plaatsingen in ${t.jaar}: het ingevoerde aantal verhuringen aan bijzondere doelgroepen (voor het eerste jaar de verhuurdata SVH 2024).`,
    C: `${SCENARIO_PERCENTAGE.C} % van de sociale verhuringen per gemeente, afgerond op hele woningen; het totaal is ${SCENARIO_PERCENTAGE.C} % van de regionale som.`,
    D: `${SCENARIO_PERCENTAGE.D} % van de verhuringen onder de eerste aftoppingsgrens, afgerond op hele woningen; het totaal is ${SCENARIO_PERCENTAGE.D} % van de regionale som.`,
    E: `${SCENARIO_PERCENTAGE.E} % van de sociale verhuringen (wettelijk minimum uit de Wet regie), afgerond op hele woningen; het totaal is ${SCENARIO_PERCENTAGE.E} % van de regionale som.`,
    F: t.zakenF > 0
      ? `De opgave van ${opgave} verdeeld naar de herkomstgemeente van ${zaken(t.zakenF)} met een toekenning of plaatsing in ${t.jaar} (grootste-restmethode: telt precies op tot de opgave)${t.buitenZaken > 0 ? `; ${zaken(t.buitenZaken)} met herkomst buiten de regio staan in een eigen rij` : ''}.`
      : `Niet in beeld te brengen: in ${t.jaar} zijn er (nog) geen zaken met een toekenning of plaatsing en een vastgestelde herkomstgemeente.`,
  };
}
