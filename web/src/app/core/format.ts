import { formatDatumNl } from '@woonstart/domain';

/** Dutch date formatting for ISO dates and timestamps. */
const datum = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const tijd = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

export function formatDatum(iso: string | null | undefined): string {
  if (!iso) return '–';
  return datum.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export function formatTijdstip(iso: string): string {
  return tijd.format(new Date(iso));
}

export function vandaagIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

export function formatBedrag(bedrag: number): string {
  return euro.format(bedrag);
}

/** 'maandag 10 maart 2025' for a day that matters (a deadline); accepts a date or a timestamp. */
export function formatDatumLang(iso: string | null | undefined): string {
  if (!iso) return '–';
  try {
    return formatDatumNl(iso.slice(0, 10), 'lang');
  } catch {
    return formatDatum(iso);
  }
}

/** A file size as people read it: '840 bytes', '12 kB', '1,4 MB'. */
export function formatGrootte(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

/** '1 dag', '9 dagen'. */
export function dagenTekst(aantal: number): string {
  return aantal === 1 ? '1 dag' : `${aantal} dagen`;
}
