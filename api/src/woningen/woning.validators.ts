import { registerDecorator, type ValidationOptions } from 'class-validator';
import { WONINGLABELS, WONINGTYPEN, WONINGTYPE_LABEL, addYears, isIsoDate, todayIso } from '@woonstart/domain';

/**
 * Constraints of a dwelling with their own names, so toVeldFouten keeps these
 * messages: they say what a valid value is, which the generic "te klein" does not.
 * Each message is complete for a missing value as well as for a wrong one.
 */
function regel(naam: string, test: (v: unknown) => boolean, melding: (veld: string) => string, o?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: naam, target: object.constructor, propertyName, options: o,
      validator: { validate: test, defaultMessage: (args) => melding(args?.property ?? propertyName) },
    });
}

const euro = (n: number) => `€ ${n.toLocaleString('nl-NL')}`;

export const IsGeheelGetalTussen = (min: number, max: number, o?: ValidationOptions) =>
  regel('geheelGetalTussen', (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
    (veld) => `Vul bij '${veld}' een geheel getal van ${min} tot en met ${max} in.`, o);

/** Euros with at most two decimals (cents), within a range. */
export const IsBedragTussen = (min: number, max: number, o?: ValidationOptions) =>
  regel('bedragTussen', (v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(Math.round(v * 100) - v * 100) < 1e-6 && v >= min && v <= max,
    (veld) => `Vul bij '${veld}' een bedrag van ${euro(min)} tot en met ${euro(max)} in, met hoogstens twee cijfers achter de komma (bijvoorbeeld 612,50).`, o);

export const IsJaNee = (o?: ValidationOptions) =>
  regel('jaNee', (v) => typeof v === 'boolean', (veld) => `Vul bij '${veld}' ja of nee in.`, o);

export const IsWoningtype = (o?: ValidationOptions) =>
  regel('woningtype', (v) => typeof v === 'string' && (WONINGTYPEN as readonly string[]).includes(v),
    (veld) => `Het veld '${veld}' moet een van deze woningtypen zijn: ${WONINGTYPEN.map((t) => `${t} (${WONINGTYPE_LABEL[t]})`).join(', ')}.`, o);

/** A list of known labels, each at most once; empty is allowed. */
export const IsWoninglabels = (o?: ValidationOptions) =>
  regel('woninglabels', (v) => Array.isArray(v) && v.every((l) => (WONINGLABELS as readonly unknown[]).includes(l)) && new Set(v).size === v.length,
    (veld) => `Het veld '${veld}' mag alleen deze labels bevatten, elk hoogstens één keer: ${WONINGLABELS.join(', ')}.`, o);

/** The demo and CBS format of a wijk code: 'WK' + four-digit gemeente code + two digits. */
export const IsWijkCode = (o?: ValidationOptions) =>
  regel('wijkCode', (v) => typeof v === 'string' && /^WK\d{6}$/.test(v),
    (veld) => `Kies bij '${veld}' een wijk (code als WK051801).`, o);

/** Available from: an existing date, at most one year from today (a vacancy that far ahead is not yet on offer). */
export const IsBeschikbaarVanaf = (o?: ValidationOptions) =>
  regel('beschikbaarVanaf', (v) => isIsoDate(v) && v <= addYears(todayIso(), 1),
    (veld) => `Het veld '${veld}' moet een bestaande datum zijn (jjjj-mm-dd), hoogstens een jaar na vandaag.`, o);

/** A Dutch postcode, with or without the space, in either case: '2526 AB', '2526ab'. It is stored as '2526 AB'. */
export const IsPostcode = (o?: ValidationOptions) =>
  regel('postcode', (v) => typeof v === 'string' && /^[1-9]\d{3} ?[a-zA-Z]{2}$/.test(v.trim()),
    (veld) => `Het veld '${veld}' moet een Nederlandse postcode zijn (bijvoorbeeld 2526 AB).`, o);
