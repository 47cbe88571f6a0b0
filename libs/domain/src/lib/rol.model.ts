/** The roles a Woonstart user can have; each belongs to one organisatie type. */
export const ROLLEN = [
  'zorgmedewerker',
  'gemeentemedewerker',
  'commissielid',
  'medischAdviseur',
  'corporatiemedewerker',
  'regiocoordinator',
  'beheerder',
] as const;

export type Rol = (typeof ROLLEN)[number];

export const ROL_LABEL: Readonly<Record<Rol, string>> = {
  zorgmedewerker: 'Medewerker zorginstelling',
  gemeentemedewerker: 'Medewerker gemeente',
  commissielid: 'Lid toetsingscommissie',
  medischAdviseur: 'Medisch adviseur',
  corporatiemedewerker: 'Medewerker woningcorporatie',
  regiocoordinator: 'Regiocoördinator',
  beheerder: 'Beheerder',
};

export const ORGANISATIE_TYPES = ['gemeente', 'woningcorporatie', 'zorginstelling', 'toetsingscommissie', 'regio'] as const;
export type OrganisatieType = (typeof ORGANISATIE_TYPES)[number];

/** Which organisatie type a role's user must belong to. */
export const ROL_ORGANISATIE_TYPE: Readonly<Record<Rol, OrganisatieType>> = {
  zorgmedewerker: 'zorginstelling',
  gemeentemedewerker: 'gemeente',
  commissielid: 'toetsingscommissie',
  medischAdviseur: 'toetsingscommissie',
  corporatiemedewerker: 'woningcorporatie',
  regiocoordinator: 'regio',
  beheerder: 'regio',
};

/** The roles an account of this organisation type may have, in ROLLEN order. */
export function rollenVanOrganisatieType(type: OrganisatieType): Rol[] {
  return ROLLEN.filter((r) => ROL_ORGANISATIE_TYPE[r] === type);
}
