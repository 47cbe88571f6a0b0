import type { OrganisatieType, Rol } from '@woonstart/domain';

/** The authenticated caller, loaded fresh for every request from the token's subject. */
export interface GebruikerContext {
  readonly id: string;
  readonly naam: string;
  readonly email: string;
  readonly rol: Rol;
  readonly organisatieId: string;
  readonly organisatieNaam: string;
  readonly organisatieType: OrganisatieType;
  /** CBS codes the organisation works for. */
  readonly werkgebied: readonly string[];
}

/** The caller as the actor of a change (audit, transition log). */
export function actorVan(g: GebruikerContext): { id: string; naam: string; rol: Rol; organisatieId: string } {
  return { id: g.id, naam: g.naam, rol: g.rol, organisatieId: g.organisatieId };
}
