import { WoonstartFout, beoordeelWeging, isRegioGemeente, regioGemeente, type Woonstartweging } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { GemeenteEntity } from '../../entities/gemeente.entity';
import { WoonstartwegingEntity } from '../../entities/woonstartweging.entity';
import type { EffectContext } from './effect.model';

/**
 * Records a version of the kansrijke-woonstart weighing. Version 2 sends the full
 * record (candidates × five criteria); a version-1 case may still send only the
 * doelgemeente and motivation, which is checked by the same principle.
 */
export async function wegingVastleggen({ manager, zaak, actor, now }: EffectContext, event: Extract<ZaakEvent, { type: 'WEGING_VASTLEGGEN' }>): Promise<void> {
  const herkomst = zaak.herkomstgemeente;
  let weging: Woonstartweging;
  if (event.kandidaten) {
    const namen = new Map((await manager.find(GemeenteEntity)).map((g) => [g.cbsCode, g.naam]));
    weging = {
      kandidaten: event.kandidaten.map((k) => ({ ...k, gemeenteNaam: namen.get(k.gemeenteCbs) ?? regioGemeente(k.gemeenteCbs)?.naam ?? k.gemeenteCbs })),
      wensClient: event.wensClient ?? null,
      doelgemeenteCbs: event.gemeenteCbs,
      motivering: event.motivering ?? null,
    };
    const oordeel = beoordeelWeging(weging, herkomst);
    if (!oordeel.geldig) throw new WoonstartFout('ongeldig', oordeel.fouten.map((f) => f.melding).join(' '), { fouten: oordeel.fouten });
  } else {
    // Only version-1 cases may record just the doelgemeente; from version 2 the full weighing is required.
    if (zaak.machineVersion >= 2) {
      throw new WoonstartFout('ongeldig', 'Leg de weging vast met de kandidaat-gemeenten en de vijf criteria.', { veld: 'kandidaten' });
    }
    if (!isRegioGemeente(event.gemeenteCbs)) throw new WoonstartFout('ongeldig', 'Kies voor de woonstart een van de negen gemeenten van de regio Haaglanden.', { veld: 'gemeenteCbs' });
    if (event.gemeenteCbs !== herkomst && !event.motivering?.trim()) {
      throw new WoonstartFout('ongeldig', 'Een motivering is verplicht als de woonstart niet in de herkomstgemeente is.', { veld: 'motivering' });
    }
    weging = { kandidaten: [], wensClient: null, doelgemeenteCbs: event.gemeenteCbs, motivering: event.motivering ?? null };
  }
  const vorige = await manager.count(WoonstartwegingEntity, { where: { zaakId: zaak.id } });
  await manager.insert(WoonstartwegingEntity, {
    zaakId: zaak.id, versie: vorige + 1, weging, doelgemeente: event.gemeenteCbs, motivering: event.motivering ?? null,
    vastgelegdDoor: actor.id, vastgelegdOp: now,
  });
}
