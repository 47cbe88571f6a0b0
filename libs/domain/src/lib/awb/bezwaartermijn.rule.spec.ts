import { berekenBeslistermijnBezwaar, berekenBezwaartermijn, isBezwaarTijdig } from './bezwaartermijn.rule';

describe('berekenBezwaartermijn (Awb 6:7, 6:8)', () => {
  it('runs six weeks from the day after the bekendmaking, with the ledger', () => {
    expect(berekenBezwaartermijn('2025-03-03')).toEqual({
      laatsteDag: '2025-04-14',
      ledger: [
        { datum: '2025-03-03', omschrijving: 'besluit bekendgemaakt 3 maart 2025' },
        { datum: '2025-03-04', omschrijving: 'bezwaartermijn begint 4 maart 2025 (Awb 6:8)' },
        { datum: '2025-04-14', omschrijving: '+6 weken bezwaartermijn (Awb 6:7) → 14 april 2025' },
        { datum: '2025-04-14', omschrijving: 'bezwaar maken kan tot en met maandag 14 april 2025' },
      ],
    });
  });

  it('moves a last day on a Saturday to Monday and writes it down', () => {
    const termijn = berekenBezwaartermijn('2025-02-01');
    expect(termijn.laatsteDag).toBe('2025-03-17');
    expect(termijn.ledger.map((r) => r.omschrijving).slice(2)).toEqual([
      '+6 weken bezwaartermijn (Awb 6:7) → 15 maart 2025',
      'verschoven van zaterdag 15 maart 2025 naar maandag 17 maart 2025 (Algemene termijnenwet)',
      'bezwaar maken kan tot en met maandag 17 maart 2025',
    ]);
  });

  it.each([
    ['2025-03-07', '2025-04-22', 'Good Friday'],
    ['2025-03-17', '2025-04-28', 'Monday after Koningsdag on Saturday (no shift)'],
    ['2025-03-15', '2025-04-28', "Koningsdag on Saturday 26 April"],
    ['2026-03-24', '2026-05-06', '5 May on a Tuesday'],
    ['2025-11-14', '2025-12-29', 'Boxing Day on a Friday'],
    ['2025-11-20', '2026-01-02', "New Year's Day"],
    ['2024-01-18', '2024-02-29', 'leap day'],
    ['2024-01-25', '2024-03-07', 'across a leap day'],
  ])('bekendgemaakt %s → last day %s (%s)', (bekendgemaaktOp, laatsteDag) => {
    expect(berekenBezwaartermijn(bekendgemaaktOp).laatsteDag).toBe(laatsteDag);
  });
});

describe('isBezwaarTijdig', () => {
  it.each([
    ['2025-03-03', '2025-03-20', true, 0, 'well within the term'],
    ['2025-03-03', '2025-04-14', true, 0, 'on the last day'],
    ['2025-03-03', '2025-04-15', false, 1, 'one day late'],
    ['2025-03-03', '2025-05-14', false, 30, 'a month late'],
    ['2025-02-01', '2025-03-16', true, 0, 'on the Sunday the raw term ended'],
    ['2025-02-01', '2025-03-17', true, 0, 'on the Monday the last day moved to'],
    ['2025-02-01', '2025-03-18', false, 1, 'one day after the moved last day'],
    ['2025-03-07', '2025-04-22', true, 0, 'on the Tuesday after Easter Monday'],
    ['2025-03-07', '2025-04-23', false, 1, 'the day after that'],
    ['2025-03-03', '2025-03-03', true, 0, 'on the day of bekendmaking (Awb 6:10)'],
  ])('bekendgemaakt %s, ontvangen %s → tijdig %p, %i days late (%s)', (bekendgemaaktOp, ontvangenOp, tijdig, dagenTeLaat) => {
    expect(isBezwaarTijdig(bekendgemaaktOp, ontvangenOp)).toMatchObject({ tijdig, dagenTeLaat });
  });

  it.each([
    ['2025-03-03', '2025-04-14', 'bezwaar ontvangen op maandag 14 april 2025, op de laatste dag van de bezwaartermijn (maandag 14 april 2025): tijdig (Awb 6:7, 6:8)'],
    ['2025-03-03', '2025-03-20', 'bezwaar ontvangen op donderdag 20 maart 2025, binnen de bezwaartermijn, die loopt tot en met maandag 14 april 2025: tijdig (Awb 6:7, 6:8)'],
    [
      '2025-03-03',
      '2025-04-15',
      'bezwaar ontvangen op dinsdag 15 april 2025, 1 dag na de laatste dag van de bezwaartermijn (maandag 14 april 2025): te laat (Awb 6:7, 6:9), tenzij de termijnoverschrijding verschoonbaar is (Awb 6:11)',
    ],
    ['2025-03-03', '2025-03-01', 'bezwaar ontvangen op zaterdag 1 maart 2025, vóór of op de dag van bekendmaking (3 maart 2025): tijdig (Awb 6:10)'],
  ])('bekendgemaakt %s, ontvangen %s: "%s"', (bekendgemaaktOp, ontvangenOp, reden) => {
    expect(isBezwaarTijdig(bekendgemaaktOp, ontvangenOp).reden).toBe(reden);
  });

  it('counts a bridge day given as data', () => {
    const extra = [{ datum: '2025-05-30', naam: 'vrijdag na Hemelvaartsdag' }];
    expect(isBezwaarTijdig('2025-04-17', '2025-06-02', extra)).toMatchObject({ tijdig: true, laatsteDag: '2025-06-02' });
    expect(isBezwaarTijdig('2025-04-17', '2025-06-02')).toMatchObject({ tijdig: false, dagenTeLaat: 3, laatsteDag: '2025-05-30' });
  });
});

describe('berekenBeslistermijnBezwaar (Awb 7:10)', () => {
  it.each([
    [false, false, '2025-05-26', 'six weeks'],
    [true, false, '2025-07-07', 'twelve weeks with an advisory committee'],
    [false, true, '2025-07-07', 'six weeks, postponed by six'],
    [true, true, '2025-08-18', 'twelve weeks, postponed by six'],
  ])('commissie %p, verdaagd %p → %s (%s)', (adviescommissie, verdaagd, uiterlijk) => {
    expect(berekenBeslistermijnBezwaar({ ontvangenOp: '2025-03-20', bekendgemaaktOp: '2025-03-03', adviescommissie, verdaagd }).uiterlijk).toBe(uiterlijk);
  });

  it('counts from the end of the objection term, with the ledger', () => {
    expect(berekenBeslistermijnBezwaar({ ontvangenOp: '2025-03-20', bekendgemaaktOp: '2025-03-03', adviescommissie: true, verdaagd: true })).toEqual({
      uiterlijk: '2025-08-18',
      ledger: [
        { datum: '2025-03-20', omschrijving: 'bezwaar ontvangen 20 maart 2025' },
        { datum: '2025-04-14', omschrijving: 'gerekend vanaf het einde van de bezwaartermijn 14 april 2025 (Awb 7:10)' },
        { datum: '2025-07-07', omschrijving: '+12 weken beslistermijn bezwaar (Awb 7:10, adviescommissie) → 7 juli 2025' },
        { datum: '2025-08-18', omschrijving: '+6 weken verdaagd (Awb 7:10 lid 3) → 18 augustus 2025' },
        { datum: '2025-08-18', omschrijving: 'uiterlijk beslissen op bezwaar op maandag 18 augustus 2025' },
      ],
    });
  });

  it('counts from receipt when the objection came in after the objection term', () => {
    const uitkomst = berekenBeslistermijnBezwaar({ ontvangenOp: '2025-04-23', bekendgemaaktOp: '2025-03-03', adviescommissie: false, verdaagd: false });
    expect(uitkomst.uiterlijk).toBe('2025-06-04');
    expect(uitkomst.ledger[1].omschrijving).toBe('gerekend vanaf de ontvangst, want het bezwaar kwam na het einde van de bezwaartermijn 14 april 2025 (Awb 7:10)');
  });

  it('counts from receipt, and says so, when the bekendmaking is not known', () => {
    const uitkomst = berekenBeslistermijnBezwaar({ ontvangenOp: '2025-03-20', adviescommissie: false, verdaagd: false });
    expect(uitkomst.uiterlijk).toBe('2025-05-01');
    expect(uitkomst.ledger[1].omschrijving).toContain('de datum van bekendmaking ontbreekt');
    expect(berekenBeslistermijnBezwaar({ ontvangenOp: '2025-03-20', adviescommissie: false, verdaagd: true }).uiterlijk).toBe('2025-06-12');
  });

  it('shifts only the final day (six weeks ending on Good Friday)', () => {
    const uitkomst = berekenBeslistermijnBezwaar({ ontvangenOp: '2025-03-07', adviescommissie: false, verdaagd: false });
    expect(uitkomst.uiterlijk).toBe('2025-04-22');
    expect(uitkomst.ledger.map((r) => r.omschrijving).slice(2)).toEqual([
      '+6 weken beslistermijn bezwaar (Awb 7:10) → 18 april 2025',
      'verschoven van Goede Vrijdag, vrijdag 18 april 2025 naar dinsdag 22 april 2025 (Algemene termijnenwet; ook Tweede Paasdag)',
      'uiterlijk beslissen op bezwaar op dinsdag 22 april 2025',
    ]);
  });

  it('refuses dates that are no dates', () => {
    expect(() => berekenBeslistermijnBezwaar({ ontvangenOp: '2025-04-31', adviescommissie: false, verdaagd: false })).toThrow('geen geldige datum');
    expect(() => berekenBeslistermijnBezwaar({ ontvangenOp: '2025-04-01', bekendgemaaktOp: 'gisteren', adviescommissie: false, verdaagd: false })).toThrow(
      'De datum van bekendmaking is geen geldige datum',
    );
  });
});
