import type { ValidationError } from 'class-validator';

import type { VeldMelding } from '@woonstart/domain';

/** One message per field, in the same shape as the domain rules return them. */
export type VeldFout = VeldMelding;

/**
 * Dutch messages for class-validator constraints, in one place, so every DTO
 * speaks the same language without repeating a message on each decorator.
 * Constraints of our own (past dates, CBS codes) carry a Dutch message themselves.
 */
const MELDINGEN: Record<string, (veld: string) => string> = {
  whitelistValidation: (v) => `Het veld '${v}' is onbekend en niet toegestaan.`,
  isDefined: (v) => `Het veld '${v}' is verplicht.`,
  isNotEmpty: (v) => `Het veld '${v}' is verplicht.`,
  isString: (v) => `Het veld '${v}' moet tekst zijn.`,
  isBoolean: (v) => `Het veld '${v}' moet ja of nee (true/false) zijn.`,
  isInt: (v) => `Het veld '${v}' moet een geheel getal zijn.`,
  isNumber: (v) => `Het veld '${v}' moet een getal zijn.`,
  min: (v) => `Het veld '${v}' is te klein.`,
  max: (v) => `Het veld '${v}' is te groot.`,
  isIn: (v) => `Het veld '${v}' heeft een onbekende waarde.`,
  isEnum: (v) => `Het veld '${v}' heeft een onbekende waarde.`,
  isArray: (v) => `Het veld '${v}' moet een lijst zijn.`,
  arrayMaxSize: (v) => `De lijst '${v}' is te lang.`,
  arrayMinSize: (v) => `De lijst '${v}' moet minstens één regel bevatten.`,
  maxLength: (v) => `Het veld '${v}' is te lang.`,
  minLength: (v) => `Het veld '${v}' is te kort.`,
  isEmail: (v) => `Het veld '${v}' moet een geldig e-mailadres zijn.`,
  isUuid: (v) => `Het veld '${v}' moet een geldige id (uuid) zijn.`,
  isObject: (v) => `Het veld '${v}' moet een object zijn.`,
  nestedValidation: (v) => `Het veld '${v}' heeft een ongeldige inhoud.`,
  matches: (v) => `Het veld '${v}' heeft een ongeldig formaat.`,
};

export function toVeldFouten(errors: readonly ValidationError[], prefix = ''): VeldFout[] {
  const out: VeldFout[] = [];
  for (const e of errors) {
    const veld = prefix ? `${prefix}.${e.property}` : e.property;
    // A missing required field fails every check on it ("moet tekst zijn", "is te lang", …); the
    // one thing to say is that it is missing. Optional fields are skipped by @IsOptional, so a
    // missing value that still fails is always a required one.
    const constraints = Object.keys(e.constraints ?? {});
    if ((e.value === undefined || e.value === null) && constraints.length && !constraints.includes('whitelistValidation')) {
      out.push({ veld, melding: `Het veld '${veld}' is verplicht.` });
      continue;
    }
    for (const [constraint, raw] of Object.entries(e.constraints ?? {})) {
      out.push({ veld, melding: MELDINGEN[constraint]?.(veld) ?? raw });
    }
    if (e.children?.length) out.push(...toVeldFouten(e.children, veld));
  }
  return out;
}
