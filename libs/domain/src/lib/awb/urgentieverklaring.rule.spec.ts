import { geldigTot, verlengingMogelijkTot } from './urgentieverklaring.rule';

describe('geldigTot (urgentieverklaring, three calendar months)', () => {
  it.each([
    ['2025-01-15', 3, '2025-04-15', 'same day number'],
    ['2025-11-30', 3, '2026-02-28', 'clamped to the end of February'],
    ['2023-11-30', 3, '2024-02-29', 'clamped to a leap day'],
    ['1999-11-30', 3, '2000-02-29', 'century leap year'],
    ['2099-11-30', 3, '2100-02-28', 'century non-leap year'],
    ['2025-08-31', 3, '2025-11-30', 'clamped to a 30-day month'],
    ['2025-10-15', 3, '2026-01-15', 'across the year end'],
    ['2025-03-08', 3, '2025-06-08', 'a Sunday is not moved: validity is no term to act within'],
    ['2024-02-29', 12, '2025-02-28', 'a leap day plus a year'],
    ['2025-01-31', 1, '2025-02-28', 'one month'],
  ])('afgegeven %s + %i months → %s (%s)', (afgegevenOp, maanden, tot) => {
    expect(geldigTot(afgegevenOp, maanden).tot).toBe(tot);
  });

  it('defaults to three months and gives the reason', () => {
    expect(geldigTot('2025-01-15')).toEqual({ tot: '2025-04-15', reden: 'afgegeven 15 januari 2025, 3 maanden geldig → tot en met dinsdag 15 april 2025' });
    expect(geldigTot('2025-01-15', 1).reden).toBe('afgegeven 15 januari 2025, 1 maand geldig → tot en met zaterdag 15 februari 2025');
  });

  it.each([0, 25, 2.5])('refuses %p months', (maanden) => {
    expect(() => geldigTot('2025-01-15', maanden)).toThrow(`Een geldigheidsduur is 1 tot en met 24 maanden, niet ${maanden}.`);
  });

  it('refuses a date that is no date', () => {
    expect(() => geldigTot('2025-11-31')).toThrow('De datum van afgifte is geen geldige datum');
  });
});

describe('verlengingMogelijkTot (two weeks after expiry)', () => {
  it.each([
    ['2025-04-15', '2025-04-29'],
    ['2026-02-28', '2026-03-14'],
    ['2024-02-20', '2024-03-05'],
    ['2025-12-25', '2026-01-08'],
  ])('geldig tot %s → verlenging aanvragen tot en met %s', (tot, verlenging) => {
    expect(verlengingMogelijkTot(tot).tot).toBe(verlenging);
  });

  it('gives the reason', () => {
    expect(verlengingMogelijkTot('2025-04-15').reden).toBe(
      'geldig tot en met 15 april 2025; verlenging aanvragen kan tot en met dinsdag 29 april 2025 (twee weken na afloop)',
    );
  });

  it('chains with geldigTot', () => {
    expect(verlengingMogelijkTot(geldigTot('2025-11-30').tot).tot).toBe('2026-03-14');
  });
});
