/**
 * pdfkit's standard fonts (Helvetica) only have the WinAnsi character set, and
 * pdfkit writes any other character as a broken code (a name like "Şahin" or
 * "Łukasz" would corrupt the line). So text is brought into WinAnsi first:
 * Latin-1 and the WinAnsi extras (€, –, “ ”, ‘ ’, …) stay, accented letters
 * outside it lose their accent (Ş → S, ğ → g), a few have a fixed stand-in.
 */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc,
  0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021,
  0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const VERVANGING: Readonly<Record<string, string>> = {
  'ı': 'i', 'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'Ħ': 'H', 'ħ': 'h', 'ŀ': 'l', 'Ŀ': 'L',
  'ĸ': 'k', 'Ŋ': 'N', 'ŋ': 'n', 'Ŧ': 'T', 'ŧ': 't', 'ſ': 's', 'Ə': 'E', 'ə': 'e',
  '\u2010': '-', '\u2011': '-', '\u2012': '–', '\u2015': '—', '\u2212': '-',
  '\u2032': "'", '\u2033': '"', '\u201b': "'", '\u201f': '"',
  '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u2007': ' ',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
  '≤': '<=', '≥': '>=', '≠': '!=', '→': '->', '←': '<-', '✓': 'v',
};

function isWinAnsi(code: number): boolean {
  if (code === 0x0a) return true; // a line break is honoured by the layout
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA.has(code);
}

export function naarWinAnsi(tekst: string): string {
  let uit = '';
  for (const teken of tekst.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const code = teken.codePointAt(0) ?? 0;
    if (isWinAnsi(code)) {
      uit += teken;
    } else if (/\p{M}/u.test(teken)) {
      // A combining accent NFC could not fold into its letter: drop it, keep the letter.
      continue;
    } else if (teken in VERVANGING) {
      uit += VERVANGING[teken];
    } else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      uit += ' ';
    } else {
      const zonderAccent = teken.normalize('NFD').replace(/\p{M}/gu, '');
      uit += [...zonderAccent].every((c) => isWinAnsi(c.codePointAt(0) ?? 0)) && zonderAccent ? zonderAccent : '?';
    }
  }
  return uit;
}
