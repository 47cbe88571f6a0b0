import { REGIO_GEMEENTEN } from '../gemeente.data';
import { URGENTIECATEGORIEEN, URGENTIECATEGORIE_INFO, type Urgentiecategorie } from '../urgentiecategorie.model';
import type { Brief } from './brief.model';

/** One granted urgency as the report counts it: the decision's gemeente and the statutory category. */
export interface Toekenning {
  readonly gemeenteCbs: string;
  readonly categorie: Urgentiecategorie;
}

export interface Jaarrapportage {
  readonly jaar: number;
  /** The statutory categories (Huisvestingswet art. 12(3)), in their fixed order. */
  readonly categorieen: readonly Urgentiecategorie[];
  readonly gemeenten: ReadonlyArray<{ readonly cbsCode: string; readonly naam: string; readonly perCategorie: Readonly<Record<string, number>>; readonly totaal: number }>;
  readonly regioPerCategorie: Readonly<Record<string, number>>;
  readonly regioTotaal: number;
}

/** The statutory categories only: the Province asks for those. */
export const WETTELIJKE_CATEGORIEEN: readonly Urgentiecategorie[] = URGENTIECATEGORIEEN.filter((c) => URGENTIECATEGORIE_INFO[c].wettelijk);

/**
 * Granted urgencies per statutory category and gemeente for a year, as the
 * Province asks: every regio gemeente appears (also with zeros), non-statutory
 * categories are left out, and the region's totals are the sums of the rows.
 */
export function stelJaarrapportageOp(jaar: number, toekenningen: readonly Toekenning[]): Jaarrapportage {
  const telt = toekenningen.filter((t) => WETTELIJKE_CATEGORIEEN.includes(t.categorie) && REGIO_GEMEENTEN.some((g) => g.cbsCode === t.gemeenteCbs));
  const gemeenten = REGIO_GEMEENTEN.map((g) => {
    const perCategorie = Object.fromEntries(WETTELIJKE_CATEGORIEEN.map((c) => [c, telt.filter((t) => t.gemeenteCbs === g.cbsCode && t.categorie === c).length]));
    return { cbsCode: g.cbsCode, naam: g.naam, perCategorie, totaal: Object.values(perCategorie).reduce((a, b) => a + b, 0) };
  });
  const regioPerCategorie = Object.fromEntries(WETTELIJKE_CATEGORIEEN.map((c) => [c, gemeenten.reduce((n, g) => n + (g.perCategorie[c] ?? 0), 0)]));
  return { jaar, categorieen: WETTELIJKE_CATEGORIEEN, gemeenten, regioPerCategorie, regioTotaal: gemeenten.reduce((n, g) => n + g.totaal, 0) };
}

const getal = (n: number): string => n.toLocaleString('nl-NL');

/** The report as a letter to Gedeputeerde Staten, with the region's totals and a line per gemeente. */
export function stelJaarrapportageBriefOp(r: Jaarrapportage, datum: string): Brief {
  return {
    titel: `Jaarrapportage urgentieverklaringen ${r.jaar}`,
    kenmerk: `JR-${r.jaar}`,
    datum,
    afzender: ['Regio Haaglanden', 'Regionale coördinatie urgente huisvesting'],
    aan: ['Gedeputeerde Staten van Zuid-Holland', 'Postbus 90602', '2509 LP Den Haag'],
    onderwerp: `Verleende urgenties ${r.jaar} per wettelijke categorie en gemeente`,
    alineas: [
      { tekst: ['Geacht college,', `Hierbij rapporteren de gemeenten van de regio Haaglanden het aantal verleende urgenties in ${r.jaar}, per wettelijke urgentiecategorie (Huisvestingswet 2014, artikel 12, derde lid) en per gemeente.`] },
      { kop: `Totaal regio Haaglanden: ${getal(r.regioTotaal)}`, tekst: r.categorieen.map((c) => `– ${URGENTIECATEGORIE_INFO[c].label}: ${getal(r.regioPerCategorie[c] ?? 0)}`) },
      {
        kop: 'Per gemeente',
        tekst: r.gemeenten.map((g) => `– ${g.naam}: ${getal(g.totaal)}${g.totaal ? ` (${r.categorieen.filter((c) => g.perCategorie[c]).map((c) => `${c} ${getal(g.perCategorie[c])}`).join(', ')})` : ''}`),
      },
      { tekst: ['Een urgentie telt in het jaar waarin het besluit tot toekenning bekend is gemaakt, bij de gemeente die het besluit nam. De cijfers per categorie en gemeente zijn ook als CSV en XLSX beschikbaar.'] },
    ],
    ondertekening: ['Met vriendelijke groet,', 'namens de gemeenten van de regio Haaglanden,', 'de regiocoördinator urgente huisvesting'],
  };
}
