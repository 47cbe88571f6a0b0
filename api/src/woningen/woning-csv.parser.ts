import { CsvError, parse } from 'csv-parse/sync';
import { WoonstartFout } from '@woonstart/domain';
import { ValidatieFout } from '../common/problem.model';

/** The columns of an import file, in the order of the template; names are matched case-insensitively. */
export const CSV_KOLOMMEN = [
  'adres', 'postcode', 'gemeente', 'wijk', 'complex', 'huurprijs', 'woningtype', 'kamers', 'verdieping',
  'lift', 'nultreden', 'rolstoel', 'labels', 'beschikbaar_vanaf',
] as const;
export type CsvKolom = (typeof CSV_KOLOMMEN)[number];

export const MAX_CSV_BYTES = 1024 * 1024;
export const MAX_CSV_REGELS = 2000;

export interface CsvRegel {
  /** Line in the file; the header is line 1. */
  readonly regel: number;
  readonly waarden: Readonly<Record<CsvKolom, string>>;
}

export interface CsvInhoud {
  readonly scheidingsteken: ';' | ',';
  readonly regels: readonly CsvRegel[];
  /** Lines whose number of values does not match the header: rejected as they are. */
  readonly onleesbaar: ReadonlyArray<{ regel: number; fout: string }>;
}

const geheel = (n: number) => n.toLocaleString('nl-NL');
const kop = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** An Excel workbook or other binary, recognised by its first bytes, so the user is told what to do. */
function binairSoort(b: Buffer): string | null {
  if (b.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'een Excel-werkmap (.xlsx)';
  if (b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'een oud Excel-bestand (.xls)';
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'een PDF';
  return b.includes(0) ? 'geen tekstbestand' : null;
}

function decodeer(b: Buffer): string {
  const soort = binairSoort(b);
  if (soort) throw new WoonstartFout('niet-ondersteund', `Het bestand is ${soort}. Sla het op als 'CSV UTF-8 (door komma's gescheiden)' en importeer dat bestand.`, { veld: 'bestand' });
  try {
    // fatal: a file in Windows-1252 (old Excel "CSV") has bytes that are no UTF-8; guessing would garble é and ë.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    throw new WoonstartFout('niet-ondersteund', "Het bestand is geen UTF-8-tekst. Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.", { veld: 'bestand' });
  }
}

/** ';' (Dutch Excel) or ',' — whichever the header line has more of. */
function scheidingstekenVan(kopregel: string): ';' | ',' {
  const tel = (t: string) => kopregel.split(t).length - 1;
  return tel(';') > tel(',') ? ';' : ',';
}

function controleerKop(kolommen: readonly string[]): void {
  const genormaliseerd = kolommen.map(kop);
  const ontbrekend = CSV_KOLOMMEN.filter((k) => !genormaliseerd.includes(k));
  const onbekend = kolommen.filter((_, i) => !(CSV_KOLOMMEN as readonly string[]).includes(genormaliseerd[i]));
  const dubbel = CSV_KOLOMMEN.filter((k) => genormaliseerd.filter((n) => n === k).length > 1);
  if (ontbrekend.length === 0 && onbekend.length === 0 && dubbel.length === 0) return;
  const delen = [
    ontbrekend.length ? `ontbrekende kolommen: ${ontbrekend.join(', ')}` : null,
    onbekend.length ? `onbekende kolommen: ${onbekend.map((k) => k.trim() || '(leeg)').join(', ')}` : null,
    dubbel.length ? `dubbele kolommen: ${dubbel.join(', ')}` : null,
  ].filter((d): d is string => d !== null);
  throw new ValidatieFout(
    [
      ...ontbrekend.map((k) => ({ veld: 'bestand', melding: `De kolom '${k}' ontbreekt.` })),
      ...onbekend.map((k) => ({ veld: 'bestand', melding: `De kolom '${k.trim() || '(leeg)'}' is onbekend.` })),
      ...dubbel.map((k) => ({ veld: 'bestand', melding: `De kolom '${k}' staat er meer dan één keer in.` })),
    ],
    `De kopregel van het bestand klopt niet (${delen.join('; ')}). Er is niets geïmporteerd. Gebruik de kolommen van het sjabloon: ${CSV_KOLOMMEN.join(';')}.`,
  );
}

/**
 * Reads an import file: UTF-8 (with or without BOM), ';' or ',' as separator,
 * a header with exactly the template's columns in any order. A wrong file or
 * header refuses the whole file; a line with the wrong number of values is
 * reported as that line.
 */
export function leesWoningenCsv(bestand: Buffer): CsvInhoud {
  if (bestand.length > MAX_CSV_BYTES) throw new WoonstartFout('te-groot', `Het bestand is groter dan 1 MB. Splits het in kleinere bestanden van hoogstens ${geheel(MAX_CSV_REGELS)} woningen.`, { veld: 'bestand' });
  const tekst = decodeer(bestand).replace(/^\uFEFF/, '');
  if (tekst.trim() === '') throw new ValidatieFout([{ veld: 'bestand', melding: 'Het bestand is leeg.' }], 'Het bestand is leeg. Vul het sjabloon met woningen en importeer het opnieuw.');
  const scheidingsteken = scheidingstekenVan(tekst.split(/\r?\n/, 1)[0]);

  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(tekst, {
      delimiter: scheidingsteken, info: true, trim: true, relax_column_count: true,
      skip_empty_lines: true, skip_records_with_empty_values: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const regel = typeof e['lines'] === 'number' ? ` (regel ${e['lines']})` : '';
    const melding = `Het bestand kan niet als CSV worden gelezen${regel}: controleer de aanhalingstekens rond waarden. Er is niets geïmporteerd.`;
    throw new ValidatieFout([{ veld: 'bestand', melding }], melding);
  }

  const [kopRecord, ...rest] = records;
  controleerKop(kopRecord.record);
  if (rest.length === 0) throw new ValidatieFout([{ veld: 'bestand', melding: 'Het bestand bevat alleen een kopregel.' }], 'Het bestand bevat alleen een kopregel en geen woningen. Er is niets geïmporteerd.');
  if (rest.length > MAX_CSV_REGELS) {
    throw new WoonstartFout('te-groot', `Het bestand bevat ${geheel(rest.length)} woningen; u kunt er hoogstens ${geheel(MAX_CSV_REGELS)} per keer importeren. Splits het bestand. Er is niets geïmporteerd.`, { veld: 'bestand' });
  }

  const kolomVan = kopRecord.record.map((k) => kop(k) as CsvKolom);
  const regels: CsvRegel[] = [];
  const onleesbaar: Array<{ regel: number; fout: string }> = [];
  for (const { record, info } of rest) {
    if (record.length !== kolomVan.length) {
      onleesbaar.push({
        regel: info.lines,
        fout: `Deze regel heeft ${record.length} waarden in plaats van ${kolomVan.length}. Staat er een '${scheidingsteken}' in een waarde, zet die waarde dan tussen aanhalingstekens.`,
      });
      continue;
    }
    const waarden = Object.fromEntries(kolomVan.map((k, i) => [k, record[i]])) as Record<CsvKolom, string>;
    regels.push({ regel: info.lines, waarden });
  }
  return { scheidingsteken, regels, onleesbaar };
}
