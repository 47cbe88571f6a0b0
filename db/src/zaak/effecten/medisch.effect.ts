import { IsNull } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { MedischAdviesEntity } from '../../entities/medisch-advies.entity';
import type { EffectContext } from './effect.model';

export const STANDAARD_MEDISCHE_VRAAG = 'Is de aanvrager op medische gronden urgent, en welke eisen stelt de gezondheid aan de woning?';

export async function medischAdviesVragen({ manager, zaak, now }: EffectContext, vraag: string): Promise<void> {
  await manager.insert(MedischAdviesEntity, { zaakId: zaak.id, vraag, gevraagdOp: now, urgent: null, woonvereisten: [], details: null, uitgebrachtDoor: null, uitgebrachtOp: null });
}

/** The advice: details in the restricted record, the outcome visible to the committee. */
export async function medischAdviesUitbrengen({ manager, zaak, actor, now }: EffectContext, event: Extract<ZaakEvent, { type: 'MEDISCH_ADVIES_UITBRENGEN' }>): Promise<void> {
  const open = await manager.findOne(MedischAdviesEntity, { where: { zaakId: zaak.id, uitgebrachtOp: IsNull() }, order: { gevraagdOp: 'DESC' } });
  if (!open) throw new WoonstartFout('conflict', 'Er staat geen vraag om medisch advies open voor deze zaak.');
  await manager.update(MedischAdviesEntity, { id: open.id }, {
    urgent: event.urgentOpMedischeGronden, woonvereisten: event.woonvereisten, details: event.details, uitgebrachtDoor: actor.id, uitgebrachtOp: now,
  });
}
