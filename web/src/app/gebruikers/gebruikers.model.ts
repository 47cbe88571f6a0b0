import { ROL_LABEL, rollenVanOrganisatieType, type OrganisatieType, type Rol } from '@woonstart/domain';
import type { Account, Organisatie } from '../core/api.models';

export type StatusFilter = '' | 'actief' | 'geblokkeerd';

/** Headings of the organisation groups in a select, in the order they are shown. */
export const ORGANISATIE_TYPE_LABEL: Readonly<Record<OrganisatieType, string>> = {
  regio: 'Regio',
  toetsingscommissie: 'Toetsingscommissie',
  gemeente: 'Gemeenten',
  woningcorporatie: 'Woningcorporaties',
  zorginstelling: 'Zorginstellingen',
};

export interface RolKeuze { rol: Rol; label: string }

/** The roles an account of this organisation type may have (the api refuses any other with a 422). */
export function rollenVoor(type: OrganisatieType | null | undefined): RolKeuze[] {
  if (!type) return [];
  return rollenVanOrganisatieType(type).map((rol) => ({ rol, label: ROL_LABEL[rol] }));
}

export interface OrganisatieGroep { type: OrganisatieType; label: string; organisaties: Organisatie[] }

/** Organisations grouped by type (for an optgroup per type), each group by name. */
export function groepeerOrganisaties(organisaties: readonly Organisatie[]): OrganisatieGroep[] {
  return (Object.keys(ORGANISATIE_TYPE_LABEL) as OrganisatieType[])
    .map((type) => ({
      type,
      label: ORGANISATIE_TYPE_LABEL[type],
      organisaties: organisaties.filter((o) => o.type === type).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    }))
    .filter((g) => g.organisaties.length > 0);
}

/** The accounts that pass the page's filters (client-side: the list is one region's accounts). */
export function filterAccounts(accounts: readonly Account[], organisatieId: string, status: StatusFilter): Account[] {
  return accounts.filter((a) =>
    (!organisatieId || a.organisatieId === organisatieId)
    && (status === '' || (status === 'actief') === a.actief));
}

export function aantalAccounts(n: number): string {
  return n === 1 ? '1 account' : `${n} accounts`;
}

/** A first check of an e-mail address; the api decides. */
export function lijktEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}
