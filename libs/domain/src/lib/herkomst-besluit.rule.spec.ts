import { regioGemeente } from './gemeente.data';
import { beoordeelHerkomstKeuze, type HerkomstKeuzeOordeel } from './herkomst-besluit.rule';
import type { Herkomstvoorstel } from './herkomstgemeente.rule';
import type { Inschrijving } from './inschrijving.model';

const voorstel = (gemeenteCbs: string | null, gemeenteNaam: string | null): Herkomstvoorstel => ({
  gemeenteCbs, gemeenteNaam, regel: gemeenteCbs ? 'R1' : 'R3', peildatum: '2024-06-01', vensterVan: '2019-06-01',
  beslissendeInschrijving: gemeenteCbs ? 0 : null, redenen: ['Peildatum T (begin van de aaneengesloten opname) is 2024-06-01.'], vlaggen: [],
});

const HISTORIE: Inschrijving[] = [
  { gemeenteCbs: '0599', gemeenteNaam: 'Rotterdam', adrestype: 'woonadres', van: '2012-01-01', tot: '2019-12-31' },
  { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres', van: '2020-01-01', tot: '2024-05-31' },
  { gemeenteCbs: '0363', gemeenteNaam: 'Amsterdam', adrestype: 'briefadres', van: '2010-01-01', tot: '2011-12-31' },
  { gemeenteCbs: null, gemeenteNaam: 'Buitenland', adrestype: 'buitenland', van: '2008-01-01', tot: '2009-12-31' },
];

const regioNaam = (cbs: string) => regioGemeente(cbs)?.naam;
const DEN_HAAG = voorstel('0518', 'Den Haag');
const GEEN_VOORSTEL = voorstel(null, null);

describe('beoordeelHerkomstKeuze', () => {
  it.each<[string, string, string | null | undefined, Herkomstvoorstel, HerkomstKeuzeOordeel]>([
    ['the proposal without motivation', '0518', undefined, DEN_HAAG,
      { toegestaan: true, gemeenteNaam: 'Den Haag', afwijking: false, melding: null }],
    ['the proposal with motivation', '0518', 'Eens met het voorstel.', DEN_HAAG,
      { toegestaan: true, gemeenteNaam: 'Den Haag', afwijking: false, melding: null }],
    ['another regio gemeente without motivation', '0503', undefined, DEN_HAAG,
      { toegestaan: false, gemeenteNaam: 'Delft', afwijking: true, melding: 'Een motivering is verplicht omdat de herkomstgemeente afwijkt van het voorstel (Den Haag).' }],
    ['another regio gemeente with an empty motivation', '0503', '', DEN_HAAG,
      { toegestaan: false, gemeenteNaam: 'Delft', afwijking: true, melding: 'Een motivering is verplicht omdat de herkomstgemeente afwijkt van het voorstel (Den Haag).' }],
    ['another regio gemeente with only spaces as motivation', '0503', '   ', DEN_HAAG,
      { toegestaan: false, gemeenteNaam: 'Delft', afwijking: true, melding: 'Een motivering is verplicht omdat de herkomstgemeente afwijkt van het voorstel (Den Haag).' }],
    ['another regio gemeente with null motivation', '0503', null, DEN_HAAG,
      { toegestaan: false, gemeenteNaam: 'Delft', afwijking: true, melding: 'Een motivering is verplicht omdat de herkomstgemeente afwijkt van het voorstel (Den Haag).' }],
    ['another regio gemeente with motivation', '0503', 'Ouders en werk in Delft; Den Haag-verblijf was kort.', DEN_HAAG,
      { toegestaan: true, gemeenteNaam: 'Delft', afwijking: true, melding: null }],
    ['a regio gemeente without a proposal and without motivation', '0637', undefined, GEEN_VOORSTEL,
      { toegestaan: false, gemeenteNaam: 'Zoetermeer', afwijking: true, melding: 'Een motivering is verplicht omdat de herkomstgemeente zonder voorstel wordt vastgesteld.' }],
    ['a regio gemeente without a proposal, with motivation', '0637', 'Laatst bekende woonadres volgens de cliënt.', GEEN_VOORSTEL,
      { toegestaan: true, gemeenteNaam: 'Zoetermeer', afwijking: true, melding: null }],
    ['outside the region and not in the history', '0344', 'Utrecht volgens de cliënt.', DEN_HAAG,
      { toegestaan: false, gemeenteNaam: null, afwijking: false, melding: 'Gemeente 0344 is onbekend: kies een gemeente uit de regio of uit de inschrijvingshistorie.' }],
    ['outside the region and not in the history, without motivation', '0344', undefined, DEN_HAAG,
      { toegestaan: false, gemeenteNaam: null, afwijking: false, melding: 'Gemeente 0344 is onbekend: kies een gemeente uit de regio of uit de inschrijvingshistorie.' }],
    ['outside the region, in the history, with motivation: name from the history', '0599', 'Woonde tot 2019 in Rotterdam, netwerk daar.', DEN_HAAG,
      { toegestaan: true, gemeenteNaam: 'Rotterdam', afwijking: true, melding: null }],
    ['outside the region, in the history, without motivation', '0599', undefined, DEN_HAAG,
      { toegestaan: false, gemeenteNaam: 'Rotterdam', afwijking: true, melding: 'Een motivering is verplicht omdat de herkomstgemeente afwijkt van het voorstel (Den Haag).' }],
    ['outside the region, proposed and chosen without motivation', '0599', undefined, voorstel('0599', 'Rotterdam'),
      { toegestaan: true, gemeenteNaam: 'Rotterdam', afwijking: false, melding: null }],
    ['a briefadres gemeente from the history is a valid choice', '0363', 'Enige binding is Amsterdam.', DEN_HAAG,
      { toegestaan: true, gemeenteNaam: 'Amsterdam', afwijking: true, melding: null }],
  ])('%s', (_naam, gekozenCbs, motivering, voorstelInput, verwacht) => {
    expect(beoordeelHerkomstKeuze({ gekozenCbs, motivering, voorstel: voorstelInput, inschrijvingen: HISTORIE, regioNaam })).toEqual(verwacht);
  });

  it('takes a regio gemeente name from regioNaam, not from the history', () => {
    const oordeel = beoordeelHerkomstKeuze({
      gekozenCbs: '0518', motivering: undefined, voorstel: DEN_HAAG, inschrijvingen: HISTORIE, regioNaam: () => "'s-Gravenhage",
    });
    expect(oordeel.gemeenteNaam).toBe("'s-Gravenhage");
  });

  it('accepts a regio gemeente that is not in the history', () => {
    const oordeel = beoordeelHerkomstKeuze({ gekozenCbs: '1842', motivering: 'Werk in Midden-Delfland.', voorstel: DEN_HAAG, inschrijvingen: [], regioNaam });
    expect(oordeel).toEqual({ toegestaan: true, gemeenteNaam: 'Midden-Delfland', afwijking: true, melding: null });
  });
});
