import { addDays, addYears, ageOn, isIsoDate, toDate, toIso, todayIso } from './datum.util';

describe('isIsoDate', () => {
  it.each(['2025-01-01', '2024-02-29', '2025-12-31', '2000-02-29', '1999-06-15'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['30 February', '2025-02-30'],
    ['29 February in a non-leap year', '2025-02-29'],
    ['29 February 1900 (not a leap year)', '1900-02-29'],
    ['month 13', '2025-13-01'],
    ['month 00', '2025-00-10'],
    ['day 00', '2025-01-00'],
    ['31 April', '2025-04-31'],
    ['a date with time', '2025-01-01T00:00:00Z'],
    ['no zero padding', '2025-1-1'],
    ['Dutch notation', '01-01-2025'],
    ['surrounding spaces', ' 2025-01-01 '],
    ['empty string', ''],
    ['a number', 20250101],
    ['a Date object', new Date('2025-01-01T00:00:00Z')],
    ['null', null],
    ['undefined', undefined],
  ])('rejects %s', (_naam, value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2025-01-31', 1, '2025-02-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-30', 1, '2025-03-31'],
    ['2025-10-26', 1, '2025-10-27'],
    ['2025-01-06', 56, '2025-03-03'],
    ['2025-06-15', 0, '2025-06-15'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s %+d days → %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });
});

describe('addYears', () => {
  it.each<[string, number, string]>([
    ['2024-06-01', -5, '2019-06-01'],
    ['2023-06-01', 1, '2024-06-01'],
    ['2024-12-31', 1, '2025-12-31'],
    ['2020-02-29', 4, '2024-02-29'],
    // 29 February in a year without one becomes 28 February (month end), so a five-year window
    // back from a leap-day T starts on 28 February and never loses a day.
    ['2020-02-29', 1, '2021-02-28'],
    ['2024-02-29', -5, '2019-02-28'],
  ])('%s %+d years → %s', (iso, years, expected) => {
    expect(addYears(iso, years)).toBe(expected);
  });
});

describe('ageOn', () => {
  it.each<[string, string, number]>([
    ['2006-06-02', '2024-06-01', 17],
    ['2006-06-01', '2024-06-01', 18],
    ['2006-06-01', '2024-05-31', 17],
    ['2006-12-31', '2024-01-01', 17],
    ['2006-01-01', '2024-12-31', 18],
    ['1990-03-15', '2025-03-14', 34],
    ['1990-03-15', '2025-03-15', 35],
    ['2004-02-29', '2022-02-28', 17],
    ['2004-02-29', '2022-03-01', 18],
    ['2004-02-29', '2024-02-29', 20],
    ['2025-01-01', '2025-01-01', 0],
  ])('born %s, on %s: %i', (geboortedatum, peildatum, age) => {
    expect(ageOn(geboortedatum, peildatum)).toBe(age);
  });
});

describe('toDate, toIso, todayIso', () => {
  it('round-trips an ISO date at midnight UTC', () => {
    expect(toDate('2025-03-30').toISOString()).toBe('2025-03-30T00:00:00.000Z');
    expect(toIso(toDate('2025-03-30'))).toBe('2025-03-30');
  });

  it('todayIso uses the UTC calendar date of the given moment', () => {
    expect(todayIso(new Date('2025-05-05T23:30:00Z'))).toBe('2025-05-05');
    expect(todayIso(new Date('2025-05-05T23:30:00-02:00'))).toBe('2025-05-06');
  });
});
