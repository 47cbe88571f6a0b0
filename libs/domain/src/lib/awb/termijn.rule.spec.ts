import { beschrijfDag, verschuifNaarWerkdag } from './termijn.rule';

describe('verschuifNaarWerkdag (Algemene termijnenwet art. 1)', () => {
  it.each([
    ['Saturday', '2025-03-08', '2025-03-10', 'zaterdag 8 maart 2025 → maandag 10 maart 2025 (Algemene termijnenwet)'],
    ['Sunday', '2025-03-09', '2025-03-10', 'zondag 9 maart 2025 → maandag 10 maart 2025 (Algemene termijnenwet)'],
    [
      'Good Friday, over the weekend and Easter Monday',
      '2025-04-18',
      '2025-04-22',
      'Goede Vrijdag, vrijdag 18 april 2025 → dinsdag 22 april 2025 (Algemene termijnenwet; ook Tweede Paasdag)',
    ],
    ['Easter Monday', '2026-04-06', '2026-04-07', 'Tweede Paasdag, maandag 6 april 2026 → dinsdag 7 april 2026 (Algemene termijnenwet)'],
    ['Ascension Day', '2025-05-29', '2025-05-30', 'Hemelvaartsdag, donderdag 29 mei 2025 → vrijdag 30 mei 2025 (Algemene termijnenwet)'],
    ['Whit Monday', '2025-06-09', '2025-06-10', 'Tweede Pinksterdag, maandag 9 juni 2025 → dinsdag 10 juni 2025 (Algemene termijnenwet)'],
    ["King's Day on a Monday", '2026-04-27', '2026-04-28', 'Koningsdag, maandag 27 april 2026 → dinsdag 28 april 2026 (Algemene termijnenwet)'],
    ["King's Day moved to Saturday 26 April", '2025-04-26', '2025-04-28', 'Koningsdag, zaterdag 26 april 2025 → maandag 28 april 2025 (Algemene termijnenwet)'],
    ['Sunday 27 April 2025 (no holiday itself)', '2025-04-27', '2025-04-28', 'zondag 27 april 2025 → maandag 28 april 2025 (Algemene termijnenwet)'],
    ['5 May on a Tuesday', '2026-05-05', '2026-05-06', 'Bevrijdingsdag, dinsdag 5 mei 2026 → woensdag 6 mei 2026 (Algemene termijnenwet)'],
    [
      '5 May followed by Ascension',
      '2027-05-05',
      '2027-05-07',
      'Bevrijdingsdag, woensdag 5 mei 2027 → vrijdag 7 mei 2027 (Algemene termijnenwet; ook Hemelvaartsdag)',
    ],
    [
      'Christmas on a Friday, over Boxing Day and the weekend',
      '2020-12-25',
      '2020-12-28',
      'Eerste Kerstdag, vrijdag 25 december 2020 → maandag 28 december 2020 (Algemene termijnenwet; ook Tweede Kerstdag)',
    ],
    [
      'Christmas on a Wednesday, over Boxing Day',
      '2024-12-25',
      '2024-12-27',
      'Eerste Kerstdag, woensdag 25 december 2024 → vrijdag 27 december 2024 (Algemene termijnenwet; ook Tweede Kerstdag)',
    ],
    ['Boxing Day on a Friday', '2025-12-26', '2025-12-29', 'Tweede Kerstdag, vrijdag 26 december 2025 → maandag 29 december 2025 (Algemene termijnenwet)'],
    ['Boxing Day on a Saturday', '2026-12-26', '2026-12-28', 'Tweede Kerstdag, zaterdag 26 december 2026 → maandag 28 december 2026 (Algemene termijnenwet)'],
    [
      'Christmas on a Saturday',
      '2027-12-25',
      '2027-12-27',
      'Eerste Kerstdag, zaterdag 25 december 2027 → maandag 27 december 2027 (Algemene termijnenwet; ook Tweede Kerstdag)',
    ],
    ["New Year's Day on a Thursday", '2026-01-01', '2026-01-02', 'Nieuwjaarsdag, donderdag 1 januari 2026 → vrijdag 2 januari 2026 (Algemene termijnenwet)'],
    ["New Year's Day on a Saturday", '2028-01-01', '2028-01-03', 'Nieuwjaarsdag, zaterdag 1 januari 2028 → maandag 3 januari 2028 (Algemene termijnenwet)'],
  ])('%s: %s → %s', (_geval, datum, verwacht, reden) => {
    expect(verschuifNaarWerkdag(datum)).toEqual({ datum: verwacht, van: datum, verschoven: true, ookOvergeslagen: expect.any(Array), reden });
  });

  it.each([
    ['2025-03-10', 'a Monday'],
    ['2021-12-31', "New Year's Eve on a Friday"],
    ['2024-02-29', 'leap day, a Thursday'],
    ['2025-05-30', 'the Friday after Ascension without a decree'],
  ])('leaves %s alone (%s)', (datum) => {
    expect(verschuifNaarWerkdag(datum)).toEqual({ datum, van: datum, verschoven: false, ookOvergeslagen: [], reden: null });
  });

  it('moves over a bridge day given as data', () => {
    const extra = [{ datum: '2025-05-30', naam: 'vrijdag na Hemelvaartsdag' }];
    expect(verschuifNaarWerkdag('2025-05-29', extra)).toEqual({
      datum: '2025-06-02',
      van: '2025-05-29',
      verschoven: true,
      ookOvergeslagen: ['vrijdag na Hemelvaartsdag'],
      reden: 'Hemelvaartsdag, donderdag 29 mei 2025 → maandag 2 juni 2025 (Algemene termijnenwet; ook vrijdag na Hemelvaartsdag)',
    });
  });

  it('refuses an impossible date', () => {
    expect(() => verschuifNaarWerkdag('2025-02-29')).toThrow('Einddatum van de termijn is geen geldige datum');
  });
});

describe('beschrijfDag', () => {
  it.each([
    ['2025-03-08', 'zaterdag 8 maart 2025'],
    ['2025-04-21', 'Tweede Paasdag, maandag 21 april 2025'],
  ])('%s → %s', (datum, tekst) => {
    expect(beschrijfDag(datum)).toBe(tekst);
  });
});
