import type { Centrumregio, Doorlooptijd, MonitorFilter, PlafondStatus, TekortProjectie, WegingCriterium } from '@woonstart/domain';

/**
 * GET /monitor: the regional monitor for one filter. Aggregates only — counts,
 * shares and day figures per gemeente — never a case or a person.
 */
export interface MonitorGemeente {
  readonly cbsCode: string;
  readonly naam: string;
  readonly centrumregio: Centrumregio;
}

export interface PlafondRij {
  readonly gemeenteCbs: string;
  readonly gemeenteNaam: string;
  /** False when the regional default applies (no cap set for the year). */
  readonly vastgesteld: boolean;
  readonly verwachteMutaties: number;
  readonly plafond: number;
  readonly gebruikt: number;
  readonly percentage: number;
  readonly status: PlafondStatus;
  readonly ruimte: number;
  /** Statutory urgents placed, against the legal minimum of 15 % of the expected lettings. */
  readonly wettelijkAantal: number;
  readonly wettelijkMinimum: number;
  readonly wettelijkPercentage: number;
  /** Placements of the year that match the category and route filter (the cap itself counts every group). */
  readonly inSelectie: number;
  readonly perCategorie: Readonly<Record<string, number>>;
}

export interface PlafondMonitor {
  /** Why the caps could not be computed (no rent limits for the year); null when they could. */
  readonly melding: string | null;
  readonly rijen: readonly PlafondRij[];
  /** The categories that occur in perCategorie, in a fixed order. */
  readonly categorieen: readonly string[];
}

export interface HerkomstPlaatsingRij {
  /** CBS code, 'buitenRegio' or 'onbekend'. */
  readonly herkomst: string;
  readonly naam: string;
  /** Count per column (same order as `kolommen`). */
  readonly aantallen: readonly number[];
  readonly totaal: number;
}

export interface Stroom {
  readonly van: string;
  readonly vanNaam: string;
  readonly naar: string;
  readonly naarNaam: string;
  readonly aantal: number;
}

export interface HerkomstPlaatsing {
  readonly kolommen: readonly MonitorGemeente[];
  readonly rijen: readonly HerkomstPlaatsingRij[];
  readonly kolomTotalen: readonly number[];
  readonly totaal: number;
  /** The non-empty cells, largest first: what the flow chart draws. */
  readonly stromen: readonly Stroom[];
}

export interface VerschuivingRij {
  readonly gemeenteCbs: string;
  readonly gemeenteNaam: string;
  readonly gewogen: number;
  readonly verschoven: number;
  readonly aandeel: number | null;
}

export interface CriteriumRij {
  readonly criterium: WegingCriterium;
  readonly label: string;
  readonly aantal: number;
  readonly aandeel: number | null;
}

export interface VerschuivingMonitor {
  readonly rijen: readonly VerschuivingRij[];
  readonly gewogen: number;
  readonly verschoven: number;
  readonly aandeel: number | null;
  readonly criteria: readonly CriteriumRij[];
  readonly zonderCriteria: number;
}

export interface DoorlooptijdRij {
  /** CBS code, or null for the total of the gemeenten shown. */
  readonly gemeenteCbs: string | null;
  readonly gemeenteNaam: string;
  readonly ontvangstTotBesluit: Doorlooptijd;
  readonly besluitTotPlaatsing: Doorlooptijd;
}

export interface TermijnRij {
  readonly gemeenteCbs: string;
  readonly gemeenteNaam: string;
  readonly aantal: number;
  /** Days past the decision term of the longest-overdue case; null when none. */
  readonly langsteDagen: number | null;
}

export interface TermijnMonitor {
  readonly rijen: readonly TermijnRij[];
  readonly totaal: number;
}

export interface WachtlijstRij {
  readonly gemeenteCbs: string;
  readonly gemeenteNaam: string;
  /** Granted and not placed, now. */
  readonly wachtend: number;
  readonly bemiddeling: number;
  readonly zelfZoeken: number;
  readonly toegekendTotNu: number;
  /** Null outside the running year. */
  readonly prognose: TekortProjectie | null;
}

export interface WachtlijstMonitor {
  readonly rijen: readonly WachtlijstRij[];
  readonly totaal: { readonly wachtend: number; readonly toegekendTotNu: number; readonly tekort: number | null };
  /** Whether the projection applies (the running year). */
  readonly prognose: boolean;
  readonly uitleg: string;
}

export interface MonitorOverzicht {
  readonly filter: MonitorFilter;
  readonly peildatum: string;
  readonly gemeenten: readonly MonitorGemeente[];
  readonly plafond: PlafondMonitor;
  readonly herkomstPlaatsing: HerkomstPlaatsing;
  readonly verschuivingen: VerschuivingMonitor;
  readonly doorlooptijden: readonly DoorlooptijdRij[];
  readonly termijnOverschreden: TermijnMonitor;
  readonly wachtlijst: WachtlijstMonitor;
}
