import type { EntityManager } from 'typeorm';
import { berekenAwbBeslistermijn, todayIso, type AwbBeslistermijn } from '@woonstart/domain';
import { BeleidEntity } from '../entities/beleid.entity';
import { OpschortingEntity } from '../entities/opschorting.entity';
import type { ZaakEntity } from '../entities/zaak.entity';

/** The policy version of a gemeente in force on a day (the latest that started on or before it). */
export async function beleidOp(manager: EntityManager, gemeenteCbs: string, dag: string): Promise<BeleidEntity | null> {
  return manager.getRepository(BeleidEntity).createQueryBuilder('b')
    .where('b.gemeente_cbs = :g AND b.geldig_vanaf <= :d', { g: gemeenteCbs, d: dag })
    .orderBy('b.geldig_vanaf', 'DESC').getOne();
}

/** The policy version a case keeps (the one in force when it was received); null before it is received. */
export async function beleidVanZaak(manager: EntityManager, zaak: Pick<ZaakEntity, 'beleidId'>): Promise<BeleidEntity | null> {
  return zaak.beleidId ? manager.findOne(BeleidEntity, { where: { id: zaak.beleidId } }) : null;
}

/**
 * The Awb clock of a case from its stored facts: received date, the policy's term,
 * suspensions and the one verdaging. Null before the case is received. The same
 * function feeds the stored deadline (for sorting) and the ledger the UI shows.
 */
export async function laadBeslistermijn(manager: EntityManager, zaak: ZaakEntity, peildatum = todayIso(), extra: { verdaging?: { op: string; weken: number; reden: string } } = {}): Promise<AwbBeslistermijn | null> {
  if (!zaak.ingediendOp) return null;
  const beleid = await beleidVanZaak(manager, zaak);
  const opschortingen = await manager.find(OpschortingEntity, { where: { zaakId: zaak.id }, order: { verzoekOp: 'ASC' } });
  return beslistermijnVan(zaak, beleid, opschortingen, peildatum, extra);
}

/**
 * laadBeslistermijn for a caller that already loaded the case's policy and its suspensions
 * (ordered by verzoekOp), as the case page does: the same clock without loading them twice.
 */
export function beslistermijnVan(
  zaak: ZaakEntity, beleid: Pick<BeleidEntity, 'beslistermijnWeken'> | null, opschortingen: readonly OpschortingEntity[],
  peildatum = todayIso(), extra: { verdaging?: { op: string; weken: number; reden: string } } = {},
): AwbBeslistermijn | null {
  if (!zaak.ingediendOp) return null;
  const verdaging = extra.verdaging ?? (zaak.verdaagdOp && zaak.verdagingWeken ? { op: zaak.verdaagdOp, weken: zaak.verdagingWeken, reden: zaak.verdagingReden ?? '' } : null);
  return berekenAwbBeslistermijn({
    ontvangenOp: zaak.ingediendOp,
    termijnWeken: beleid?.beslistermijnWeken,
    opschortingen: opschortingen.map((o) => ({ verzoekOp: o.verzoekOp, hersteltermijnTot: o.hersteltermijnTot, aangevuldOp: o.aangevuldOp })),
    verdaging,
    peildatum,
  });
}
