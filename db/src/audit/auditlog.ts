import type { EntityManager } from 'typeorm';
import { AuditlogEntity } from '../entities/auditlog.entity';
import type { Actor } from '../zaak/actor.model';

export interface AuditRegel {
  readonly onderwerp: string;
  readonly onderwerpId: string;
  readonly actie: string;
  readonly gegevens?: Record<string, unknown>;
}

/** Write in the same transaction as the change it records, so neither exists without the other. */
export async function schrijfAudit(manager: EntityManager, actor: Actor, regel: AuditRegel): Promise<void> {
  await manager.insert(AuditlogEntity, {
    onderwerp: regel.onderwerp, onderwerpId: regel.onderwerpId, actie: regel.actie, gegevens: (regel.gegevens ?? {}) as AuditlogEntity['gegevens'] & object,
    actorId: actor.id, actorNaam: actor.naam, actorRol: actor.rol, organisatieId: actor.organisatieId,
  });
}
