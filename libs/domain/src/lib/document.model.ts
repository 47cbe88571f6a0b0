/** What a document attached to a case is about; 'medisch' is special-category data (GDPR art. 9). */
export const DOCUMENTSOORTEN = ['identiteit', 'inkomen', 'medisch', 'overig'] as const;
export type Documentsoort = (typeof DOCUMENTSOORTEN)[number];

export const DOCUMENTSOORT_LABEL: Readonly<Record<Documentsoort, string>> = {
  identiteit: 'Identiteitsbewijs',
  inkomen: 'Inkomensgegevens',
  medisch: 'Medische verklaring',
  overig: 'Overig',
};

export function isDocumentsoort(value: unknown): value is Documentsoort {
  return typeof value === 'string' && (DOCUMENTSOORTEN as readonly string[]).includes(value);
}

/** The file types a document may have, recognised by their content (magic bytes), not by name or declared type. */
export const DOCUMENTTYPEN = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type Documenttype = (typeof DOCUMENTTYPEN)[number];

export const DOCUMENTTYPE_LABEL: Readonly<Record<Documenttype, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** Largest document: 5 MB, enough for a scanned letter or a photo of an ID. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
