import { inflateSync } from 'node:zlib';

/**
 * Reads back the visible text of a PDF made by `renderBriefPdf` (pdfkit with
 * the standard fonts), for tests. Not a general PDF parser: it knows direct
 * objects, FlateDecode streams, the page tree and the text operators pdfkit
 * writes (Tj, TJ with WinAnsi hex or literal strings).
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** WinAnsi 0x80–0x9F; the rest of the code page is ASCII and Latin-1. */
const WIN_ANSI_80: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** A TJ adjustment (thousandths of an em, negative moves right) this wide is a justified word gap. */
const WOORDAFSTAND = -200;

function winAnsi(bytes: readonly number[]): string {
  return bytes.map((b) => WIN_ANSI_80[b] ?? String.fromCharCode(b)).join('');
}

function leesObjecten(pdf: Buffer): Map<number, PdfObject> {
  const bron = pdf.toString('latin1');
  const objecten = new Map<number, PdfObject>();
  const kop = /(\d+) (\d+) obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = kop.exec(bron))) {
    const begin = m.index + m[0].length;
    const streamAt = bron.indexOf('stream', begin);
    const endobj = bron.indexOf('endobj', begin);
    if (endobj < 0) break;
    if (streamAt < 0 || streamAt > endobj) {
      objecten.set(Number(m[1]), { dict: bron.slice(begin, endobj), stream: null });
      kop.lastIndex = endobj;
      continue;
    }
    const dict = bron.slice(begin, streamAt);
    let data = streamAt + 'stream'.length;
    if (bron[data] === '\r') data++;
    if (bron[data] === '\n') data++;
    const lengte = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    const eind = lengte ? data + Number(lengte[1]) : bron.indexOf('endstream', data);
    let stream = pdf.subarray(data, eind);
    if (/\/FlateDecode/.test(dict)) stream = inflateSync(stream);
    objecten.set(Number(m[1]), { dict, stream });
    kop.lastIndex = bron.indexOf('endobj', eind);
  }
  return objecten;
}

const verwijzingen = (tekst: string) => [...tekst.matchAll(/(\d+) \d+ R/g)].map((r) => Number(r[1]));

/** Content streams per page, in page order (walking the page tree from the catalog). */
function paginaInhoud(objecten: Map<number, PdfObject>): Buffer[][] {
  const catalogus = [...objecten.values()].find((o) => /\/Type \/Catalog\b/.test(o.dict));
  const wortel = catalogus && /\/Pages (\d+) \d+ R/.exec(catalogus.dict);
  const paginas: Buffer[][] = [];
  const bezoek = (nummer: number) => {
    const knoop = objecten.get(nummer);
    if (!knoop) return;
    if (/\/Type \/Pages\b/.test(knoop.dict)) {
      const kids = /\/Kids \[([^\]]*)\]/.exec(knoop.dict);
      for (const kind of verwijzingen(kids?.[1] ?? '')) bezoek(kind);
      return;
    }
    const inhoud = /\/Contents (\[[^\]]*\]|\d+ \d+ R)/.exec(knoop.dict);
    paginas.push(verwijzingen(inhoud?.[1] ?? '').map((r) => objecten.get(r)?.stream).filter((s): s is Buffer => !!s));
  };
  if (wortel) bezoek(Number(wortel[1]));
  return paginas;
}

type Token = { soort: 'tekst'; bytes: number[] } | { soort: 'getal'; waarde: number } | { soort: 'op'; naam: string } | { soort: '[' } | { soort: ']' };

/** Lexes a content stream into the tokens the text operators need. */
function* tokens(inhoud: Buffer): Generator<Token> {
  const s = inhoud.toString('latin1');
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '%') { while (i < s.length && s[i] !== '\n') i++; continue; }
    if (c === '[' || c === ']') { yield { soort: c }; i++; continue; }
    if (c === '<' && s[i + 1] === '<') { i += 2; continue; }
    if (c === '>' && s[i + 1] === '>') { i += 2; continue; }
    if (c === '<') {
      const eind = s.indexOf('>', i);
      const hex = s.slice(i + 1, eind).replace(/\s/g, '');
      const bytes: number[] = [];
      for (let j = 0; j < hex.length; j += 2) bytes.push(parseInt(hex.slice(j, j + 2).padEnd(2, '0'), 16));
      yield { soort: 'tekst', bytes };
      i = eind + 1;
      continue;
    }
    if (c === '(') {
      const { bytes, volgende } = letterlijk(s, i);
      yield { soort: 'tekst', bytes };
      i = volgende;
      continue;
    }
    const woord = /^[^\s[\]<>()/%]+|^\/[^\s[\]<>()/%]*/.exec(s.slice(i, i + 64))![0];
    i += woord.length;
    const getal = Number(woord);
    if (!woord.startsWith('/') && !Number.isNaN(getal)) yield { soort: 'getal', waarde: getal };
    else if (!woord.startsWith('/')) yield { soort: 'op', naam: woord };
  }
}

const ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/** A literal string `( … )` with nesting, escapes and octal codes. */
function letterlijk(s: string, start: number): { bytes: number[]; volgende: number } {
  const bytes: number[] = [];
  let diepte = 1;
  let i = start + 1;
  while (i < s.length && diepte > 0) {
    const c = s[i];
    if (c === '\\') {
      const n = s[i + 1];
      const octaal = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4));
      if (octaal) { bytes.push(parseInt(octaal[0], 8) & 0xff); i += 1 + octaal[0].length; continue; }
      if (n === '\r' || n === '\n') { i += n === '\r' && s[i + 2] === '\n' ? 3 : 2; continue; }
      bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
      i += 2;
      continue;
    }
    if (c === '(') diepte++;
    if (c === ')' && --diepte === 0) break;
    bytes.push(c.charCodeAt(0));
    i++;
  }
  return { bytes, volgende: i + 1 };
}

/** Text of one page: one line per text line on the page (text objects on the same baseline are joined). */
function paginaTekst(streams: Buffer[]): string {
  const regels: string[] = [];
  let huidige = '';
  let regelY: number | null = null;
  let operanden: Token[] = [];
  let inArray: Token[] | null = null;
  const nieuweY = (y: number) => {
    if (regelY !== null && Math.abs(y - regelY) < 0.5) {
      if (huidige && !huidige.endsWith(' ')) huidige += ' ';
      return;
    }
    if (huidige.trim()) regels.push(huidige.trim());
    huidige = '';
    regelY = y;
  };
  let y = 0;
  for (const stream of streams) {
    for (const token of tokens(stream)) {
      if (token.soort === '[') { inArray = []; continue; }
      if (token.soort === ']') { operanden.push(...(inArray ?? [])); inArray = null; continue; }
      if (inArray) { inArray.push(token); continue; }
      if (token.soort !== 'op') { operanden.push(token); continue; }
      const getallen = operanden.filter((t): t is Extract<Token, { soort: 'getal' }> => t.soort === 'getal').map((t) => t.waarde);
      switch (token.naam) {
        case 'Tm': y = getallen[5] ?? y; nieuweY(y); break;
        case 'Td': case 'TD': y += getallen[1] ?? 0; nieuweY(y); break;
        case 'T*': case "'": case '"': nieuweY(Number.NaN); break;
        default: break;
      }
      if (token.naam === 'Tj' || token.naam === 'TJ' || token.naam === "'" || token.naam === '"') {
        for (const t of operanden) {
          if (t.soort === 'tekst') huidige += winAnsi(t.bytes);
          else if (t.soort === 'getal' && token.naam === 'TJ' && t.waarde <= WOORDAFSTAND) huidige += ' ';
        }
      }
      operanden = [];
    }
  }
  if (huidige.trim()) regels.push(huidige.trim());
  return regels.join('\n');
}

/** The visible text per page, one line per printed line. */
export function pdfPaginas(pdf: Buffer): string[] {
  return paginaInhoud(leesObjecten(pdf)).map(paginaTekst);
}

/** All visible text, pages separated by a blank line. */
export function pdfTekst(pdf: Buffer): string {
  return pdfPaginas(pdf).join('\n\n');
}

/**
 * The visible text as one run with single spaces, so a sentence wrapped over
 * two lines (or two pages) can be found whole: `toContain('Wij wijzen uw aanvraag af.')`.
 * Page footers are left out so they do not split a sentence that crosses a page.
 */
export function pdfLopendeTekst(pdf: Buffer): string {
  return pdfPaginas(pdf)
    .map((p) => p.split('\n').filter((r) => !/pagina \d+ van \d+$/.test(r)).join(' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function pdfString(waarde: string): string {
  const bytes = waarde.startsWith('<')
    ? (waarde.slice(1, -1).match(/../g) ?? []).map((h) => parseInt(h, 16))
    : letterlijk(waarde, 0).bytes;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let uit = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) uit += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return uit;
  }
  return String.fromCharCode(...bytes);
}

/** The document information dictionary (Title, Author, …) and the catalog's /Lang. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const objecten = leesObjecten(pdf);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(pdf.toString('latin1'));
  const infoRef = trailer && /\/Info (\d+) \d+ R/.exec(trailer[1]);
  const uit: Record<string, string> = {};
  const info = infoRef ? objecten.get(Number(infoRef[1])) : undefined;
  // pdfkit writes each info value as its own object: `/Title 18 0 R`.
  const veld = /\/(\w+) (\((?:\\[\s\S]|[^\\)])*\)|<[0-9a-fA-F]*>|(\d+) \d+ R)/g;
  for (const m of info?.dict.matchAll(veld) ?? []) {
    const waarde = m[3] ? objecten.get(Number(m[3]))?.dict.trim() : m[2];
    if (waarde && /^[(<]/.test(waarde)) uit[m[1]] = pdfString(waarde);
  }
  const catalogus = [...objecten.values()].find((o) => /\/Type \/Catalog\b/.test(o.dict));
  const lang = catalogus && /\/Lang (\((?:\\[\s\S]|[^\\)])*\))/.exec(catalogus.dict);
  if (lang) uit['Lang'] = pdfString(lang[1]);
  return uit;
}
