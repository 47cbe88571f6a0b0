import type { Woonvereiste } from '../medisch-advies.model';
import type { Urgentiecategorie } from '../urgentiecategorie.model';

/**
 * A household with a positive urgency decision, as the matching rules see it.
 * The api assembles it from the case (application, medical advice outcome,
 * woonstart weighing and plaatsingsprofiel); the rules never read the case itself.
 */
export interface KandidaatProfiel {
  readonly zaakId: string;
  readonly categorie: Urgentiecategorie;
  /** ISO yyyy-mm-dd. */
  readonly geboortedatum: string;
  /** Persons including the applicant. */
  readonly huishoudgrootte: number;
  readonly minderjarigeKinderen: number;
  /** Rooms asked for in the application (>= 1). */
  readonly aantalKamersMin: number;
  /** From the medical advice outcome (never the medical details). */
  readonly woonvereisten: readonly Woonvereiste[];
  /** Woonstartgemeente from the weighing; null while there is none. */
  readonly doelgemeenteCbs: string | null;
  /**
   * CBS codes the household must not be placed in, or {@link HELE_REGIO_HAAGLANDEN}
   * for all nine regio gemeenten (e.g. danger in the private sphere for VO).
   */
  readonly uitgeslotenGemeenten: readonly string[];
  /** Wijk codes the household must not be placed in (e.g. an area ban). */
  readonly uitgeslotenWijken: readonly string[];
  /** ISO date of the positive decision; the longest waiting household goes first. */
  readonly besluitOp: string | null;
}

/** Marker in `uitgeslotenGemeenten` that excludes the whole woningmarktregio. */
export const HELE_REGIO_HAAGLANDEN = 'HAAGLANDEN';
