import { afgeslotenSleutels, afgeslotenStatussen } from './zaak-afgesloten';
import { MACHINE_VERSIES } from './zaak.runtime';
import { ZAAK_MACHINE_VERSION } from './zaak.machine';

describe('afgeslotenStatussen (closed states, read from the machine)', () => {
  it.each([
    [1, ['afgewezen', 'buitenBehandeling', 'geplaatst', 'ingetrokken']],
    [2, ['afgewezen', 'buitenBehandeling', 'definitiefAfgewezen', 'geplaatst', 'ingetrokken']],
    [ZAAK_MACHINE_VERSION, ['afgewezen', 'buitenBehandeling', 'definitiefAfgewezen', 'geplaatst', 'ingetrokken', 'plaatsingBeeindigd', 'urgentieVervallen']],
  ])('version %i', (versie, verwacht) => {
    expect(afgeslotenStatussen(versie)).toEqual(verwacht);
  });

  it('running states are never closed: a case awaiting its decision, a placement during intermediaire verhuur, a bezwaar', () => {
    for (const versie of MACHINE_VERSIES) {
      for (const open of ['concept', 'ingediend', 'besluitvorming', 'toegekend', 'intermediaireVerhuur', 'bezwaar']) expect(afgeslotenStatussen(versie)).not.toContain(open);
    }
  });

  it('keys name version and status for every released version', () => {
    expect(afgeslotenSleutels()).toContain(`${ZAAK_MACHINE_VERSION}:plaatsingBeeindigd`);
    expect(afgeslotenSleutels()).toContain('1:afgewezen');
    expect(afgeslotenSleutels()).not.toContain('1:definitiefAfgewezen');
  });
});
