import type { ZaakEvent } from '@woonstart/workflow';
import { HuishoudlidEntity } from '../../entities/huishoudlid.entity';
import { InschrijvingEntity } from '../../entities/inschrijving.entity';
import { OpnameEntity } from '../../entities/opname.entity';
import { aanvraagKolommen, insertAanvraagRegels } from '../aanvraag-opslag';
import type { EffectContext, ZaakKolomWijzigingen } from './effect.model';

/** The new data replaces the old; earlier versions stay readable in the transition log's payloads. */
export async function gegevensWijzigen({ manager, zaak }: EffectContext, event: Extract<ZaakEvent, { type: 'GEGEVENS_WIJZIGEN' }>): Promise<ZaakKolomWijzigingen> {
  const { type: _type, ...gegevens } = event;
  await manager.delete(HuishoudlidEntity, { zaakId: zaak.id });
  await manager.delete(InschrijvingEntity, { zaakId: zaak.id });
  await manager.delete(OpnameEntity, { zaakId: zaak.id });
  await insertAanvraagRegels(manager, zaak.id, gegevens);
  return aanvraagKolommen(gegevens);
}
