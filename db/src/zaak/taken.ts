import type { EntityManager } from 'typeorm';
import type { ZaakEventType } from '@woonstart/workflow';
import { TaakEntity } from '../entities/taak.entity';

/** Plans a durable job that sends `soort` to the case at the start of `dag` (Europe/Amsterdam is close enough to UTC midnight for day terms). */
export async function planTaak(manager: EntityManager, zaakId: string, soort: ZaakEventType, dag: string): Promise<void> {
  await manager.insert(TaakEntity, { zaakId, soort, uitvoerenOp: new Date(`${dag}T00:00:00Z`), status: 'gepland', pogingen: 0, laatsteFout: null, uitgevoerdOp: null });
}

/** Cancels the open jobs of a kind for a case (e.g. the repair term once the information arrived). */
export async function vervalTaken(manager: EntityManager, zaakId: string, soort: ZaakEventType): Promise<void> {
  await manager.update(TaakEntity, { zaakId, soort, status: 'gepland' }, { status: 'vervallen', uitgevoerdOp: new Date() });
}
