import { zaakDiagram } from './zaak.diagram';
import { STATE_LABEL, STATUSSEN_NA_TOEKENNING, STATUS_CONCEPT, ZAAK_STATUSSEN, stateLabel } from './zaak-status.model';

const pathsV1 = zaakDiagram(1).nodes.map((n) => n.path);
const pathsV2 = zaakDiagram(2).nodes.map((n) => n.path);
const pathsV3 = zaakDiagram(3).nodes.map((n) => n.path);
/** Every state path of every released version: stored cases of versions 1 and 2 are shown too. */
const allePaths = [...new Set([...pathsV1, ...pathsV2, ...pathsV3])];

describe('stateLabel', () => {
  it.each(allePaths)('%s has a Dutch label of its own', (path) => {
    const label = stateLabel(path);
    expect(label.trim()).toBe(label);
    expect(label).not.toBe('');
    expect(label).not.toBe(path);
    expect(label[0]).toBe(label[0].toUpperCase());
  });

  it.each([
    ['concept', 'Concept'],
    ['ingediend.aanvullen', 'Ingediend: aanvulling gevraagd'],
    ['toetsingHerkomst', 'Toetsing herkomstgemeente'],
    ['wegingWoonstart', 'Weging kansrijke woonstart'],
    ['besluitvorming', 'Besluitvorming'],
    ['besluitvorming.beraad', 'Besluitvorming: beraad'],
    ['besluitvorming.voorgesteld', 'Besluitvorming: voorstel ter goedkeuring'],
    ['besluitvorming.zienswijze', 'Besluitvorming: zienswijze aanvrager'],
    ['toegekend.bemiddeling.aanbieding', 'Bemiddeling: woning aangeboden'],
    ['toegekend.zelfZoeken', 'Toegekend: zelf zoeken'],
    ['afgewezen', 'Afgewezen'],
    ['bezwaar', 'Bezwaar: heroverweging'],
    ['definitiefAfgewezen', 'Definitief afgewezen'],
    ['buitenBehandeling', 'Buiten behandeling gesteld'],
    ['toegekend.zelfZoeken.zoekend', 'Zelf zoeken: urgentieverklaring geldig'],
    ['toegekend.zelfZoeken.verlopen', 'Zelf zoeken: urgentieverklaring verlopen'],
    ['toegekend.zelfZoeken.verlengingAangevraagd', 'Zelf zoeken: verlenging aangevraagd'],
    ['intermediaireVerhuur', 'Geplaatst: intermediaire verhuur'],
    ['geplaatst', 'Geplaatst'],
    ['urgentieVervallen', 'Urgentie vervallen'],
    ['plaatsingBeeindigd', 'Intermediaire verhuur beëindigd'],
  ])('%s → %s', (path, label) => {
    expect(stateLabel(path)).toBe(label);
  });

  it('labels exactly the state nodes of the released versions, no stale ones', () => {
    expect(Object.keys(STATE_LABEL).sort()).toEqual([...allePaths].sort());
  });

  it('each version keeps every state path of the one before, so one label list serves all', () => {
    for (const path of pathsV1) expect(pathsV2).toContain(path);
    for (const path of pathsV2) expect(pathsV3).toContain(path);
  });

  it('gives every state a different label', () => {
    const labels = allePaths.map(stateLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('falls back to the raw path for an unknown state', () => {
    expect(stateLabel('bestaatNiet')).toBe('bestaatNiet');
  });
});

describe('ZAAK_STATUSSEN', () => {
  it('are exactly the top-level states of version 3 (the statuses added with it listed last)', () => {
    expect([...ZAAK_STATUSSEN].sort()).toEqual(zaakDiagram(3).nodes.filter((n) => n.depth === 0).map((n) => n.path).sort());
    expect(ZAAK_STATUSSEN).toHaveLength(new Set(ZAAK_STATUSSEN).size);
  });

  it.each([1, 2])('include every top-level state of version %i, so its stored cases have a valid status', (version) => {
    for (const node of zaakDiagram(version).nodes.filter((n) => n.depth === 0)) expect(ZAAK_STATUSSEN).toContain(node.path);
  });

  it('the statuses after toekenning and the concept status are real statuses', () => {
    expect([...STATUSSEN_NA_TOEKENNING]).toEqual(['toegekend', 'intermediaireVerhuur', 'geplaatst', 'plaatsingBeeindigd']);
    expect(STATUS_CONCEPT).toBe('concept');
    for (const status of [...STATUSSEN_NA_TOEKENNING, STATUS_CONCEPT]) expect(ZAAK_STATUSSEN).toContain(status);
  });
});
