/**
 * Rent limits of the Wet op de huurtoeslag per calendar year, in euros per
 * month (bare rent). They change every 1 January: add the new year here before
 * it starts, the rules refuse to guess a year they do not know.
 */
export interface Huurgrenzen {
  readonly jaar: number;
  /** Also the limit for young tenants (under 23; the region uses it for youth under 21). */
  readonly kwaliteitskortingsgrens: number;
  /** For households of one or two persons. */
  readonly eersteAftoppingsgrens: number;
  /** For households of three or more persons. */
  readonly tweedeAftoppingsgrens: number;
  /** Upper limit of social rent. */
  readonly liberalisatiegrens: number;
}

export const HUURGRENZEN: Readonly<Record<number, Huurgrenzen>> = {
  2025: { jaar: 2025, kwaliteitskortingsgrens: 477.2, eersteAftoppingsgrens: 682.96, tweedeAftoppingsgrens: 731.93, liberalisatiegrens: 900.07 },
  2026: { jaar: 2026, kwaliteitskortingsgrens: 498.2, eersteAftoppingsgrens: 713.02, tweedeAftoppingsgrens: 764.14, liberalisatiegrens: 932.93 },
};

export function huurgrenzenVoorJaar(jaar: number): Huurgrenzen | undefined {
  return HUURGRENZEN[jaar];
}
