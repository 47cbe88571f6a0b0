import { REGIO_GEMEENTEN, WONINGTYPEN, WONINGTYPE_LABEL, isIsoDate, regioGemeente, type RegioGemeente } from '@woonstart/domain';
import type { CsvKolom } from './woning-csv.parser';
import type { WijkRef } from './woning-ligging.rule';

/** The DTO field each column fills; the DTO's messages are shown with the column's name. */
export const VELD_VAN_KOLOM: Readonly<Record<CsvKolom, string>> = {
  adres: 'adres', postcode: 'postcode', gemeente: 'gemeenteCbs', wijk: 'wijkCode', complex: 'complex', huurprijs: 'huurprijs',
  woningtype: 'woningtype', kamers: 'kamers', verdieping: 'verdieping', lift: 'lift', nultreden: 'nultreden',
  rolstoel: 'rolstoeltoegankelijk', labels: 'labels', beschikbaar_vanaf: 'beschikbaarVanaf',
};

export interface OmgezetteRegel {
  /** Plain values for CreateWoningDto; a value that could not be read stays out. */
  readonly invoer: Record<string, unknown>;
  /** Fields that already have a reason: the DTO's message about them would say the same less clearly. */
  readonly foutVelden: ReadonlySet<string>;
  readonly fouten: string[];
}

const vergelijk = (s: string) => s.trim().toLowerCase().replace(/[\s\-'’.]+/g, '');
const JA = new Set(['ja', 'j', 'true', '1', 'yes']);
const NEE = new Set(['nee', 'n', 'false', '0', 'no']);
/** Old names people still write. */
const GEMEENTE_ALIASSEN: Readonly<Record<string, string>> = { sgravenhage: '0518', dehaag: '0518' };

function vindGemeente(waarde: string): RegioGemeente | undefined {
  const s = waarde.trim();
  // Excel drops leading zeros ('518'); 'GM0518' is how CBS writes it in its tables.
  if (/^(gm)?\d{1,4}$/i.test(s)) return regioGemeente(s.replace(/^gm/i, '').padStart(4, '0'));
  const sleutel = vergelijk(s);
  return REGIO_GEMEENTEN.find((g) => vergelijk(g.naam) === sleutel) ?? regioGemeente(GEMEENTE_ALIASSEN[sleutel] ?? '');
}

/** '612,50', '612.50', '€ 1.012,50' → number; anything else undefined. */
export function leesBedrag(waarde: string): number | undefined {
  let s = waarde.replace(/€|\s/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  s = s.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}

/** 'dd-mm-jjjj' (also with / or .) or 'jjjj-mm-dd' → ISO date when it exists. */
export function leesDatum(waarde: string): string | undefined {
  const s = waarde.trim();
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const iso = nl ? `${nl[3]}-${nl[2].padStart(2, '0')}-${nl[1].padStart(2, '0')}` : s;
  return isIsoDate(iso) ? iso : undefined;
}

function vindWoningtype(waarde: string): string | undefined {
  const s = vergelijk(waarde);
  return WONINGTYPEN.find((t) => vergelijk(t) === s || vergelijk(WONINGTYPE_LABEL[t]) === s);
}

/**
 * One CSV line to the plain input of CreateWoningDto: gemeente by CBS code or
 * name, wijk by code or name within that gemeente, Dutch numbers, ja/nee, dates
 * as people type them. What cannot be read gets a reason naming the column.
 */
export function zetCsvRegelOm(w: Readonly<Record<CsvKolom, string>>, wijken: readonly WijkRef[]): OmgezetteRegel {
  const invoer: Record<string, unknown> = {};
  const fouten: string[] = [];
  const foutVelden = new Set<string>();
  const fout = (kolom: CsvKolom, melding: string) => { fouten.push(melding); foutVelden.add(VELD_VAN_KOLOM[kolom]); };
  const verplicht = (kolom: CsvKolom, uitleg: string): string | undefined => {
    const v = w[kolom].trim();
    if (v === '') fout(kolom, `De kolom '${kolom}' is leeg: ${uitleg}.`);
    return v === '' ? undefined : v;
  };

  const adres = verplicht('adres', 'vul straat, huisnummer en plaats in');
  if (adres !== undefined) invoer['adres'] = adres;
  const postcode = verplicht('postcode', 'vul een postcode in als 2526 AB');
  if (postcode !== undefined) invoer['postcode'] = postcode.toUpperCase().replace(/^(\d{4})\s*/, '$1 ');
  invoer['complex'] = w.complex.trim() || null;

  const gemeenteWaarde = verplicht('gemeente', 'vul de CBS-code (bijvoorbeeld 0518) of de naam van de gemeente in');
  const gemeente = gemeenteWaarde === undefined ? undefined : vindGemeente(gemeenteWaarde);
  if (gemeenteWaarde !== undefined && !gemeente) {
    fout('gemeente', `Gemeente '${gemeenteWaarde}' is onbekend: vul de CBS-code (bijvoorbeeld 0518) of de naam van een gemeente in de regio Haaglanden in.`);
  }
  // Without a gemeente the wijk cannot be looked up; the gemeente's reason says what to fix.
  if (!gemeente) foutVelden.add(VELD_VAN_KOLOM.wijk);
  if (gemeente) invoer['gemeenteCbs'] = gemeente.cbsCode;

  const wijkWaarde = verplicht('wijk', 'vul de wijkcode (bijvoorbeeld WK051802) of de naam van de wijk in');
  if (wijkWaarde !== undefined && gemeente) {
    const code = wijkWaarde.toUpperCase();
    // A code is passed on even when it lies in another gemeente: the ligging check names both.
    const wijk = wijken.find((k) => k.code === code) ?? wijken.find((k) => k.gemeenteCbs === gemeente.cbsCode && vergelijk(k.naam) === vergelijk(wijkWaarde));
    if (wijk) invoer['wijkCode'] = wijk.code;
    else {
      const namen = wijken.filter((k) => k.gemeenteCbs === gemeente.cbsCode).map((k) => k.naam);
      fout('wijk', `Wijk '${wijkWaarde}' bestaat niet in ${gemeente.naam}. Kies een van: ${namen.join(', ')}.`);
    }
  }

  const huur = verplicht('huurprijs', 'vul de kale huur per maand in, bijvoorbeeld 612,50');
  if (huur !== undefined) {
    const bedrag = leesBedrag(huur);
    if (bedrag === undefined) fout('huurprijs', `Huurprijs '${huur}' is geen bedrag: schrijf de kale huur in cijfers, bijvoorbeeld 612,50.`);
    else invoer['huurprijs'] = bedrag;
  }

  const type = verplicht('woningtype', `vul een van deze in: ${WONINGTYPEN.join(', ')}`);
  if (type !== undefined) {
    const gevonden = vindWoningtype(type);
    if (gevonden) invoer['woningtype'] = gevonden;
    else fout('woningtype', `Woningtype '${type}' is onbekend: kies een van ${WONINGTYPEN.join(', ')}.`);
  }

  for (const kolom of ['kamers', 'verdieping'] as const) {
    const v = verplicht(kolom, kolom === 'kamers' ? 'vul het aantal kamers in (1 tot en met 8)' : 'vul de verdieping in (0 = begane grond)');
    if (v === undefined) continue;
    if (/^\d+$/.test(v)) invoer[VELD_VAN_KOLOM[kolom]] = Number(v);
    else fout(kolom, `${kolom === 'kamers' ? 'Kamers' : 'Verdieping'} '${v}' is geen geheel getal.`);
  }

  for (const kolom of ['lift', 'nultreden', 'rolstoel'] as const) {
    const v = verplicht(kolom, 'vul ja of nee in');
    if (v === undefined) continue;
    const klein = v.toLowerCase();
    if (JA.has(klein)) invoer[VELD_VAN_KOLOM[kolom]] = true;
    else if (NEE.has(klein)) invoer[VELD_VAN_KOLOM[kolom]] = false;
    else fout(kolom, `De kolom '${kolom}' bevat '${v}': vul ja of nee in.`);
  }

  invoer['labels'] = w.labels.split(/[,|]/).map((l) => l.trim().toLowerCase()).filter((l) => l !== '');

  const datum = verplicht('beschikbaar_vanaf', 'vul de datum in als dd-mm-jjjj');
  if (datum !== undefined) {
    const iso = leesDatum(datum);
    if (iso) invoer['beschikbaarVanaf'] = iso;
    else fout('beschikbaar_vanaf', `Beschikbaar vanaf '${datum}' is geen bestaande datum: schrijf dd-mm-jjjj of jjjj-mm-dd.`);
  }
  return { invoer, foutVelden, fouten };
}
