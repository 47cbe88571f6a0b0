import { REGIO_GEMEENTEN, CAP_SHARE_OF_MUTATIES } from '../gemeente.data';
import { huurgrenzenVoorJaar } from '../huurgrenzen.data';
import { INWONERS_MEMO } from '../monitor/scenario.data';
import type { Doorlooptijd } from '../monitor/doorlooptijd.rule';
import type { PlafondBasis, PlafondStand } from '../plaatsing/plafond.rule';
import { URGENTIECATEGORIEEN, URGENTIECATEGORIE_INFO, type Urgentiecategorie } from '../urgentiecategorie.model';
import { WoonstartFout } from '../woonstart-fout.error';

/** Vacancies of one gemeente in the simulated year. */
export interface SimulatieVacatures {
  readonly gemeenteCbs: string;
  /** Social lettings in the year. */
  readonly sociaal: number;
  /** Of which below the eerste aftoppingsgrens. */
  readonly onderAftopping: number;
}

/** Everything a simulated year depends on; the same configuration and seed give the same year. */
export interface SimulatieConfiguratie {
  readonly jaar: number;
  readonly seed: number;
  /** Positive decisions in the year per category. */
  readonly instroom: Readonly<Partial<Record<Urgentiecategorie, number>>>;
  /** Weights of the herkomstgemeenten (e.g. inhabitants); normalised by the simulation. */
  readonly herkomstVerdeling: Readonly<Record<string, number>>;
  readonly vacatures: readonly SimulatieVacatures[];
  /** Cap share, e.g. 0.30. */
  readonly plafondAandeel: number;
  readonly basis: PlafondBasis;
  /** Share of the cases on the route bemiddeling (the rest searches itself with an urgentieverklaring). */
  readonly bemiddelingAandeel: number;
  /** Share of the cases the woonstart weighing moves to another gemeente than the herkomstgemeente. */
  readonly verschuivingAandeel: number;
  /** Validity of an urgentieverklaring in months, and how many extensions of that length. */
  readonly geldigheidMaanden: number;
  readonly verlengingen: number;
}

export interface SimulatieTelling {
  readonly gegenereerd: number;
  readonly geplaatst: number;
  /** Not placed at the end of the year: still waiting, or the urgentieverklaring expired. */
  readonly nietGeplaatst: number;
}

export interface SimulatieGemeenteResultaat extends SimulatieTelling {
  readonly gemeenteCbs: string;
  readonly naam: string;
  readonly vacatures: number;
  /** Vacancies the bijzondere doelgroepen could not take because the cap was reached. */
  readonly geweigerdDoorPlafond: number;
  readonly plafond: PlafondStand;
}

export interface SimulatieCategorieResultaat extends SimulatieTelling {
  readonly categorie: Urgentiecategorie;
  readonly label: string;
  readonly wachttijd: Doorlooptijd;
}

export interface SimulatieRouteResultaat extends SimulatieTelling {
  readonly route: 'bemiddeling' | 'zelfZoeken';
}

export interface SimulatieResultaat {
  readonly jaar: number;
  readonly seed: number;
  readonly totaal: SimulatieTelling & {
    readonly vacatures: number;
    readonly naarBijzondereDoelgroepen: number;
    readonly naarRegulier: number;
    readonly verlopen: number;
    readonly binnenStreefdatum: number;
  };
  readonly perGemeente: readonly SimulatieGemeenteResultaat[];
  readonly perCategorie: readonly SimulatieCategorieResultaat[];
  readonly perRoute: readonly SimulatieRouteResultaat[];
  /** Days from decision to placement of the placed cases. */
  readonly wachttijd: Doorlooptijd;
  /** How the herkomst rule decided (R1/R2/R3) and how many cases the weighing moved. */
  readonly herkomst: { readonly R1: number; readonly R2: number; readonly R3: number; readonly verschoven: number };
}

export const SIMULATIE_SEED_STANDAARD = 20250101;

/** The region's yearly demand per category (DG has no figure: 0 unless configured). */
export function standaardInstroom(factor = 1): Record<Urgentiecategorie, number> {
  const uit = {} as Record<Urgentiecategorie, number>;
  for (const c of URGENTIECATEGORIEEN) uit[c] = Math.round((URGENTIECATEGORIE_INFO[c].jaarlijkseVraagRegio ?? 0) * factor);
  return uit;
}

/**
 * The default year: the region's yearly demand per category, spread over the
 * herkomstgemeenten by inhabitants (the memo's figures), the average lettings
 * 2020–2023 as vacancies, a cap of 30 % of the social lettings.
 */
export function standaardSimulatieConfiguratie(jaar: number): SimulatieConfiguratie {
  eisJaarMetHuurgrenzen(jaar);
  return {
    jaar,
    seed: SIMULATIE_SEED_STANDAARD,
    instroom: standaardInstroom(),
    herkomstVerdeling: Object.fromEntries(REGIO_GEMEENTEN.map((g) => [g.cbsCode, INWONERS_MEMO[g.cbsCode] ?? 0])),
    vacatures: REGIO_GEMEENTEN.map((g) => ({ gemeenteCbs: g.cbsCode, sociaal: g.lettingsSocialAvg, onderAftopping: g.lettingsBelowFirstRentCapAvg })),
    plafondAandeel: CAP_SHARE_OF_MUTATIES,
    basis: 'sociaal',
    bemiddelingAandeel: 0.7,
    verschuivingAandeel: 0.1,
    geldigheidMaanden: 3,
    verlengingen: 1,
  };
}

export function eisJaarMetHuurgrenzen(jaar: number) {
  const g = huurgrenzenVoorJaar(jaar);
  if (!g) throw new WoonstartFout('ongeldig', `Voor het jaar ${jaar} zijn geen huurgrenzen bekend; kies een jaar waarvoor de huurgrenzen zijn vastgelegd.`, { jaar });
  return g;
}
