import { WoonstartFout, bepaalHerkomstgemeente, beoordeelHerkomstKeuze, isRegioGemeente, regioGemeente } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { GemeenteEntity } from '../../entities/gemeente.entity';
import { InschrijvingEntity } from '../../entities/inschrijving.entity';
import { OpnameEntity } from '../../entities/opname.entity';
import type { EffectContext, ZaakKolomWijzigingen } from './effect.model';

export async function herkomstVaststellen({ manager, zaak }: EffectContext, event: Extract<ZaakEvent, { type: 'HERKOMST_VASTSTELLEN' }>): Promise<void> {
  const inschrijvingen = await manager.find(InschrijvingEntity, { where: { zaakId: zaak.id } });
  const opnames = await manager.find(OpnameEntity, { where: { zaakId: zaak.id } });
  const voorstel = bepaalHerkomstgemeente({ inschrijvingen, opnames, geboortedatum: zaak.aanvragerGeboortedatum });
  const oordeel = beoordeelHerkomstKeuze({ gekozenCbs: event.gemeenteCbs, motivering: event.motivering, voorstel, inschrijvingen, regioNaam: (c) => regioGemeente(c)?.naam });
  if (!oordeel.toegestaan) throw new WoonstartFout('ongeldig', oordeel.melding!, { veld: event.gemeenteCbs === voorstel.gemeenteCbs ? 'gemeenteCbs' : 'motivering' });
  // A herkomstgemeente outside the region is valid: keep its CBS code and name.
  await manager.createQueryBuilder().insert().into(GemeenteEntity)
    .values({ cbsCode: event.gemeenteCbs, naam: oordeel.gemeenteNaam!, inRegio: false, centrumregio: null, mutatiesSociaal: null, mutatiesOnderAftopping: null })
    .orIgnore().execute();
}

/** Transfer to another gemeente of the region (usually the herkomstgemeente); deadlines are kept. */
export async function zaakOverdragen({ zaak }: EffectContext, event: Extract<ZaakEvent, { type: 'ZAAK_OVERDRAGEN' }>): Promise<ZaakKolomWijzigingen> {
  if (!isRegioGemeente(event.gemeenteCbs)) throw new WoonstartFout('ongeldig', 'Een zaak kan alleen worden overgedragen aan een gemeente van de regio Haaglanden.', { veld: 'gemeenteCbs' });
  if (event.gemeenteCbs === zaak.behandelendeGemeente) throw new WoonstartFout('ongeldig', 'De zaak wordt al door deze gemeente behandeld.', { veld: 'gemeenteCbs' });
  return { behandelendeGemeente: event.gemeenteCbs };
}
