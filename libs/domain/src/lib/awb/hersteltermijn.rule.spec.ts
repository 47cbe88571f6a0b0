import { WoonstartFout } from '../woonstart-fout.error';
import { berekenHersteltermijn } from './hersteltermijn.rule';

describe('berekenHersteltermijn (Awb 4:5)', () => {
  it('gives two weeks by default, with the reasons', () => {
    expect(berekenHersteltermijn('2025-02-03')).toEqual({
      tot: '2025-02-17',
      redenen: ['verzoek om aanvulling 3 februari 2025', '+14 dagen hersteltermijn (Awb 4:5) → 17 februari 2025', 'aanvullen kan tot en met maandag 17 februari 2025'],
    });
  });

  it('moves a last day on Good Friday past Easter Monday', () => {
    expect(berekenHersteltermijn('2025-04-04', 14)).toEqual({
      tot: '2025-04-22',
      redenen: [
        'verzoek om aanvulling 4 april 2025',
        '+14 dagen hersteltermijn (Awb 4:5) → 18 april 2025',
        'verschoven van Goede Vrijdag, vrijdag 18 april 2025 naar dinsdag 22 april 2025 (Algemene termijnenwet; ook Tweede Paasdag)',
        'aanvullen kan tot en met dinsdag 22 april 2025',
      ],
    });
  });

  it.each([
    ['2025-02-03', 1, '2025-02-04', 'one day'],
    ['2025-02-07', 1, '2025-02-10', 'one day from a Friday lands on Saturday'],
    ['2025-02-03', 10, '2025-02-13', 'ten days'],
    ['2025-02-03', 21, '2025-02-24', 'three weeks'],
    ['2025-02-03', 56, '2025-03-31', 'the maximum of eight weeks'],
    ['2024-02-15', 14, '2024-02-29', 'into a leap day'],
    ['2025-12-12', 14, '2025-12-29', 'onto Boxing Day on a Friday'],
    ['2025-12-18', 14, '2026-01-02', "onto New Year's Day"],
  ])('request %s + %i days → %s (%s)', (verzoekOp, dagen, tot) => {
    expect(berekenHersteltermijn(verzoekOp, dagen).tot).toBe(tot);
  });

  it('moves over a bridge day given as data', () => {
    expect(berekenHersteltermijn('2025-05-15', 14, [{ datum: '2025-05-30', naam: 'vrijdag na Hemelvaartsdag' }]).tot).toBe('2025-06-02');
    expect(berekenHersteltermijn('2025-05-15', 14).tot).toBe('2025-05-30');
  });

  it.each([0, 57, 7.5, -14])('refuses a term of %p days', (dagen) => {
    expect(() => berekenHersteltermijn('2025-02-03', dagen)).toThrow(`Een hersteltermijn is 1 tot en met 56 dagen, niet ${dagen}.`);
  });

  it('refuses a request date that is no date', () => {
    expect(() => berekenHersteltermijn('2025-02-29')).toThrow(WoonstartFout);
  });
});
