import { formatDatumNl, formatPeriodeNl } from './datum-nl.util';
import { dagenTussen, plusMaanden } from './kalender.util';

describe('formatDatumNl', () => {
  it.each([
    ['2025-03-10', 'maandag 10 maart 2025', '10 maart 2025', '10 mrt 2025'],
    ['2025-01-04', 'zaterdag 4 januari 2025', '4 januari 2025', '4 jan 2025'],
    ['2024-02-29', 'donderdag 29 februari 2024', '29 februari 2024', '29 feb 2024'],
    ['2025-04-01', 'dinsdag 1 april 2025', '1 april 2025', '1 apr 2025'],
    ['2025-05-04', 'zondag 4 mei 2025', '4 mei 2025', '4 mei 2025'],
    ['2025-06-11', 'woensdag 11 juni 2025', '11 juni 2025', '11 jun 2025'],
    ['2025-07-17', 'donderdag 17 juli 2025', '17 juli 2025', '17 jul 2025'],
    ['2025-08-15', 'vrijdag 15 augustus 2025', '15 augustus 2025', '15 aug 2025'],
    ['2025-09-01', 'maandag 1 september 2025', '1 september 2025', '1 sep 2025'],
    ['2025-10-31', 'vrijdag 31 oktober 2025', '31 oktober 2025', '31 okt 2025'],
    ['2025-11-30', 'zondag 30 november 2025', '30 november 2025', '30 nov 2025'],
    ['2025-12-31', 'woensdag 31 december 2025', '31 december 2025', '31 dec 2025'],
  ])('%s → "%s" / "%s" / "%s"', (datum, lang, zonderDag, kort) => {
    expect(formatDatumNl(datum)).toBe(lang);
    expect(formatDatumNl(datum, 'datum')).toBe(zonderDag);
    expect(formatDatumNl(datum, 'kort')).toBe(kort);
  });

  it('refuses an impossible date', () => {
    expect(() => formatDatumNl('2023-02-29')).toThrow('geen geldige datum');
  });
});

describe('formatPeriodeNl', () => {
  it.each([
    ['2025-02-01', '2025-02-01', '1 februari 2025'],
    ['2025-02-01', '2025-02-10', '1–10 februari 2025'],
    ['2025-01-28', '2025-02-10', '28 januari – 10 februari 2025'],
    ['2024-12-20', '2025-01-06', '20 december 2024 – 6 januari 2025'],
  ])('%s to %s → "%s"', (van, tot, tekst) => {
    expect(formatPeriodeNl(van, tot)).toBe(tekst);
  });
});

describe('dagenTussen', () => {
  it.each([
    ['2025-02-01', '2025-02-10', 9],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2025-03-29', '2025-03-31', 2],
    ['2025-03-10', '2025-03-01', -9],
    ['2024-01-01', '2025-01-01', 366],
  ])('%s → %s is %i days', (van, tot, dagen) => {
    expect(dagenTussen(van, tot)).toBe(dagen);
  });
});

describe('plusMaanden', () => {
  it.each([
    ['2025-01-15', 3, '2025-04-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-10-31', 2, '2025-12-31'],
    ['2025-12-31', -1, '2025-11-30'],
    ['2025-11-15', 14, '2027-01-15'],
  ])('%s + %i months → %s', (datum, maanden, verwacht) => {
    expect(plusMaanden(datum, maanden)).toBe(verwacht);
  });
});
