import { registerDecorator, type ValidationOptions } from 'class-validator';
import { CBS_CODE_PATTERN, isIsoDate, isRegioGemeente, todayIso } from '@woonstart/domain';

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
