import ExcelJS from 'exceljs';
import type { Response } from 'express';

/** A table as every monitor export has it: Dutch column headers and rows of numbers or text. */
export interface ExportTabel {
  readonly naam: string;
  readonly kolommen: readonly string[];
  readonly rijen: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

export type ExportFormaat = 'csv' | 'xlsx';

function csvCel(waarde: string | number | null): string {
  if (waarde === null) return '';
  const tekst = String(waarde);
  return /[;"\n\r]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/** Semicolon-separated with a BOM: how Dutch Excel opens a CSV without a wizard. */
export function naarCsv(tabellen: readonly ExportTabel[]): string {
  const delen = tabellen.map((t) => [t.kolommen.map(csvCel).join(';'), ...t.rijen.map((r) => r.map(csvCel).join(';'))].join('\r\n'));
  return `\uFEFF${delen.join('\r\n\r\n')}\r\n`;
}

/** One worksheet per table, numbers stored as numbers. */
export async function naarXlsx(tabellen: readonly ExportTabel[]): Promise<Buffer> {
  const boek = new ExcelJS.Workbook();
  boek.creator = 'Woonstart';
  for (const t of tabellen) {
    const blad = boek.addWorksheet(t.naam.slice(0, 31));
    blad.addRow([...t.kolommen]).font = { bold: true };
    for (const rij of t.rijen) blad.addRow([...rij]);
    blad.columns.forEach((kolom) => { kolom.width = 18; });
  }
  return Buffer.from(await boek.xlsx.writeBuffer());
}

/** Sends the tables as a download; the file name says what and which year. */
export async function stuurExport(res: Response, formaat: ExportFormaat, bestandsnaam: string, tabellen: readonly ExportTabel[]): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  if (formaat === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${bestandsnaam}.csv"`);
    res.send(naarCsv(tabellen));
    return;
  }
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="${bestandsnaam}.xlsx"`);
  res.send(await naarXlsx(tabellen));
}
