import { ROLLEN, ROL_ORGANISATIE_TYPE, ORGANISATIE_TYPES, type OrganisatieType, type Rol } from './rol.model';
import { beoordeelAccountWijziging, rolPastBijOrganisatie, type AccountStand, type AccountWijziging } from './account-beheer.rule';

describe('rolPastBijOrganisatie', () => {
  // Every role against every organisation type: exactly the pairs of ROL_ORGANISATIE_TYPE pass.
  const gevallen = ROLLEN.flatMap((rol) => ORGANISATIE_TYPES.map((type) => [rol, type, ROL_ORGANISATIE_TYPE[rol] === type] as const));
  it.each(gevallen)('%s in %s: past %s', (rol, type, past) => {
    const bezwaar = rolPastBijOrganisatie(rol, type);
    expect(bezwaar === null).toBe(past);
    if (bezwaar) expect(bezwaar.veld).toBe('rol');
  });

  it('says which kind of organisation the role needs', () => {
    expect(rolPastBijOrganisatie('corporatiemedewerker', 'zorginstelling')?.melding)
      .toBe('De rol Medewerker woningcorporatie hoort bij een woningcorporatie; deze organisatie is een zorginstelling.');
  });
});

describe('beoordeelAccountWijziging', () => {
  const account = (rol: Rol, actief = true, id = 'a', organisatieType: OrganisatieType = ROL_ORGANISATIE_TYPE[rol]): AccountStand => ({ id, rol, actief, organisatieType });
  type Geval = [string, AccountStand, AccountWijziging, string, number, 'rol' | 'actief' | null];
  const gevallen: Geval[] = [
    ['block another user', account('zorgmedewerker'), { actief: false }, 'b', 2, null],
    ['unblock another user', account('zorgmedewerker', false), { actief: true }, 'b', 2, null],
    ['block yourself', account('beheerder', true, 'b'), { actief: false }, 'b', 3, 'actief'],
    ['demote yourself', account('beheerder', true, 'b'), { rol: 'regiocoordinator' }, 'b', 3, 'rol'],
    ['rename yourself (no change of role or status)', account('beheerder', true, 'b'), {}, 'b', 1, null],
    ['same role and status for yourself', account('beheerder', true, 'b'), { rol: 'beheerder', actief: true }, 'b', 1, null],
    ['role within the organisation type', account('commissielid'), { rol: 'medischAdviseur' }, 'b', 2, null],
    ['role of another organisation type', account('commissielid'), { rol: 'gemeentemedewerker' }, 'b', 2, 'rol'],
    ['regiocoordinator becomes beheerder', account('regiocoordinator'), { rol: 'beheerder' }, 'b', 1, null],
    ['block the last active beheerder', account('beheerder'), { actief: false }, 'b', 1, 'actief'],
    ['demote the last active beheerder', account('beheerder'), { rol: 'regiocoordinator' }, 'b', 1, 'rol'],
    ['block one of two active beheerders', account('beheerder'), { actief: false }, 'b', 2, null],
    ['demote one of two active beheerders', account('beheerder'), { rol: 'regiocoordinator' }, 'b', 2, null],
    ['unblock a blocked beheerder (no active one counted for it)', account('beheerder', false), { actief: true }, 'b', 1, null],
    ['change a blocked beheerder\'s role', account('beheerder', false), { rol: 'regiocoordinator' }, 'b', 1, null],
    ['keep a role that no longer fits (only a change is checked)', account('zorgmedewerker', true, 'a', 'gemeente'), { actief: false }, 'b', 2, null],
  ];
  it.each(gevallen)('%s', (_naam, stand, wijziging, doorId, actieveBeheerders, veld) => {
    expect(beoordeelAccountWijziging({ account: stand, wijziging, doorId, actieveBeheerders })?.veld ?? null).toBe(veld);
  });
});
