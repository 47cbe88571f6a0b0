import { WoonstartFout } from '../woonstart-fout.error';
import { bedragInEuro, datumInWoorden, opsomming, regels } from './brief-tekst.util';

describe('datumInWoorden', () => {
  it.each([
    ['2026-01-04', '4 januari 2026'],
    ['2026-02-28', '28 februari 2026'],
    ['2026-03-02', '2 maart 2026'],
    ['2024-02-29', '29 februari 2024'],
    ['2026-05-05', '5 mei 2026'],
    ['2026-08-10', '10 augustus 2026'],
    ['2026-12-31', '31 december 2026'],
  ])('%s → %s', (iso, woorden) => expect(datumInWoorden(iso)).toBe(woorden));

  it.each(['2026-02-29', '2026-13-01', '4-1-2026', '', '2026-01-04T00:00:00Z'])('refuses %j', (iso) => {
    expect(() => datumInWoorden(iso)).toThrow(WoonstartFout);
  });
});

describe('bedragInEuro', () => {
  it.each<[number, string]>([
    [879.66, '€ 879,66'],
    [0, '€ 0,00'],
    [1234, '€ 1.234,00'],
    [1234567.5, '€ 1.234.567,50'],
    [-12.3, '- € 12,30'],
  ])('%d → %s', (bedrag, tekst) => expect(bedragInEuro(bedrag)).toBe(tekst));
});

describe('opsomming and regels', () => {
  it.each<[string[], string, string]>([
    [[], 'en', ''],
    [['Delft'], 'en', 'Delft'],
    [['Delft', 'Rijswijk'], 'en', 'Delft en Rijswijk'],
    [['a', 'b', 'c'], 'of', 'a, b of c'],
  ])('opsomming(%j, %s) = %j', (delen, voegwoord, tekst) => expect(opsomming(delen, voegwoord)).toBe(tekst));

  it('drops empty and blank lines and trims the rest', () => {
    expect(regels(' a ', '', null, undefined, '   ', 'b')).toEqual(['a', 'b']);
  });
});
