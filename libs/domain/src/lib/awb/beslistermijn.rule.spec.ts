import { WoonstartFout } from '../woonstart-fout.error';
import type { AwbBeslistermijnInvoer, Opschorting } from './beslistermijn.model';
import { berekenBeslistermijn, valideerOpschorting, valideerVerdaging } from './beslistermijn.rule';

/** Received Monday 6 January 2025: eight weeks end on Monday 3 March 2025, a working day. */
const BASIS: AwbBeslistermijnInvoer = { ontvangenOp: '2025-01-06', peildatum: '2025-01-20' };
const aangevuld = (verzoekOp: string, aangevuldOp: string | null, hersteltermijnTot: string): Opschorting => ({ verzoekOp, aangevuldOp, hersteltermijnTot });

describe('berekenBeslistermijn (Awb 4:13, 4:14, 4:15, Algemene termijnenwet)', () => {
  describe('worked example: received 4 January 2025, 8 weeks, suspended 1–10 February', () => {
    const uitkomst = berekenBeslistermijn({
      ontvangenOp: '2025-01-04',
      termijnWeken: 8,
      opschortingen: [aangevuld('2025-02-01', '2025-02-10', '2025-02-15')],
      verdaging: null,
      peildatum: '2025-02-20',
    });

    it('gives the deadline, the original end and the suspended days', () => {
      expect(uitkomst).toMatchObject({
        uiterlijk: '2025-03-10',
        oorspronkelijk: '2025-03-01',
        dagenOpgeschort: 9,
        verdaagd: false,
        status: 'loopt',
        dagenResterend: 18,
        dagenOverschreden: 0,
        meldingen: [],
      });
    });

    it('writes the ledger a decision letter quotes', () => {
      expect(uitkomst.ledger).toEqual([
        { datum: '2025-01-04', omschrijving: 'ontvangen 4 januari 2025' },
        { datum: '2025-03-01', omschrijving: '+8 weken beslistermijn (Awb 4:13) → 1 maart 2025' },
        { datum: '2025-02-01', omschrijving: '+9 dagen opgeschort (verzoek om aanvulling 1–10 februari 2025, Awb 4:15) → 10 maart 2025' },
        { datum: '2025-03-10', omschrijving: 'uiterlijk beslissen op maandag 10 maart 2025' },
      ]);
    });
  });

  it('without suspension moves the Saturday end to Monday and says so', () => {
    const uitkomst = berekenBeslistermijn({ ontvangenOp: '2025-01-04', peildatum: '2025-01-04' });
    expect(uitkomst.uiterlijk).toBe('2025-03-03');
    expect(uitkomst.oorspronkelijk).toBe('2025-03-01');
    expect(uitkomst.ledger.map((r) => r.omschrijving)).toEqual([
      'ontvangen 4 januari 2025',
      '+8 weken beslistermijn (Awb 4:13) → 1 maart 2025',
      'verschoven van zaterdag 1 maart 2025 naar maandag 3 maart 2025 (Algemene termijnenwet)',
      'uiterlijk beslissen op maandag 3 maart 2025',
    ]);
    expect(uitkomst.ledger[2].datum).toBe('2025-03-03');
  });

  it.each([
    ['a Saturday', '2025-01-04', '2025-03-01', '2025-03-03'],
    ['a Sunday', '2025-01-05', '2025-03-02', '2025-03-03'],
    ['Good Friday', '2025-02-21', '2025-04-18', '2025-04-22'],
    ['Easter Monday', '2026-02-09', '2026-04-06', '2026-04-07'],
    ['Ascension Day', '2025-04-03', '2025-05-29', '2025-05-30'],
    ['Whit Monday', '2025-04-14', '2025-06-09', '2025-06-10'],
    ["King's Day (27 April, Monday)", '2026-03-02', '2026-04-27', '2026-04-28'],
    ["King's Day (26 April, Saturday, because the 27th is a Sunday)", '2025-03-01', '2025-04-26', '2025-04-28'],
    ['5 May', '2026-03-10', '2026-05-05', '2026-05-06'],
    ['5 May with Ascension the next day', '2027-03-10', '2027-05-05', '2027-05-07'],
    ['Christmas on a Friday (to Monday 28 December)', '2020-10-30', '2020-12-25', '2020-12-28'],
    ['Christmas on a Wednesday (over Boxing Day)', '2024-10-30', '2024-12-25', '2024-12-27'],
    ['Boxing Day on a Friday', '2025-10-31', '2025-12-26', '2025-12-29'],
    ["New Year's Day on a Thursday", '2025-11-06', '2026-01-01', '2026-01-02'],
    ["New Year's Day on a Saturday", '2027-11-06', '2028-01-01', '2028-01-03'],
    ['a leap day (no shift)', '2024-01-04', '2024-02-29', '2024-02-29'],
    ['1 March in a common year (no shift)', '2023-01-04', '2023-03-01', '2023-03-01'],
  ])('a term ending on %s: received %s, raw end %s → %s', (_geval, ontvangenOp, oorspronkelijk, uiterlijk) => {
    const uitkomst = berekenBeslistermijn({ ontvangenOp, peildatum: ontvangenOp });
    expect(uitkomst.oorspronkelijk).toBe(oorspronkelijk);
    expect(uitkomst.uiterlijk).toBe(uiterlijk);
  });

  it('moves over a bridge day given as data (Friday after Ascension)', () => {
    const uitkomst = berekenBeslistermijn({
      ontvangenOp: '2025-04-03',
      peildatum: '2025-04-03',
      extraVrijeDagen: [{ datum: '2025-05-30', naam: 'vrijdag na Hemelvaartsdag' }],
    });
    expect(uitkomst.uiterlijk).toBe('2025-06-02');
    expect(uitkomst.ledger).toContainEqual({
      datum: '2025-06-02',
      omschrijving:
        'verschoven van Hemelvaartsdag, donderdag 29 mei 2025 naar maandag 2 juni 2025 (Algemene termijnenwet; ook vrijdag na Hemelvaartsdag)',
    });
  });

  it.each([
    [1, '2025-01-13'],
    [8, '2025-03-03'],
    [12, '2025-03-31'],
    [26, '2025-07-07'],
  ])('a term of %i weeks set by the verordening ends %s', (termijnWeken, uiterlijk) => {
    expect(berekenBeslistermijn({ ...BASIS, termijnWeken }).uiterlijk).toBe(uiterlijk);
  });

  it.each([0, 27, 6.5])('refuses a term of %p weeks', (termijnWeken) => {
    expect(() => berekenBeslistermijn({ ...BASIS, termijnWeken })).toThrow(`Een beslistermijn is 1 tot en met 26 weken, niet ${termijnWeken}.`);
  });

  describe('suspension (Awb 4:15)', () => {
    it.each([
      ['completed in time: until the day it arrived', aangevuld('2025-02-01', '2025-02-10', '2025-02-15'), 9, '2025-03-12'],
      ['completed the same day: nothing suspended', aangevuld('2025-02-03', '2025-02-03', '2025-02-17'), 0, '2025-03-03'],
      ['never completed: until the end of the repair term', aangevuld('2025-02-01', null, '2025-02-15'), 14, '2025-03-17'],
      ['completed after the repair term: until the end of that term', aangevuld('2025-02-01', '2025-02-18', '2025-02-15'), 14, '2025-03-17'],
    ])('%s', (_geval, opschorting, dagen, uiterlijk) => {
      const uitkomst = berekenBeslistermijn({ ...BASIS, opschortingen: [opschorting], peildatum: '2025-02-25' });
      expect(uitkomst.dagenOpgeschort).toBe(dagen);
      expect(uitkomst.uiterlijk).toBe(uiterlijk);
      expect(uitkomst.status).toBe('loopt');
    });

    it('names a repair term that lapsed unused', () => {
      const uitkomst = berekenBeslistermijn({ ...BASIS, opschortingen: [aangevuld('2025-02-01', null, '2025-02-15')], peildatum: '2025-02-25' });
      expect(uitkomst.ledger[2]).toEqual({
        datum: '2025-02-01',
        omschrijving: '+14 dagen opgeschort (verzoek om aanvulling 1–15 februari 2025, niet aangevuld binnen de hersteltermijn, Awb 4:15) → 17 maart 2025',
      });
    });

    it('names a completion that came after the repair term', () => {
      const uitkomst = berekenBeslistermijn({ ...BASIS, opschortingen: [aangevuld('2025-02-01', '2025-02-18', '2025-02-15')], peildatum: '2025-02-25' });
      expect(uitkomst.ledger[2].omschrijving).toBe(
        '+14 dagen opgeschort (verzoek om aanvulling 1–15 februari 2025, aangevuld na afloop van de hersteltermijn op 18 februari 2025, Awb 4:15) → 17 maart 2025',
      );
    });

    it('merges overlapping suspensions so no day counts twice (13 days, not 9 + 9)', () => {
      const uitkomst = berekenBeslistermijn({
        ...BASIS,
        opschortingen: [aangevuld('2025-02-01', '2025-02-10', '2025-02-15'), aangevuld('2025-02-05', '2025-02-14', '2025-02-19')],
        peildatum: '2025-02-25',
      });
      expect(uitkomst.dagenOpgeschort).toBe(13);
      expect(uitkomst.uiterlijk).toBe('2025-03-17');
      expect(uitkomst.ledger.map((r) => r.omschrijving)).toEqual([
        'ontvangen 6 januari 2025',
        '+8 weken beslistermijn (Awb 4:13) → 3 maart 2025',
        '+13 dagen opgeschort (2 verzoeken om aanvulling 1–14 februari 2025, overlap één keer geteld, Awb 4:15) → 16 maart 2025',
        'verschoven van zondag 16 maart 2025 naar maandag 17 maart 2025 (Algemene termijnenwet)',
        'uiterlijk beslissen op maandag 17 maart 2025',
      ]);
    });

    it('counts a suspension inside another once', () => {
      const uitkomst = berekenBeslistermijn({
        ...BASIS,
        opschortingen: [aangevuld('2025-02-05', '2025-02-10', '2025-02-19'), aangevuld('2025-02-01', '2025-02-20', '2025-02-28')],
        peildatum: '2025-02-25',
      });
      expect(uitkomst.dagenOpgeschort).toBe(19);
      expect(uitkomst.uiterlijk).toBe('2025-03-24');
    });

    it('adds separate suspensions each, in the order given or not', () => {
      const a = aangevuld('2025-02-01', '2025-02-10', '2025-02-15');
      const b = aangevuld('2025-02-20', '2025-02-25', '2025-03-06');
      const voor = berekenBeslistermijn({ ...BASIS, opschortingen: [a, b], peildatum: '2025-02-25' });
      const achter = berekenBeslistermijn({ ...BASIS, opschortingen: [b, a], peildatum: '2025-02-25' });
      expect(voor.dagenOpgeschort).toBe(14);
      expect(voor.uiterlijk).toBe('2025-03-17');
      expect(achter).toEqual(voor);
      expect(voor.ledger.filter((r) => r.omschrijving.includes('opgeschort'))).toHaveLength(2);
    });

    describe('an open suspension (nothing received, repair term still running)', () => {
      const open = aangevuld('2025-02-01', null, '2025-02-15');

      it('counts until the peildatum and marks the clock as opgeschort', () => {
        const uitkomst = berekenBeslistermijn({ ...BASIS, opschortingen: [open], peildatum: '2025-02-05' });
        expect(uitkomst).toMatchObject({ status: 'opgeschort', dagenOpgeschort: 4, uiterlijk: '2025-03-07', dagenResterend: 30 });
        expect(uitkomst.ledger.slice(2)).toEqual([
          {
            datum: '2025-02-01',
            omschrijving:
              '+4 dagen opgeschort (verzoek om aanvulling 1–5 februari 2025, nog niet aangevuld, hersteltermijn tot 15 februari 2025; geteld tot 5 februari 2025, Awb 4:15) → 7 maart 2025',
          },
          { datum: '2025-03-07', omschrijving: 'uiterlijk beslissen op vrijdag 7 maart 2025 (voorlopig: de opschorting loopt nog)' },
        ]);
      });

      it.each([
        ['2025-02-01', 0, '2025-03-03', 'opgeschort', 'on the day of the request'],
        ['2025-02-10', 9, '2025-03-12', 'opgeschort', 'a few days later'],
        ['2025-02-15', 14, '2025-03-17', 'opgeschort', 'on the last day of the repair term'],
        ['2025-02-16', 14, '2025-03-17', 'loopt', 'the day after the repair term lapsed'],
      ])('peildatum %s: %i days, deadline %s, %s (%s)', (peildatum, dagen, uiterlijk, status) => {
        const uitkomst = berekenBeslistermijn({ ...BASIS, opschortingen: [open], peildatum });
        expect(uitkomst.dagenOpgeschort).toBe(dagen);
        expect(uitkomst.uiterlijk).toBe(uiterlijk);
        expect(uitkomst.status).toBe(status);
      });

      it('merges with a completed suspension and stays open', () => {
        const uitkomst = berekenBeslistermijn({
          ...BASIS,
          opschortingen: [aangevuld('2025-01-28', '2025-02-03', '2025-02-11'), open],
          peildatum: '2025-02-06',
        });
        expect(uitkomst.dagenOpgeschort).toBe(9);
        expect(uitkomst.status).toBe('opgeschort');
        expect(uitkomst.ledger[2].omschrijving).toBe(
          '+9 dagen opgeschort (2 verzoeken om aanvulling 28 januari – 6 februari 2025, overlap één keer geteld; nog niet aangevuld, geteld tot 6 februari 2025, Awb 4:15) → 12 maart 2025',
        );
      });
    });

    it('does not suspend when the request is made on the last day of the term or later', () => {
      const uitkomst = berekenBeslistermijn({ ...BASIS, opschortingen: [aangevuld('2025-03-03', '2025-03-06', '2025-03-17')], peildatum: '2025-03-10' });
      expect(uitkomst).toMatchObject({ uiterlijk: '2025-03-03', dagenOpgeschort: 0, status: 'verlopen', dagenResterend: 0, dagenOverschreden: 7 });
      expect(uitkomst.meldingen).toEqual([
        'verzoek om aanvulling van 3 maart 2025 schort niet op: gedaan op of na de laatste dag van de beslistermijn (maandag 3 maart 2025, Awb 4:15)',
      ]);
    });

    it('does suspend a request made on the weekend before a Monday deadline', () => {
      const uitkomst = berekenBeslistermijn({ ...BASIS, opschortingen: [aangevuld('2025-03-01', '2025-03-04', '2025-03-15')], peildatum: '2025-03-05' });
      expect(uitkomst.dagenOpgeschort).toBe(3);
      expect(uitkomst.uiterlijk).toBe('2025-03-06');
    });

    it('lets an earlier suspension keep the term open for a later request', () => {
      const uitkomst = berekenBeslistermijn({
        ...BASIS,
        opschortingen: [aangevuld('2025-02-01', '2025-02-10', '2025-02-15'), aangevuld('2025-03-05', '2025-03-07', '2025-03-19')],
        peildatum: '2025-03-10',
      });
      expect(uitkomst.dagenOpgeschort).toBe(11);
      expect(uitkomst.uiterlijk).toBe('2025-03-14');
      expect(uitkomst.meldingen).toEqual([]);
    });
  });

  describe('verdaging (Awb 4:14)', () => {
    it('adds the weeks once with the reason in the ledger', () => {
      const uitkomst = berekenBeslistermijn({
        ...BASIS,
        verdaging: { op: '2025-02-20', weken: 6, reden: 'medisch advies van de GGD is nodig' },
        peildatum: '2025-02-20',
      });
      expect(uitkomst).toMatchObject({ uiterlijk: '2025-04-14', oorspronkelijk: '2025-03-03', verdaagd: true, meldingen: [] });
      expect(uitkomst.ledger.map((r) => r.omschrijving)).toEqual([
        'ontvangen 6 januari 2025',
        '+8 weken beslistermijn (Awb 4:13) → 3 maart 2025',
        '+6 weken verdaagd op 20 februari 2025 (Awb 4:14): medisch advies van de GGD is nodig → 14 april 2025',
        'uiterlijk beslissen op maandag 14 april 2025',
      ]);
    });

    it('accepts a verdaging on the last day of the term', () => {
      const uitkomst = berekenBeslistermijn({ ...BASIS, verdaging: { op: '2025-03-03', weken: 6, reden: 'advies' }, peildatum: '2025-03-03' });
      expect(uitkomst.uiterlijk).toBe('2025-04-14');
      expect(uitkomst.verdaagd).toBe(true);
    });

    it('accepts a verdaging on the Monday to which a Saturday end was moved, and shifts only the final day', () => {
      const uitkomst = berekenBeslistermijn({
        ontvangenOp: '2025-01-04',
        verdaging: { op: '2025-03-03', weken: 6, reden: 'advies' },
        peildatum: '2025-03-03',
      });
      expect(uitkomst.uiterlijk).toBe('2025-04-14');
      expect(uitkomst.ledger.map((r) => r.omschrijving).slice(2)).toEqual([
        '+6 weken verdaagd op 3 maart 2025 (Awb 4:14): advies → 12 april 2025',
        'verschoven van zaterdag 12 april 2025 naar maandag 14 april 2025 (Algemene termijnenwet)',
        'uiterlijk beslissen op maandag 14 april 2025',
      ]);
    });

    it('judges the verdaging against the deadline as extended by an earlier suspension', () => {
      const uitkomst = berekenBeslistermijn({
        ...BASIS,
        opschortingen: [aangevuld('2025-02-01', '2025-02-10', '2025-02-15')],
        verdaging: { op: '2025-03-10', weken: 6, reden: 'advies' },
        peildatum: '2025-03-10',
      });
      expect(uitkomst.uiterlijk).toBe('2025-04-23');
      expect(uitkomst.verdaagd).toBe(true);
    });

    it('refuses a verdaging announced after the term ended, and says why', () => {
      const uitkomst = berekenBeslistermijn({ ...BASIS, verdaging: { op: '2025-03-04', weken: 6, reden: 'advies' }, peildatum: '2025-03-05' });
      expect(uitkomst).toMatchObject({ uiterlijk: '2025-03-03', verdaagd: false, status: 'verlopen', dagenOverschreden: 2, dagenResterend: 0 });
      const melding = 'verdaging van 4 maart 2025 telt niet: meegedeeld na afloop van de beslistermijn (maandag 3 maart 2025, Awb 4:14)';
      expect(uitkomst.meldingen).toEqual([melding]);
      expect(uitkomst.ledger).toContainEqual({ datum: '2025-03-04', omschrijving: melding });
    });

    it.each([
      [{ op: '2025-02-20', weken: 9, reden: 'advies' }, 'Een verdaging is 1 tot en met 8 weken, niet 9.'],
      [{ op: '2025-02-20', weken: 0, reden: 'advies' }, 'Een verdaging is 1 tot en met 8 weken, niet 0.'],
      [{ op: '2025-02-20', weken: 4, reden: '  ' }, 'Geef de reden van de verdaging'],
      [{ op: '2025-01-02', weken: 4, reden: 'advies' }, 'De verdaging (2 januari 2025) ligt vóór de ontvangst van de aanvraag (6 januari 2025).'],
      [{ op: '2025-02-21', weken: 4, reden: 'advies' }, 'De verdaging (21 februari 2025) ligt na de peildatum (20 februari 2025).'],
    ])('throws on an impossible verdaging %o', (verdaging, melding) => {
      expect(() => berekenBeslistermijn({ ...BASIS, verdaging, peildatum: '2025-02-20' })).toThrow(melding);
    });

    it('takes the cap on verdaging weeks from policy', () => {
      expect(berekenBeslistermijn({ ...BASIS, verdaging: { op: '2025-02-20', weken: 10, reden: 'advies' }, peildatum: '2025-02-20', maxVerdagingWeken: 12 }).uiterlijk).toBe(
        '2025-05-12',
      );
    });
  });

  describe('status and days left', () => {
    it.each([
      ['2025-01-20', 'loopt', 42, 0],
      ['2025-03-03', 'loopt', 0, 0],
      ['2025-03-04', 'verlopen', 0, 1],
      ['2025-04-03', 'verlopen', 0, 31],
    ])('peildatum %s → %s, %i days left, %i days over', (peildatum, status, dagenResterend, dagenOverschreden) => {
      expect(berekenBeslistermijn({ ...BASIS, peildatum })).toMatchObject({ status, dagenResterend, dagenOverschreden });
    });
  });

  describe('impossible input', () => {
    it('throws a WoonstartFout of soort ongeldig with every message', () => {
      let fout: unknown;
      try {
        berekenBeslistermijn({ ...BASIS, peildatum: '2025-03-01', opschortingen: [aangevuld('2025-02-10', '2025-02-05', '2025-02-01')] });
      } catch (e) {
        fout = e;
      }
      expect(fout).toBeInstanceOf(WoonstartFout);
      expect((fout as WoonstartFout).soort).toBe('ongeldig');
      expect((fout as WoonstartFout).details['fouten']).toEqual([
        'De hersteltermijn (tot 1 februari 2025) moet na het verzoek om aanvulling (10 februari 2025) eindigen.',
        'De aanvulling (5 februari 2025) kan niet vóór het verzoek om aanvulling (10 februari 2025) zijn ontvangen.',
      ]);
    });

    it.each([
      [{ ontvangenOp: '2025-02-30', peildatum: '2025-03-01' }, 'De ontvangstdatum is geen geldige datum (verwacht jjjj-mm-dd): "2025-02-30".'],
      [{ ontvangenOp: '2025-01-06', peildatum: '6-1-2025' }, 'De peildatum is geen geldige datum'],
    ])('refuses dates that are no dates: %o', (invoer, melding) => {
      expect(() => berekenBeslistermijn(invoer)).toThrow(melding);
    });

    it('numbers the messages when there are several suspensions', () => {
      expect(() =>
        berekenBeslistermijn({ ...BASIS, peildatum: '2025-03-01', opschortingen: [aangevuld('2025-02-01', '2025-02-05', '2025-02-15'), aangevuld('2025-02-10', '2025-02-05', '2025-02-20')] }),
      ).toThrow('Opschorting 2: De aanvulling (5 februari 2025) kan niet vóór het verzoek om aanvulling (10 februari 2025) zijn ontvangen.');
    });
  });
});

describe('valideerOpschorting', () => {
  it.each([
    ['a sound suspension', aangevuld('2025-02-01', '2025-02-10', '2025-02-15'), {}, []],
    ['an open suspension', aangevuld('2025-02-01', null, '2025-02-15'), {}, []],
    [
      'completion before the request',
      aangevuld('2025-02-10', '2025-02-05', '2025-02-24'),
      {},
      ['De aanvulling (5 februari 2025) kan niet vóór het verzoek om aanvulling (10 februari 2025) zijn ontvangen.'],
    ],
    [
      'repair term ending before the request',
      aangevuld('2025-02-10', null, '2025-02-01'),
      {},
      ['De hersteltermijn (tot 1 februari 2025) moet na het verzoek om aanvulling (10 februari 2025) eindigen.'],
    ],
    [
      'repair term ending on the day of the request',
      aangevuld('2025-02-10', null, '2025-02-10'),
      {},
      ['De hersteltermijn (tot 10 februari 2025) moet na het verzoek om aanvulling (10 februari 2025) eindigen.'],
    ],
    [
      'a request before the application arrived',
      aangevuld('2025-01-02', null, '2025-01-16'),
      { ontvangenOp: '2025-01-06' },
      ['Het verzoek om aanvulling (2 januari 2025) ligt vóór de ontvangst van de aanvraag (6 januari 2025).'],
    ],
    [
      'a request and completion after today',
      aangevuld('2025-02-10', '2025-02-12', '2025-02-24'),
      { peildatum: '2025-02-05' },
      [
        'Het verzoek om aanvulling (10 februari 2025) ligt na de peildatum (5 februari 2025).',
        'De aanvulling (12 februari 2025) ligt na de peildatum (5 februari 2025).',
      ],
    ],
    [
      'dates that are no dates',
      aangevuld('2025-02-31', '10-02-2025', '2025-02-15'),
      {},
      [
        'De datum van het verzoek om aanvulling is geen geldige datum (verwacht jjjj-mm-dd): "2025-02-31".',
        'De datum van de aanvulling is geen geldige datum (verwacht jjjj-mm-dd): "10-02-2025".',
      ],
    ],
  ])('%s', (_geval, opschorting, context, fouten) => {
    expect(valideerOpschorting(opschorting, context)).toEqual(fouten);
  });
});

describe('valideerVerdaging', () => {
  const eerste = { op: '2025-02-20', weken: 6, reden: 'medisch advies' };

  it.each([
    ['a sound verdaging', eerste, { uiterlijk: '2025-03-03' }, []],
    ['a verdaging on the last day', { ...eerste, op: '2025-03-03' }, { uiterlijk: '2025-03-03' }, []],
    [
      'a second verdaging',
      { op: '2025-04-01', weken: 4, reden: 'nog meer advies' },
      { uiterlijk: '2025-04-14', eerdereVerdaging: eerste },
      ['De beslistermijn is al verdaagd op 20 februari 2025; verdagen kan maar één keer (Awb 4:14).'],
    ],
    [
      'a verdaging after the deadline',
      { ...eerste, op: '2025-03-04' },
      { uiterlijk: '2025-03-03' },
      ['De verdaging (4 maart 2025) komt te laat: die moet uiterlijk op de laatste dag van de beslistermijn (maandag 3 maart 2025) worden meegedeeld (Awb 4:14).'],
    ],
    ['too many weeks', { ...eerste, weken: 9 }, {}, ['Een verdaging is 1 tot en met 8 weken, niet 9.']],
    ['part of a week', { ...eerste, weken: 1.5 }, {}, ['Een verdaging is 1 tot en met 8 weken, niet 1.5.']],
    ['more weeks under a wider policy', { ...eerste, weken: 12 }, { maxWeken: 12 }, []],
    ['no reason', { ...eerste, reden: '' }, {}, ['Geef de reden van de verdaging; die staat in de mededeling aan de aanvrager (Awb 4:14).']],
    ['no date', { ...eerste, op: '2025-02-29' }, {}, ['De datum van de verdaging is geen geldige datum (verwacht jjjj-mm-dd): "2025-02-29".']],
  ])('%s', (_geval, verdaging, context, fouten) => {
    expect(valideerVerdaging(verdaging, context)).toEqual(fouten);
  });

  it('gives every reason at once for a second, late verdaging', () => {
    expect(valideerVerdaging({ op: '2025-04-15', weken: 6, reden: 'x' }, { uiterlijk: '2025-04-14', eerdereVerdaging: eerste })).toHaveLength(2);
  });
});
