import { naarWinAnsi } from './win-ansi';

describe('naarWinAnsi', () => {
  it.each<[string, string]>([
    ['Noël, café, reünie, coördinatie, één, ideeën', 'Noël, café, reünie, coördinatie, één, ideeën'],
    ['€ 879,66 – “citaat” ‘x’ … • ©', '€ 879,66 – “citaat” ‘x’ … • ©'],
    ['Şahin Öztürk, Gülşen Yılmaz', 'Sahin Öztürk, Gülsen Yilmaz'],
    ['Łukasz Wójcik, Dvořák, Ðorđe', 'Lukasz Wójcik, Dvorák, Ðorde'],
    ['Noe\u0308l', 'Noël'],
    ['a\u00a0b\u202fc\u200bd', 'a\u00a0b cd'],
    ['regel 1\r\nregel 2\tx', 'regel 1\nregel 2 x'],
    ['≥ 18 jaar', '>= 18 jaar'],
    ['漢字 😀', '?? ?'],
  ])('%j → %j', (invoer, uitvoer) => expect(naarWinAnsi(invoer)).toBe(uitvoer));
});
