import { DOCUMENTSOORTEN, MAX_DOCUMENT_BYTES, isDocumentsoort, type Documentsoort } from './document.model';
import { controleerDocument, herkenDocumenttype, magDocumentInzien, veiligeBestandsnaam, type DocumentLezer } from './document.rule';

const bytes = (...b: number[]) => Uint8Array.from(b);
const tekst = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const PDF = tekst('%PDF-1.4\n%âãÏÓ');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46);

describe('herkenDocumenttype', () => {
  it.each<[string, Uint8Array, string | null]>([
    ['a PDF', PDF, 'application/pdf'],
    ['a PNG', PNG, 'image/png'],
    ['a JPEG (JFIF)', JPEG, 'image/jpeg'],
    ['a JPEG (Exif)', bytes(0xff, 0xd8, 0xff, 0xe1), 'image/jpeg'],
    ['HTML', tekst('<!doctype html><script>'), null],
    ['a ZIP (docx)', bytes(0x50, 0x4b, 0x03, 0x04), null],
    ['a GIF', tekst('GIF89a'), null],
    ['plain text mentioning PDF later', tekst('hallo %PDF-1.4'), null],
    ['"%PDF" without the dash', tekst('%PDF1'), null],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['nothing', bytes(), null],
  ])('%s → %s', (_naam, kop, type) => {
    expect(herkenDocumenttype(kop)).toBe(type);
  });
});

describe('controleerDocument', () => {
  it.each<[string, { grootte: number; gedeclareerdType: string; kop: Uint8Array }, string]>([
    ['a PDF declared as PDF', { grootte: 1000, gedeclareerdType: 'application/pdf', kop: PDF }, 'application/pdf'],
    ['a PNG declared as PNG', { grootte: 1000, gedeclareerdType: 'image/png', kop: PNG }, 'image/png'],
    ['a JPEG declared as image/jpg (alias)', { grootte: 1000, gedeclareerdType: 'image/jpg', kop: JPEG }, 'image/jpeg'],
    ['a PDF declared with parameters and capitals', { grootte: 1000, gedeclareerdType: 'Application/PDF; charset=binary', kop: PDF }, 'application/pdf'],
    ['a PDF declared as octet-stream', { grootte: 1000, gedeclareerdType: 'application/octet-stream', kop: PDF }, 'application/pdf'],
    ['a PDF without declared type', { grootte: 1000, gedeclareerdType: '', kop: PDF }, 'application/pdf'],
    ['exactly the maximum size', { grootte: MAX_DOCUMENT_BYTES, gedeclareerdType: 'application/pdf', kop: PDF }, 'application/pdf'],
  ])('accepts %s as %s', (_naam, bestand, mimeType) => {
    expect(controleerDocument(bestand)).toEqual({ ok: true, mimeType });
  });

  it.each<[string, { grootte: number; gedeclareerdType: string; kop: Uint8Array }, string, RegExp]>([
    ['an empty file', { grootte: 0, gedeclareerdType: 'application/pdf', kop: bytes() }, 'leeg', /leeg/],
    ['one byte over 5 MB', { grootte: MAX_DOCUMENT_BYTES + 1, gedeclareerdType: 'application/pdf', kop: PDF }, 'te-groot', /groter dan 5 MB/],
    ['HTML declared as PDF', { grootte: 100, gedeclareerdType: 'application/pdf', kop: tekst('<html>') }, 'type', /PDF, JPEG of PNG/],
    ['an executable declared as PNG', { grootte: 100, gedeclareerdType: 'image/png', kop: tekst('MZ\x90\x00') }, 'type', /niet ondersteund/],
    ['a PNG declared as PDF', { grootte: 100, gedeclareerdType: 'application/pdf', kop: PNG }, 'type', /inhoud van het bestand is PNG/],
    ['a PDF declared as text/html', { grootte: 100, gedeclareerdType: 'text/html', kop: PDF }, 'type', /aangeboden als text\/html/],
  ])('refuses %s (%s)', (_naam, bestand, afwijzing, melding) => {
    const uitkomst = controleerDocument(bestand);
    expect(uitkomst).toMatchObject({ ok: false, afwijzing });
    if (!uitkomst.ok) expect(uitkomst.melding).toMatch(melding);
  });

  it('checks the size before the content', () => {
    expect(controleerDocument({ grootte: MAX_DOCUMENT_BYTES * 2, gedeclareerdType: 'text/html', kop: tekst('<html>') })).toMatchObject({ afwijzing: 'te-groot' });
  });
});

describe('veiligeBestandsnaam', () => {
  it.each<[string, string, string]>([
    ['uittreksel.pdf', 'application/pdf', 'uittreksel.pdf'],
    ['C:\\Users\\lisa\\Documents\\paspoort scan.jpg', 'image/jpeg', 'paspoort scan.jpg'],
    ['../../etc/passwd', 'application/pdf', 'passwd'],
    ['"loonstrook"\r\nSet-Cookie: x.pdf', 'application/pdf', 'loonstrook Set-Cookie x.pdf'],
    ['   ', 'image/png', 'document.png'],
    ['...', 'application/pdf', 'document.pdf'],
    ['.verborgen.pdf', 'application/pdf', 'verborgen.pdf'],
    ['verklaring huisarts – Ö.pdf', 'application/pdf', 'verklaring huisarts – Ö.pdf'],
  ])('%j → %j', (naam, type, verwacht) => {
    expect(veiligeBestandsnaam(naam, type as 'application/pdf')).toBe(verwacht);
  });

  it('shortens a very long name and keeps an extension of the real type', () => {
    const naam = veiligeBestandsnaam(`${'a'.repeat(300)}.pdf`, 'application/pdf');
    expect(naam.length).toBeLessThanOrEqual(200);
    expect(naam.endsWith('.pdf')).toBe(true);
  });
});

describe('magDocumentInzien', () => {
  const ZORG_ORG = 'org-parnassia';
  const GEMEENTE_ORG = 'org-denhaag';
  const COMMISSIE_ORG = 'org-commissie';
  const lezer = (rol: DocumentLezer['rol'], organisatieId: string, weergave: DocumentLezer['weergave'] = 'volledig'): DocumentLezer => ({ rol, organisatieId, weergave });

  it.each<[string, DocumentLezer, Documentsoort, string, boolean]>([
    ['gemeente, its own identity document', lezer('gemeentemedewerker', GEMEENTE_ORG), 'identiteit', GEMEENTE_ORG, true],
    ['gemeente, its own medical document', lezer('gemeentemedewerker', GEMEENTE_ORG), 'medisch', GEMEENTE_ORG, true],
    ['gemeente, a medical document the commissie added', lezer('gemeentemedewerker', GEMEENTE_ORG), 'medisch', COMMISSIE_ORG, false],
    ['gemeente, an income document the commissie added', lezer('gemeentemedewerker', GEMEENTE_ORG), 'inkomen', COMMISSIE_ORG, true],
    ['zorginstelling, its own medical document', lezer('zorgmedewerker', ZORG_ORG), 'medisch', ZORG_ORG, true],
    ['commissielid, income', lezer('commissielid', COMMISSIE_ORG), 'inkomen', GEMEENTE_ORG, true],
    ['commissielid, overig', lezer('commissielid', COMMISSIE_ORG), 'overig', GEMEENTE_ORG, true],
    ['commissielid, the gemeente’s medical document', lezer('commissielid', COMMISSIE_ORG), 'medisch', GEMEENTE_ORG, false],
    ['commissielid, a medical document the commissie added', lezer('commissielid', COMMISSIE_ORG), 'medisch', COMMISSIE_ORG, true],
    ['medisch adviseur, the gemeente’s medical document', lezer('medischAdviseur', COMMISSIE_ORG), 'medisch', GEMEENTE_ORG, true],
    ['medisch adviseur, identity', lezer('medischAdviseur', COMMISSIE_ORG), 'identiteit', GEMEENTE_ORG, true],
    ['corporatie, identity (mediation view)', lezer('corporatiemedewerker', 'org-staedion', 'bemiddeling'), 'identiteit', GEMEENTE_ORG, false],
    ['corporatie, even in a full view', lezer('corporatiemedewerker', 'org-staedion'), 'overig', GEMEENTE_ORG, false],
    ['corporatie, a document it added itself', lezer('corporatiemedewerker', 'org-staedion', 'bemiddeling'), 'overig', 'org-staedion', false],
  ])('%s → %s', (_naam, wie, soort, organisatieId, toegestaan) => {
    const uitkomst = magDocumentInzien(wie, { soort, organisatieId });
    expect(uitkomst.toegestaan).toBe(toegestaan);
    if (!uitkomst.toegestaan) expect(uitkomst.reden).toMatch(/alleen|niet zichtbaar/);
  });

  it('only the medical soort is restricted beyond the full view', () => {
    for (const soort of DOCUMENTSOORTEN) {
      expect([soort, magDocumentInzien(lezer('commissielid', COMMISSIE_ORG), { soort, organisatieId: GEMEENTE_ORG }).toegestaan]).toEqual([soort, soort !== 'medisch']);
    }
  });
});

describe('isDocumentsoort', () => {
  it.each(['identiteit', 'inkomen', 'medisch', 'overig'])('accepts %s', (s) => expect(isDocumentsoort(s)).toBe(true));
  it.each(['Medisch', 'paspoort', '', null, 1])('rejects %p', (s) => expect(isDocumentsoort(s)).toBe(false));
});
