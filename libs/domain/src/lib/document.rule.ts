import { DOCUMENTTYPEN, DOCUMENTTYPE_LABEL, MAX_DOCUMENT_BYTES, type Documentsoort, type Documenttype } from './document.model';
import type { Rol } from './rol.model';

const SIGNATUREN: ReadonlyArray<{ type: Documenttype; bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The type the content itself says it is (its first bytes), or null when it is none of the allowed types. */
export function herkenDocumenttype(kop: Uint8Array): Documenttype | null {
  return SIGNATUREN.find((s) => s.bytes.every((b, i) => kop[i] === b))?.type ?? null;
}

/** Declared types that only say "some file", and common aliases: they do not contradict the content. */
const ALGEMEEN = ['', 'application/octet-stream', 'binary/octet-stream'];
const ALIASSEN: Readonly<Record<string, Documenttype>> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'application/x-pdf': 'application/pdf' };

export type DocumentAfwijzing = 'leeg' | 'te-groot' | 'type';

export type DocumentControle =
  | { readonly ok: true; readonly mimeType: Documenttype }
  | { readonly ok: false; readonly afwijzing: DocumentAfwijzing; readonly melding: string };

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const TOEGESTAAN = DOCUMENTTYPEN.map((t) => DOCUMENTTYPE_LABEL[t]).join(', ').replace(/, ([^,]+)$/, ' of $1');

/** Also what the api answers when the upload itself stops at the maximum, before the whole file arrived. */
export const DOCUMENT_TE_GROOT_MELDING = `Het bestand is groter dan ${MB(MAX_DOCUMENT_BYTES)}. Verklein het (bijvoorbeeld met een lagere scanresolutie) en probeer het opnieuw.`;

/**
 * Checks an uploaded file before it is stored: not empty, not larger than the
 * maximum, and its content is a PDF, JPEG or PNG. The declared type may not
 * contradict the content: a file called .pdf that is something else is refused.
 */
export function controleerDocument(bestand: { readonly grootte: number; readonly gedeclareerdType: string; readonly kop: Uint8Array }): DocumentControle {
  if (bestand.grootte <= 0) return { ok: false, afwijzing: 'leeg', melding: 'Het bestand is leeg. Kies een bestand met inhoud.' };
  if (bestand.grootte > MAX_DOCUMENT_BYTES) {
    return { ok: false, afwijzing: 'te-groot', melding: DOCUMENT_TE_GROOT_MELDING };
  }
  const herkend = herkenDocumenttype(bestand.kop);
  if (!herkend) return { ok: false, afwijzing: 'type', melding: `Dit bestandstype wordt niet ondersteund. Upload een ${TOEGESTAAN}-bestand.` };
  const gedeclareerd = bestand.gedeclareerdType.trim().toLowerCase().split(';')[0].trim();
  const bedoeld = ALIASSEN[gedeclareerd] ?? gedeclareerd;
  if (!ALGEMEEN.includes(bedoeld) && bedoeld !== herkend) {
    return { ok: false, afwijzing: 'type', melding: `De inhoud van het bestand is ${DOCUMENTTYPE_LABEL[herkend]}, maar het is aangeboden als ${gedeclareerd}. Upload het bestand zoals het is.` };
  }
  return { ok: true, mimeType: herkend };
}

/**
 * A file name safe to store and to put in a Content-Disposition header: no
 * folders, no control characters, no quotes, at most 200 characters.
 */
export function veiligeBestandsnaam(naam: string, mimeType: Documenttype): string {
  const basis = (naam.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/["<>|*?:]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const extensie = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[mimeType];
  if (!basis) return `document.${extensie}`;
  return basis.length > 200 ? `${basis.slice(0, 190).trim()}.${extensie}` : basis;
}

export interface DocumentLezer {
  readonly rol: Rol;
  readonly organisatieId: string;
  /** What of the case the reader may see: documents are part of the full file only. */
  readonly weergave: 'volledig' | 'bemiddeling';
}

export type DocumentInzage = { readonly toegestaan: true } | { readonly toegestaan: false; readonly reden: string };

/**
 * Who may see a document (its metadata and its content): whoever sees the case
 * in full, except that a medical document is for the medisch adviseur and the
 * organisation that added it only. Corporaties never see documents.
 */
export function magDocumentInzien(lezer: DocumentLezer, document: { readonly soort: Documentsoort; readonly organisatieId: string }): DocumentInzage {
  if (lezer.rol === 'corporatiemedewerker' || lezer.weergave !== 'volledig') {
    return { toegestaan: false, reden: 'Documenten bij een zaak zijn niet zichtbaar voor corporaties: zij zien alleen wat bemiddeling nodig heeft.' };
  }
  if (document.soort === 'medisch' && lezer.rol !== 'medischAdviseur' && lezer.organisatieId !== document.organisatieId) {
    return { toegestaan: false, reden: 'Een medisch document is alleen zichtbaar voor de medisch adviseur en de organisatie die het toevoegde.' };
  }
  return { toegestaan: true };
}
