import {
  HERKOMST_BUITEN_REGIO, HERKOMST_ONBEKEND, HERKOMST_SLEUTELS, herkomstLabel, herkomstSleutel, isCentrumregio, isMonitorCategorie, isRoute,
  monitorBestandsnaam, monitorFilterOmschrijving, monitorFilterParams, monitorGemeenten, type MonitorFilter,
} from './monitor-filter.model';

const filter = (o: Partial<MonitorFilter> = {}): MonitorFilter => ({ jaar: 2026, categorie: null, route: null, centrumregio: null, ...o });

describe('herkomstSleutel and herkomstLabel', () => {
  it.each<[string | null | undefined, string, string]>([
    ['0518', '0518', 'Den Haag'],
    ['1842', '1842', 'Midden-Delfland'],
    ['0546', HERKOMST_BUITEN_REGIO, 'Buiten de regio'],
    ['0363', HERKOMST_BUITEN_REGIO, 'Buiten de regio'],
    [null, HERKOMST_ONBEKEND, 'Onbekend'],
    [undefined, HERKOMST_ONBEKEND, 'Onbekend'],
    ['  ', HERKOMST_ONBEKEND, 'Onbekend'],
  ])('%p → %s (%s)', (cbs, sleutel, label) => {
    expect(herkomstSleutel(cbs)).toBe(sleutel);
    expect(herkomstLabel(sleutel)).toBe(label);
  });

  it('lists the nine gemeenten, then outside the region, then unknown', () => {
    expect(HERKOMST_SLEUTELS).toHaveLength(11);
    expect(HERKOMST_SLEUTELS.slice(-2)).toEqual([HERKOMST_BUITEN_REGIO, HERKOMST_ONBEKEND]);
  });
});

describe('monitorGemeenten', () => {
  it.each<[MonitorFilter['centrumregio'], string[]]>([
    [null, ['0503', '0518', '1916', '1842', '1926', '0603', '0629', '1783', '0637']],
    ['Delft', ['0503', '1842', '1926', '1783']],
    ['Den Haag', ['0518', '1916', '0603', '0629', '0637']],
  ])('centrumregio %p', (centrumregio, codes) => {
    expect(monitorGemeenten({ centrumregio }).map((g) => g.cbsCode)).toEqual(codes);
  });
});

describe('guards', () => {
  it.each<[unknown, boolean, boolean, boolean]>([
    ['BW', true, false, false],
    ['OVERIG', true, false, false],
    ['STATUSHOUDER', true, false, false],
    ['bemiddeling', false, true, false],
    ['zelfZoeken', false, true, false],
    ['Delft', false, false, true],
    ['Den Haag', false, false, true],
    ['bw', false, false, false],
    [null, false, false, false],
  ])('%p', (waarde, categorie, route, centrumregio) => {
    expect([isMonitorCategorie(waarde), isRoute(waarde), isCentrumregio(waarde)]).toEqual([categorie, route, centrumregio]);
  });
});

describe('the filter in links, file names and captions', () => {
  it.each<[Partial<MonitorFilter>, Record<string, string>, string, string]>([
    [{}, { jaar: '2026' }, 'regionale-monitor-2026', 'Jaar 2026, alle categorieën, alle routes, hele regio'],
    [
      { categorie: 'MED', route: 'zelfZoeken', centrumregio: 'Den Haag' },
      { jaar: '2026', categorie: 'MED', route: 'zelfZoeken', centrumregio: 'Den Haag' },
      'regionale-monitor-2026-med-zelfzoeken-den-haag',
      'Jaar 2026, categorie Medisch urgent, route zelf zoeken met urgentieverklaring, centrumregio Den Haag',
    ],
    [{ jaar: 2025, route: 'bemiddeling' }, { jaar: '2025', route: 'bemiddeling' }, 'regionale-monitor-2025-bemiddeling', 'Jaar 2025, alle categorieën, route directe bemiddeling, hele regio'],
    [{ jaar: null }, { jaar: 'alle' }, 'regionale-monitor-alle-jaren', 'Alle jaren, alle categorieën, alle routes, hele regio'],
    [{ jaar: null, categorie: 'BW', centrumregio: 'Delft' }, { jaar: 'alle', categorie: 'BW', centrumregio: 'Delft' }, 'regionale-monitor-alle-jaren-bw-delft', 'Alle jaren, categorie Uitstroom Beschermd Wonen, alle routes, centrumregio Delft'],
  ])('%p', (o, params, bestand, omschrijving) => {
    expect(monitorFilterParams(filter(o))).toEqual(params);
    expect(monitorBestandsnaam(filter(o))).toBe(bestand);
    expect(monitorFilterOmschrijving(filter(o))).toBe(omschrijving);
  });
});
