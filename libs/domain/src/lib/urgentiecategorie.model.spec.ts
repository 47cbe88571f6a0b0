import { URGENTIECATEGORIEEN, URGENTIECATEGORIE_INFO, isUrgentiecategorie } from './urgentiecategorie.model';

describe('isUrgentiecategorie', () => {
  it.each([...URGENTIECATEGORIEEN])('accepts %s', (code) => {
    expect(isUrgentiecategorie(code)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['lower case', 'bw'],
    ['unknown code', 'XYZ'],
    ['empty string', ''],
    ['code with a space', 'BW '],
    ['a number', 1],
    ['null', null],
    ['undefined', undefined],
    ['an array holding a code', ['BW']],
    ['an object', { code: 'BW' }],
  ])('rejects %s', (_naam, value) => {
    expect(isUrgentiecategorie(value)).toBe(false);
  });
});

describe('URGENTIECATEGORIE_INFO', () => {
  it('the ten statutory categories and three regional groups', () => {
    const wettelijk = URGENTIECATEGORIEEN.filter((c) => URGENTIECATEGORIE_INFO[c].wettelijk);
    expect(wettelijk).toEqual(['BW', 'GGZ', 'MO', 'VO', 'JZ', 'DET', 'SW', 'MED', 'MZ', 'DG']);
    expect(URGENTIECATEGORIEEN.filter((c) => !URGENTIECATEGORIE_INFO[c].wettelijk)).toEqual(['ONBEGREPEN_GEDRAG', 'SOCIAAL', 'STATUSHOUDER']);
  });

  it('outflow from an institution is BW, GGZ, MO, VO, JZ and DET', () => {
    expect(URGENTIECATEGORIEEN.filter((c) => URGENTIECATEGORIE_INFO[c].uitstroom)).toEqual(['BW', 'GGZ', 'MO', 'VO', 'JZ', 'DET']);
  });

  it.each([...URGENTIECATEGORIEEN])('%s has its own code and a label', (code) => {
    expect(URGENTIECATEGORIE_INFO[code].code).toBe(code);
    expect(URGENTIECATEGORIE_INFO[code].label.trim()).not.toBe('');
  });

  it.each([['BW', 175], ['MO', 504], ['MED', 1080], ['DG', null], ['STATUSHOUDER', 770]] as const)('%s yearly demand in the region is %s', (code, vraag) => {
    expect(URGENTIECATEGORIE_INFO[code].jaarlijkseVraagRegio).toBe(vraag);
  });
});
