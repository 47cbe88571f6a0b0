import { datumInWoorden, type Brief } from '@woonstart/domain';
import PDFDocument from 'pdfkit';
import { naarWinAnsi } from './win-ansi';

export interface PdfOpties {
  /** false writes readable content streams (debugging); text extraction in tests works either way. */
  compress?: boolean;
  /**
   * CreationDate of the file. Defaults to the letter date at 00:00 UTC, which
   * also fixes the file ID: the same letter then renders to the same bytes.
   */
  aangemaakt?: Date;
}

const MM = 72 / 25.4;
const MARGE = { top: 20 * MM, bottom: 25 * MM, left: 25 * MM, right: 20 * MM };
/** Window of a Dutch C5/DL window envelope (NEN 1026): the address starts about 50 mm from the top. */
const ADRES_Y = 50 * MM;
const AFZENDER_BREEDTE = 62 * MM;
const LETTER = 10.5;
const KLEIN = 8.5;
const REGELAFSTAND = 2;
const GRIJS = '#555555';
const LIJSTTEKEN = /^(–|-|•|\d+\.)\s+/;

type Doc = PDFKit.PDFDocument;

/**
 * Renders a letter (`Brief` from the domain) to an A4 PDF with the standard
 * Helvetica fonts: sender block top right, address in the envelope window,
 * date/kenmerk/onderwerp lines, bold headings, justified paragraphs and
 * "pagina x van y" in the footer. The standard fonts use WinAnsi, which has the
 * Dutch letters (ë, é, ï, ö) and €; other characters are transliterated.
 */
export function renderBriefPdf(brief: Brief, opties: PdfOpties = {}): Promise<Buffer> {
  const aangemaakt = opties.aangemaakt ?? geldigeDatum(brief.datum) ?? new Date();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGE,
    bufferPages: true,
    autoFirstPage: true,
    compress: opties.compress ?? true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: brief.titel,
      Author: brief.afzender.join(', '),
      Subject: brief.onderwerp,
      Keywords: `kenmerk ${brief.kenmerk}`,
      Creator: 'Woonstart',
      Producer: 'Woonstart (pdfkit)',
      CreationDate: aangemaakt,
    },
  });

  const klaar = new Promise<Buffer>((resolve, reject) => {
    const delen: Buffer[] = [];
    doc.on('data', (deel: Buffer) => delen.push(deel));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });

  try {
    schrijfKop(doc, brief);
    schrijfRomp(doc, brief);
    schrijfVoetteksten(doc, brief);
    doc.end();
  } catch (fout) {
    doc.end();
    return Promise.reject(fout);
  }
  return klaar;
}

function geldigeDatum(iso: string): Date | null {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function breedte(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function schrijfKop(doc: Doc, brief: Brief): void {
  const t = naarWinAnsi;
  const links = doc.page.margins.left;
  const rechtsX = doc.page.width - doc.page.margins.right - AFZENDER_BREEDTE;

  // Sender block, top right.
  let y = doc.page.margins.top;
  brief.afzender.forEach((regel, i) => {
    doc.font(i === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(i === 0 ? 11 : 9).fillColor(i === 0 ? 'black' : GRIJS);
    doc.text(t(regel), rechtsX, y, { width: AFZENDER_BREEDTE });
    y = doc.y;
  });
  const eindeAfzender = doc.y;

  // Addressee block, in the envelope window.
  doc.fillColor('black').font('Helvetica').fontSize(LETTER);
  doc.text(brief.aan.map(t).join('\n'), links, Math.max(ADRES_Y, eindeAfzender + 12), { width: 85 * MM, lineGap: REGELAFSTAND });

  // Date, kenmerk and onderwerp as label/value lines.
  doc.y += 30;
  const labelBreedte = 24 * MM;
  for (const [label, waarde] of [['Datum', datumInWoorden(brief.datum)], ['Kenmerk', brief.kenmerk], ['Onderwerp', brief.onderwerp]]) {
    const regelY = doc.y;
    doc.font('Helvetica-Bold').fontSize(KLEIN).fillColor(GRIJS).text(label, links, regelY + 1.5, { width: labelBreedte, lineBreak: false });
    doc.font('Helvetica').fontSize(LETTER).fillColor('black').text(t(waarde), links + labelBreedte, regelY, { width: breedte(doc) - labelBreedte });
    doc.y += 1;
  }

  doc.moveDown(1.2);
  doc.font('Helvetica-Bold').fontSize(14).text(t(brief.titel), links, doc.y, { width: breedte(doc) });
  doc.moveDown(0.6);
}

function schrijfRomp(doc: Doc, brief: Brief): void {
  const t = naarWinAnsi;
  const links = doc.page.margins.left;
  for (const alinea of brief.alineas) {
    if (alinea.kop) {
      // Keep a heading with at least its first lines.
      ruimte(doc, 4 * doc.currentLineHeight(true) + 24);
      doc.moveDown(0.5);
      doc.font('Helvetica-Bold').fontSize(11).fillColor('black').text(t(alinea.kop), links, doc.y, { width: breedte(doc) });
      doc.moveDown(0.2);
    }
    doc.font('Helvetica').fontSize(LETTER).fillColor('black');
    for (const regel of alinea.tekst) schrijfRegel(doc, t(regel));
    doc.moveDown(0.5);
  }

  doc.moveDown(0.5);
  ruimte(doc, (brief.ondertekening.length + 1) * doc.currentLineHeight(true));
  doc.font('Helvetica').fontSize(LETTER).fillColor('black');
  doc.text(brief.ondertekening.map(t).join('\n'), links, doc.y, { width: breedte(doc), lineGap: REGELAFSTAND });
}

/** A paragraph is justified; a list item ('– ', '1. ') hangs behind its marker and is not. */
function schrijfRegel(doc: Doc, regel: string): void {
  const links = doc.page.margins.left;
  const lijst = LIJSTTEKEN.exec(regel);
  if (!lijst) {
    doc.text(regel, links, doc.y, { width: breedte(doc), align: 'justify', lineGap: REGELAFSTAND, paragraphGap: 3 });
    return;
  }
  const inspringing = 6 * MM;
  ruimte(doc, doc.currentLineHeight(true) + REGELAFSTAND);
  const y = doc.y;
  doc.text(lijst[1], links + 2 * MM, y, { width: inspringing - 2 * MM, lineBreak: false });
  doc.text(regel.slice(lijst[0].length), links + inspringing, y, { width: breedte(doc) - inspringing, align: 'left', lineGap: REGELAFSTAND, paragraphGap: 1 });
}

/** Starts a new page when less than `hoogte` points are left above the bottom margin. */
function ruimte(doc: Doc, hoogte: number): void {
  if (doc.y + hoogte > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function schrijfVoetteksten(doc: Doc, brief: Brief): void {
  const bereik = doc.bufferedPageRange();
  for (let i = bereik.start; i < bereik.start + bereik.count; i++) {
    doc.switchToPage(i);
    const onder = doc.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - onder + 10 * MM;
    const links = doc.page.margins.left;
    const b = breedte(doc);
    doc.font('Helvetica').fontSize(KLEIN).fillColor(GRIJS);
    if (brief.voetnoot) doc.text(passend(doc, naarWinAnsi(brief.voetnoot), b - 30 * MM), links, y, { lineBreak: false });
    doc.text(`pagina ${i - bereik.start + 1} van ${bereik.count}`, links, y, { width: b, align: 'right', lineBreak: false });
    doc.page.margins.bottom = onder;
  }
  doc.fillColor('black');
}

/** The footer has one line: a longer footnote is cut off with an ellipsis (pdfkit would wrap it). */
function passend(doc: Doc, tekst: string, breedte: number): string {
  if (doc.widthOfString(tekst) <= breedte) return tekst;
  let kort = tekst;
  while (kort.length > 0 && doc.widthOfString(`${kort}…`) > breedte) kort = kort.slice(0, -1);
  return `${kort.trimEnd()}…`;
}
