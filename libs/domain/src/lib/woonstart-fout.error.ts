/**
 * Typed errors the rules and the persistence layer raise; the api maps each
 * soort to one HTTP status in a single exception filter. Messages are Dutch and
 * tell a user what to do.
 */
export type FoutSoort = 'ongeldig' | 'niet-gevonden' | 'verboden' | 'conflict' | 'te-groot' | 'niet-ondersteund';

export class WoonstartFout extends Error {
  constructor(
    readonly soort: FoutSoort,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'WoonstartFout';
  }
}
