import { WoonstartFout } from '../woonstart-fout.error';
import { feestdagen, feestdagOp, isWerkdag, paasdatum, volgendeWerkdag } from './feestdagen.rule';
import { weekdag } from './kalender.util';

const BRUGDAG_2025 = [{ datum: '2025-05-30', naam: 'vrijdag na Hemelvaartsdag' }];

describe('paasdatum (Meeus/Jones/Butcher)', () => {
  it.each([
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2021, '2021-04-04'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ])('Pasen %i valt op %s', (jaar, datum) => {
    expect(paasdatum(jaar)).toBe(datum);
  });

  it.each([
    [1818, '1818-03-22', 'earliest possible date'],
    [2285, '2285-03-22', 'earliest possible date'],
    [1943, '1943-04-25', 'latest possible date'],
    [2038, '2038-04-25', 'latest possible date'],
    [2000, '2000-04-23', 'century leap year'],
    [2100, '2100-03-28', 'century non-leap year'],
  ])('Pasen %i valt op %s (%s)', (jaar, datum) => {
    expect(paasdatum(jaar)).toBe(datum);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let jaar = 1900; jaar <= 2200; jaar++) {
      const pasen = paasdatum(jaar);
      expect(weekdag(pasen)).toBe(0);
      expect(pasen.slice(5) >= '03-22' && pasen.slice(5) <= '04-25').toBe(true);
    }
  });

  it.each([1582, 10000, 2025.5])('refuses the non-Gregorian or impossible year %p', (jaar) => {
    expect(() => paasdatum(jaar)).toThrow(WoonstartFout);
  });
});

describe('feestdagen (Algemene termijnenwet art. 3)', () => {
  it('lists every general holiday of 2025 in date order, with name and article', () => {
    expect(feestdagen(2025)).toEqual([
      { datum: '2025-01-01', naam: 'Nieuwjaarsdag', grondslag: 'Atw art. 3 lid 1' },
      { datum: '2025-04-18', naam: 'Goede Vrijdag', grondslag: 'Atw art. 3 lid 2' },
      { datum: '2025-04-21', naam: 'Tweede Paasdag', grondslag: 'Atw art. 3 lid 1' },
      { datum: '2025-04-26', naam: 'Koningsdag', grondslag: 'Atw art. 3 lid 1' },
      { datum: '2025-05-05', naam: 'Bevrijdingsdag', grondslag: 'Atw art. 3 lid 1' },
      { datum: '2025-05-29', naam: 'Hemelvaartsdag', grondslag: 'Atw art. 3 lid 1' },
      { datum: '2025-06-09', naam: 'Tweede Pinksterdag', grondslag: 'Atw art. 3 lid 1' },
      { datum: '2025-12-25', naam: 'Eerste Kerstdag', grondslag: 'Atw art. 3 lid 1' },
      { datum: '2025-12-26', naam: 'Tweede Kerstdag', grondslag: 'Atw art. 3 lid 1' },
    ]);
  });

  it.each([
    [2024, ['2024-01-01', '2024-03-29', '2024-04-01', '2024-04-27', '2024-05-05', '2024-05-09', '2024-05-20', '2024-12-25', '2024-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-04-27', '2027-05-05', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26']],
  ])('holidays of %i', (jaar, data) => {
    expect(feestdagen(jaar).map((f) => f.datum)).toEqual(data);
  });

  it.each([
    ['Goede Vrijdag', 5],
    ['Tweede Paasdag', 1],
    ['Hemelvaartsdag', 4],
    ['Tweede Pinksterdag', 1],
  ])('%s always falls on weekday %i (2014–2100)', (naam, dag) => {
    for (let jaar = 2014; jaar <= 2100; jaar++) {
      const feestdag = feestdagen(jaar).find((f) => f.naam === naam)!;
      expect(weekdag(feestdag.datum)).toBe(dag);
    }
  });

  it.each([
    [2014, '2014-04-26', 'the 27th is a Sunday'],
    [2015, '2015-04-27', 'the 27th is a Monday'],
    [2024, '2024-04-27', 'the 27th is a Saturday: stays'],
    [2025, '2025-04-26', 'the 27th is a Sunday'],
    [2026, '2026-04-27', 'the 27th is a Monday'],
    [2031, '2031-04-26', 'the 27th is a Sunday'],
    [2036, '2036-04-26', 'the 27th is a Sunday'],
  ])('Koningsdag %i is %s (%s)', (jaar, datum) => {
    expect(feestdagen(jaar).find((f) => f.naam === 'Koningsdag')?.datum).toBe(datum);
  });

  it('adds bridge days by royal decree as data (art. 3 lid 3), only in their own year', () => {
    const extra = [...BRUGDAG_2025, { datum: '2026-05-15', naam: 'vrijdag na Hemelvaartsdag' }];
    const lijst = feestdagen(2025, extra);
    expect(lijst).toHaveLength(10);
    expect(lijst.find((f) => f.datum === '2025-05-30')).toEqual({ datum: '2025-05-30', naam: 'vrijdag na Hemelvaartsdag', grondslag: 'Atw art. 3 lid 3' });
    expect(lijst.some((f) => f.datum === '2026-05-15')).toBe(false);
    expect(lijst.map((f) => f.datum)).toEqual([...lijst.map((f) => f.datum)].sort());
  });

  it('lists an extra day that is already a holiday once, under the statutory name', () => {
    const lijst = feestdagen(2025, [{ datum: '2025-05-05', naam: 'dubbel opgegeven' }]);
    expect(lijst.filter((f) => f.datum === '2025-05-05')).toEqual([{ datum: '2025-05-05', naam: 'Bevrijdingsdag', grondslag: 'Atw art. 3 lid 1' }]);
  });

  it('refuses an extra day that is no date', () => {
    expect(() => feestdagen(2025, [{ datum: '2025-02-30', naam: 'fout' }])).toThrow('Extra vrije dag "fout" is geen geldige datum');
  });

  it.each([2013, 1990, 10000])('refuses year %i (Koningsdag rule from 2014 only)', (jaar) => {
    expect(() => feestdagen(jaar)).toThrow(WoonstartFout);
  });
});

describe('feestdagOp', () => {
  it.each([
    ['2025-01-01', 'Nieuwjaarsdag'],
    ['2025-04-18', 'Goede Vrijdag'],
    ['2025-04-21', 'Tweede Paasdag'],
    ['2025-04-26', 'Koningsdag'],
    ['2025-05-05', 'Bevrijdingsdag'],
    ['2025-05-29', 'Hemelvaartsdag'],
    ['2025-06-09', 'Tweede Pinksterdag'],
    ['2025-12-25', 'Eerste Kerstdag'],
    ['2025-12-26', 'Tweede Kerstdag'],
  ])('%s is %s', (datum, naam) => {
    expect(feestdagOp(datum)?.naam).toBe(naam);
  });

  it.each(['2025-04-20', '2025-04-27', '2025-06-08', '2025-12-24', '2025-12-31'])('%s is no general holiday', (datum) => {
    expect(feestdagOp(datum)).toBeNull();
  });
});

describe('isWerkdag', () => {
  it.each([
    ['2025-03-10', true, 'Monday'],
    ['2025-03-08', false, 'Saturday'],
    ['2025-03-09', false, 'Sunday'],
    ['2025-04-18', false, 'Good Friday'],
    ['2025-04-22', true, 'Tuesday after Easter'],
    ['2025-05-30', true, 'Friday after Ascension without decree'],
    ['2024-02-29', true, 'leap day'],
  ])('%s → %p (%s)', (datum, werkdag) => {
    expect(isWerkdag(datum)).toBe(werkdag);
  });

  it('treats a bridge day given as data as a holiday', () => {
    expect(isWerkdag('2025-05-30', BRUGDAG_2025)).toBe(false);
  });

  it('refuses an impossible date', () => {
    expect(() => isWerkdag('2025-13-01')).toThrow('Datum is geen geldige datum');
  });
});

describe('volgendeWerkdag (strictly after the date)', () => {
  it.each([
    ['2025-03-07', '2025-03-10', 'Friday → Monday'],
    ['2025-03-10', '2025-03-11', 'Monday → Tuesday'],
    ['2025-04-17', '2025-04-22', 'over Good Friday, the weekend and Easter Monday'],
    ['2025-12-24', '2025-12-29', 'over Christmas and the weekend'],
    ['2025-12-31', '2026-01-02', 'over New Year into the next year'],
  ])('%s → %s (%s)', (datum, volgende) => {
    expect(volgendeWerkdag(datum)).toBe(volgende);
  });

  it('skips a bridge day given as data', () => {
    expect(volgendeWerkdag('2025-05-28', BRUGDAG_2025)).toBe('2025-06-02');
    expect(volgendeWerkdag('2025-05-28')).toBe('2025-05-30');
  });
});
