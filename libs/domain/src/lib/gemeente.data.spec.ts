import { CAP_SHARE_OF_MUTATIES, CBS_CODE_PATTERN, REGIO_GEMEENTEN, isRegioGemeente, regioGemeente } from './gemeente.data';

const REGIO: ReadonlyArray<[string, string, 'Delft' | 'Den Haag']> = [
  ['0503', 'Delft', 'Delft'],
  ['0518', 'Den Haag', 'Den Haag'],
  ['1916', 'Leidschendam-Voorburg', 'Den Haag'],
  ['1842', 'Midden-Delfland', 'Delft'],
  ['1926', 'Pijnacker-Nootdorp', 'Delft'],
  ['0603', 'Rijswijk', 'Den Haag'],
  ['0629', 'Wassenaar', 'Den Haag'],
  ['1783', 'Westland', 'Delft'],
  ['0637', 'Zoetermeer', 'Den Haag'],
];

describe('REGIO_GEMEENTEN', () => {
  it('are exactly the nine gemeenten of Haaglanden', () => {
    expect(REGIO_GEMEENTEN).toHaveLength(9);
    expect(REGIO_GEMEENTEN.map((g) => g.cbsCode).sort()).toEqual(['0503', '0518', '0603', '0629', '0637', '1783', '1842', '1916', '1926']);
  });

  it.each(REGIO)('%s is %s in centrumregio %s', (cbsCode, naam, centrumregio) => {
    expect(regioGemeente(cbsCode)).toMatchObject({ cbsCode, naam, centrumregio });
  });

  it('has unique, four-digit CBS codes and positive letting figures', () => {
    expect(new Set(REGIO_GEMEENTEN.map((g) => g.cbsCode)).size).toBe(9);
    for (const g of REGIO_GEMEENTEN) {
      expect(g.cbsCode).toMatch(CBS_CODE_PATTERN);
      expect(g.lettingsSocialAvg).toBeGreaterThan(0);
      expect(g.lettingsBelowFirstRentCapAvg).toBeLessThanOrEqual(g.lettingsSocialAvg);
    }
  });

  it('the cap is 30% of the yearly mutaties', () => {
    expect(CAP_SHARE_OF_MUTATIES).toBe(0.3);
  });
});

describe('isRegioGemeente and regioGemeente', () => {
  it.each(REGIO.map(([cbs]) => cbs))('%s is in the region', (cbs) => {
    expect(isRegioGemeente(cbs)).toBe(true);
    expect(regioGemeente(cbs)?.cbsCode).toBe(cbs);
  });

  it.each([
    ['0599', 'Rotterdam'],
    ['0363', 'Amsterdam'],
    ['0546', 'Leiden'],
    ['518', 'Den Haag without the leading zero'],
    ['', 'empty'],
    ['Delft', 'a name instead of a code'],
  ])('%s (%s) is not', (cbs) => {
    expect(isRegioGemeente(cbs)).toBe(false);
    expect(regioGemeente(cbs)).toBeUndefined();
  });
});

describe('CBS_CODE_PATTERN', () => {
  it.each([['0518', true], ['0599', true], ['518', false], ['05180', false], ['05a8', false], ['', false]])('%s → %s', (code, ok) => {
    expect(CBS_CODE_PATTERN.test(code)).toBe(ok);
  });
});
