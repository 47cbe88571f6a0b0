import { TEKORT_UITLEG, monitorCategorieLabel, monitorFilterOmschrijving } from '@woonstart/domain';
import type { ExportTabel } from '../export/tabel-export';
import type { MonitorOverzicht } from './monitor.model';

const STATUS_TEKST = { ruimte: 'Ruimte', bijna: 'Bijna vol', vol: 'Vol', overschreden: 'Overschreden' } as const;

/**
 * Every table of the monitor as the page shows it, one worksheet each (sheet
 * names are unique and at most 31 characters). Percentages are numbers (45.5),
 * an unknown figure is an empty cell.
 */
export function monitorTabellen(m: MonitorOverzicht): ExportTabel[] {
  const tabellen: ExportTabel[] = [
    { naam: 'Filter', kolommen: ['Monitor', 'Peildatum'], rijen: [[monitorFilterOmschrijving(m.filter), m.peildatum]] },
  ];
  if (m.plafond.melding) {
    tabellen.push({ naam: 'Plafond', kolommen: ['Melding'], rijen: [[m.plafond.melding]] });
  } else {
    tabellen.push({
      naam: 'Plafond',
      kolommen: [
        'Gemeente', 'CBS-code', 'Verwachte verhuringen', 'Plafond', 'Gebruikt', 'Percentage van plafond', 'Status', 'Ruimte',
        'Statutaire urgenten', 'Wettelijk minimum (15 %)', 'Statutaire urgenten in % van verhuringen', 'In selectie', 'Plafond vastgesteld',
      ],
      rijen: m.plafond.rijen.map((r) => [
        r.gemeenteNaam, r.gemeenteCbs, r.verwachteMutaties, r.plafond, r.gebruikt, r.percentage, STATUS_TEKST[r.status], r.ruimte,
        r.wettelijkAantal, r.wettelijkMinimum, r.wettelijkPercentage, r.inSelectie, r.vastgesteld ? 'ja' : 'nee (regionale standaard)',
      ]),
    });
    tabellen.push({
      naam: 'Plafond per categorie',
      kolommen: ['Gemeente', ...m.plafond.categorieen.map(monitorCategorieLabel), 'Totaal'],
      rijen: m.plafond.rijen.map((r) => [
        r.gemeenteNaam, ...m.plafond.categorieen.map((c) => r.perCategorie[c] ?? 0), Object.values(r.perCategorie).reduce((s, n) => s + n, 0),
      ]),
    });
  }
  const hp = m.herkomstPlaatsing;
  tabellen.push({
    naam: 'Herkomst naar plaatsing',
    kolommen: ['Herkomstgemeente', ...hp.kolommen.map((k) => `Geplaatst in ${k.naam}`), 'Totaal'],
    rijen: [...hp.rijen.map((r) => [r.naam, ...r.aantallen, r.totaal]), ['Totaal', ...hp.kolomTotalen, hp.totaal]],
  });
  const v = m.verschuivingen;
  tabellen.push({
    naam: 'Verschuiving door weging',
    kolommen: ['Herkomstgemeente', 'Gewogen', 'Elders gestart', 'Aandeel elders (%)'],
    rijen: [...v.rijen.map((r) => [r.gemeenteNaam, r.gewogen, r.verschoven, r.aandeel]), ['Totaal', v.gewogen, v.verschoven, v.aandeel]],
  });
  tabellen.push({
    naam: 'Beslissende criteria',
    kolommen: ['Criterium', 'Pleitte voor de gekozen gemeente', 'Aandeel van de verschuivingen (%)'],
    rijen: v.criteria.map((c) => [c.label, c.aantal, c.aandeel]),
  });
  tabellen.push({
    naam: 'Doorlooptijden',
    kolommen: [
      'Gemeente', 'Ontvangst tot besluit: aantal', 'Ontvangst tot besluit: mediaan (dagen)', 'Ontvangst tot besluit: 90e percentiel (dagen)',
      'Besluit tot plaatsing: aantal', 'Besluit tot plaatsing: mediaan (dagen)', 'Besluit tot plaatsing: 90e percentiel (dagen)',
    ],
    rijen: m.doorlooptijden.map((r) => [
      r.gemeenteNaam, r.ontvangstTotBesluit.aantal, r.ontvangstTotBesluit.mediaanDagen, r.ontvangstTotBesluit.p90Dagen,
      r.besluitTotPlaatsing.aantal, r.besluitTotPlaatsing.mediaanDagen, r.besluitTotPlaatsing.p90Dagen,
    ]),
  });
  tabellen.push({
    naam: 'Beslistermijn overschreden',
    kolommen: ['Behandelende gemeente', 'Zaken zonder besluit na de beslistermijn', 'Langste overschrijding (dagen)'],
    rijen: [...m.termijnOverschreden.rijen.map((r) => [r.gemeenteNaam, r.aantal, r.langsteDagen]), ['Totaal', m.termijnOverschreden.totaal, null]],
  });
  const w = m.wachtlijst;
  tabellen.push({
    naam: 'Wachtlijst en tekort',
    kolommen: [
      'Gemeente', 'Toegekend, niet geplaatst', 'Waarvan bemiddeling', 'Waarvan zelf zoeken', 'Toegekend dit jaar tot nu',
      'Verwacht toegekend in het jaar', 'Vraag rest van het jaar', 'Ruimte onder plafond', 'Verwacht tekort',
    ],
    rijen: [
      ...w.rijen.map((r) => [
        r.gemeenteNaam, r.wachtend, r.bemiddeling, r.zelfZoeken, r.toegekendTotNu,
        r.prognose?.verwachtToegekendJaar ?? null, r.prognose?.vraagRestJaar ?? null, r.prognose?.ruimte ?? null, r.prognose?.tekort ?? null,
      ]),
      ['Totaal', w.totaal.wachtend, null, null, w.totaal.toegekendTotNu, null, null, null, w.totaal.tekort],
    ],
  });
  tabellen.push({ naam: 'Toelichting tekort', kolommen: ['Toelichting'], rijen: [[w.prognose ? TEKORT_UITLEG : `Geen prognose: ${m.filter.jaar} is niet het lopende jaar.`]] });
  return tabellen;
}
