import { registerDecorator, type ValidationOptions } from 'class-validator';
import { CBS_CODE_PATTERN, MONITOR_ALLE_JAREN, isIsoDate, isRegioGemeente, todayIso } from '@woonstart/domain';

function rule(name: string, test: (value: unknown) => boolean, message: (veld: string) => string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name, target: object.constructor, propertyName, options,
      validator: { validate: test, defaultMessage: (args) => message(args?.property ?? propertyName) },
    });
}

/** An existing calendar date (yyyy-mm-dd) that is not in the future. */
export const IsVerledenDatum = (o?: ValidationOptions) =>
  rule('isVerledenDatum', (v) => isIsoDate(v) && v <= todayIso(), (veld) => `Het veld '${veld}' moet een bestaande datum (jjjj-mm-dd) zijn die niet in de toekomst ligt.`, o);

/** An existing calendar date (yyyy-mm-dd). */
export const IsDatum = (o?: ValidationOptions) =>
  rule('isDatum', (v) => isIsoDate(v), (veld) => `Het veld '${veld}' moet een bestaande datum zijn (jjjj-mm-dd).`, o);

/** A CBS gemeente code: four digits. */
export const IsCbsCode = (o?: ValidationOptions) =>
  rule('isCbsCode', (v) => typeof v === 'string' && CBS_CODE_PATTERN.test(v), (veld) => `Het veld '${veld}' moet een CBS-gemeentecode van vier cijfers zijn.`, o);

/** One of the nine gemeenten of the region. */
export const IsRegioGemeente = (o?: ValidationOptions) =>
  rule('isRegioGemeente', (v) => typeof v === 'string' && isRegioGemeente(v), (veld) => `Het veld '${veld}' moet een gemeente van de regio Haaglanden zijn (CBS-code).`, o);

/** A year of the monitor: 2000–2100, or 'alle' for all years together. */
export const IsMonitorJaar = (o?: ValidationOptions) =>
  rule('isMonitorJaar', (v) => v === MONITOR_ALLE_JAREN || (Number.isInteger(v) && (v as number) >= 2000 && (v as number) <= 2100),
    (veld) => `Het veld '${veld}' moet een jaartal zijn (2000 tot en met 2100) of 'alle' voor alle jaren.`, o);
