import { ORGANISATIE_TYPES, ROLLEN, ROL_LABEL, ROL_ORGANISATIE_TYPE, rollenVanOrganisatieType } from './rol.model';

describe('ROLLEN', () => {
  it('lists the seven roles', () => {
    expect([...ROLLEN]).toEqual(['zorgmedewerker', 'gemeentemedewerker', 'commissielid', 'medischAdviseur', 'corporatiemedewerker', 'regiocoordinator', 'beheerder']);
  });

  it.each([...ROLLEN])('%s has a Dutch label and an organisatie type', (rol) => {
    expect(ROL_LABEL[rol].trim()).not.toBe('');
    expect(ROL_LABEL[rol]).not.toBe(rol);
    expect(ORGANISATIE_TYPES).toContain(ROL_ORGANISATIE_TYPE[rol]);
  });

  it.each([
    ['zorgmedewerker', 'zorginstelling', 'Medewerker zorginstelling'],
    ['gemeentemedewerker', 'gemeente', 'Medewerker gemeente'],
    ['commissielid', 'toetsingscommissie', 'Lid toetsingscommissie'],
    ['corporatiemedewerker', 'woningcorporatie', 'Medewerker woningcorporatie'],
  ] as const)('%s belongs to a %s and reads "%s"', (rol, type, label) => {
    expect(ROL_ORGANISATIE_TYPE[rol]).toBe(type);
    expect(ROL_LABEL[rol]).toBe(label);
  });

  it('no two roles share a label', () => {
    expect(new Set(ROLLEN.map((r) => ROL_LABEL[r])).size).toBe(ROLLEN.length);
  });
});

describe('rollenVanOrganisatieType', () => {
  it.each([
    ['toetsingscommissie', ['commissielid', 'medischAdviseur']],
    ['regio', ['regiocoordinator', 'beheerder']],
    ['gemeente', ['gemeentemedewerker']],
    ['woningcorporatie', ['corporatiemedewerker']],
    ['zorginstelling', ['zorgmedewerker']],
  ] as const)('%s: %j', (type, rollen) => {
    expect(rollenVanOrganisatieType(type)).toEqual(rollen);
  });
});
