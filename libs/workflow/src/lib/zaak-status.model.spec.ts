import { zaakDiagram } from './zaak.diagram';
import { STATE_LABEL, STATUSSEN_NA_TOEKENNING, STATUS_CONCEPT, ZAAK_STATUSSEN, stateLabel } from './zaak-status.model';

describe('stateLabel', () => {
  const nodePaths = zaakDiagram().nodes.map((n) => n.path);

  it.each(nodePaths)('%s has a label of its own', (path) => {
    const label = stateLabel(path);
    expect(label.trim()).not.toBe('');
    expect(label).not.toBe(path);
    expect(label[0]).toBe(label[0].toUpperCase());
  });

  it.each([
    ['concept', 'Concept'],
    ['ingediend.aanvullen', 'Ingediend: aanvulling gevraagd'],
    ['toetsingHerkomst', 'Toetsing herkomstgemeente'],
    ['wegingWoonstart', 'Weging kansrijke woonstart'],
    ['toegekend.bemiddeling.aanbieding', 'Bemiddeling: woning aangeboden'],
    ['toegekend.zelfZoeken', 'Toegekend: zelf zoeken'],
    ['buitenBehandeling', 'Buiten behandeling gesteld'],
  ])('%s → %s', (path, label) => {
    expect(stateLabel(path)).toBe(label);
  });

  it('labels exactly the state nodes of the machine, no stale ones', () => {
    expect(Object.keys(STATE_LABEL).sort()).toEqual([...nodePaths].sort());
  });

  it('gives every state a different label', () => {
    const labels = nodePaths.map(stateLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('falls back to the raw path for an unknown state', () => {
    expect(stateLabel('bestaatNiet')).toBe('bestaatNiet');
  });
});

describe('ZAAK_STATUSSEN', () => {
  it('are exactly the top-level states of the machine, in order', () => {
    expect([...ZAAK_STATUSSEN]).toEqual(zaakDiagram().nodes.filter((n) => n.depth === 0).map((n) => n.path));
  });

  it('the statuses after toekenning and the concept status are real statuses', () => {
    expect([...STATUSSEN_NA_TOEKENNING]).toEqual(['toegekend', 'geplaatst']);
    expect(STATUS_CONCEPT).toBe('concept');
    for (const status of [...STATUSSEN_NA_TOEKENNING, STATUS_CONCEPT]) expect(ZAAK_STATUSSEN).toContain(status);
  });
});
