import type { ExtraVrijeDag, TermijnRegel } from './termijn.model';

/** Awb 4:13: the policy term of the region; the Awb maximum when no regulation sets one. */
export const BESLISTERMIJN_WEKEN_STANDAARD = 8;
/** Range a huisvestingsverordening may set for the decision term (input guard). */
export const BESLISTERMIJN_WEKEN_MIN = 1;
export const BESLISTERMIJN_WEKEN_MAX = 26;
/**
 * Awb 4:14 asks a "redelijke termijn" without a number. Eight weeks (one more
 * full term) is this system's default cap; a verordening may set another, so
 * callers can override it.
 */
export const VERDAGING_WEKEN_MAX_STANDAARD = 8;

/**
 * A request to complete the application (Awb 4:5) that suspends the decision
 * term (Awb 4:15) from the day after `verzoekOp` until `aangevuldOp`, or until
 * `hersteltermijnTot` when nothing (or nothing in time) arrives.
 */
export interface Opschorting {
  readonly verzoekOp: string;
  readonly hersteltermijnTot: string;
  readonly aangevuldOp: string | null;
}

/** The one postponement of Awb 4:14, announced to the applicant on `op`. */
export interface Verdaging {
  readonly op: string;
  readonly weken: number;
  readonly reden: string;
}

export interface AwbBeslistermijnInvoer {
  readonly ontvangenOp: string;
  /** Default {@link BESLISTERMIJN_WEKEN_STANDAARD}. */
  readonly termijnWeken?: number;
  readonly opschortingen?: readonly Opschorting[];
  readonly verdaging?: Verdaging | null;
  /** Today: counts open suspensions and sets the status. */
  readonly peildatum: string;
  /** Bridge days by royal decree (Atw art. 3 lid 3). */
  readonly extraVrijeDagen?: readonly ExtraVrijeDag[];
  /** Default {@link VERDAGING_WEKEN_MAX_STANDAARD}. */
  readonly maxVerdagingWeken?: number;
}

export type BeslistermijnStatus = 'loopt' | 'opgeschort' | 'verlopen';

export interface AwbBeslistermijn {
  /** Last day to decide, after suspensions, verdaging and the Algemene termijnenwet. */
  readonly uiterlijk: string;
  /** `ontvangenOp` + term: before suspension, verdaging and any weekend/holiday shift. */
  readonly oorspronkelijk: string;
  /** Suspended days that counted (overlaps once). */
  readonly dagenOpgeschort: number;
  readonly verdaagd: boolean;
  readonly status: BeslistermijnStatus;
  /** Calendar days from `peildatum` to `uiterlijk`; 0 on the last day and once expired. */
  readonly dagenResterend: number;
  /** Calendar days `peildatum` lies after `uiterlijk`; 0 while the term runs. */
  readonly dagenOverschreden: number;
  /** Input the law does not let count (a late verdaging, a request after the term): also in the ledger. */
  readonly meldingen: readonly string[];
  readonly ledger: readonly TermijnRegel[];
}
