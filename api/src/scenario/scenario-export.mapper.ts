import { NIET_IN_BEELD, SCENARIO_KOLOMMEN, SCENARIO_KOLOM_INFO, type ScenarioKolom } from '@woonstart/domain';
import type { ExportTabel } from '../export/tabel-export';
import type { ScenariotabelView } from './scenario.service';

const kop = (k: ScenarioKolom) => `${k} ${SCENARIO_KOLOM_INFO[k].kop}`;

/**
 * The table as the memo prints it (gemeenten, Regio Haaglanden, Niet geplaatst),
 * then how each column was computed and the inputs behind it. Empty cells are
 * columns without a value; F says so in the memo's words.
 */
export function scenarioExportTabellen(t: ScenariotabelView): ExportTabel[] {
  const waarden = (w: Readonly<Record<ScenarioKolom, number | null>>) => SCENARIO_KOLOMMEN.map((k) => w[k]);
  const fNietInBeeld = t.totaal.F === null;
  return [
    {
      naam: `Scenariotabel ${t.jaar}`,
      kolommen: ['Gemeente', ...SCENARIO_KOLOMMEN.map(kop)],
      rijen: [
        ...t.gemeenten.map((r) => [r.gemeenteNaam, ...waarden(r.kolommen)]),
        ...(t.buitenRegio ? [['Buiten de regio (herkomst)', null, null, null, null, null, t.buitenRegio.f]] : []),
        ['Regio Haaglanden', ...SCENARIO_KOLOMMEN.map((k) => (k === 'F' && fNietInBeeld ? NIET_IN_BEELD : t.totaal[k]))],
        ['Niet geplaatst', ...waarden(t.nietGeplaatst)],
      ],
    },
    {
      naam: 'Toelichting',
      kolommen: ['Kolom', 'Kop', 'Berekening'],
      rijen: [
        ...SCENARIO_KOLOMMEN.map((k) => [k, SCENARIO_KOLOM_INFO[k].kop, t.toelichting[k]]),
        ['', 'Opgave', t.opgave],
        ['', 'Bron B', t.bronB === 'plaatsingen' ? 'Plaatsingen in Woonstart' : 'Ingevoerde realisatie'],
        ['', 'Bron F', t.bronF === 'zaken' ? `Herkomstgemeente van ${t.zakenF} zaken` : NIET_IN_BEELD],
        ['', 'Invoer', `Versie ${t.invoer.versie}, vastgesteld ${t.invoer.vastgesteldOp.slice(0, 10)}`],
      ],
    },
    {
      naam: `Invoer ${t.jaar}`,
      kolommen: ['Gemeente', 'CBS-code', 'Inwoners', 'Sociale verhuringen', 'Verhuringen onder 1e aftoppingsgrens', 'Realisatie bijzondere doelgroepen (ingevoerd)'],
      rijen: t.invoer.gemeenten.map((g) => [g.gemeenteNaam, g.gemeenteCbs, g.inwoners, g.socialeVerhuringen, g.verhuringenOnderAftoppingsgrens, g.realisatieBijzondereDoelgroepen]),
    },
  ];
}
