import type { EntityManager } from 'typeorm';
import { WoonstartFout, bepaalHerkomstgemeente, berekenBeslistermijn, beoordeelHerkomstKeuze, isRegioGemeente, regioGemeente, todayIso } from '@woonstart/domain';
import { GemeenteEntity } from '../entities/gemeente.entity';
import { InschrijvingEntity } from '../entities/inschrijving.entity';
import { OpnameEntity } from '../entities/opname.entity';
import type { ZaakEvent } from '@woonstart/workflow';
import { HuishoudlidEntity } from '../entities/huishoudlid.entity';
import { WoningEntity } from '../entities/woning.entity';
import { ZaakEntity } from '../entities/zaak.entity';
import { aanvraagKolommen, insertAanvraagRegels } from './aanvraag-opslag';
import type { Actor } from './actor.model';

/**
 * What an accepted event changes outside the case snapshot, in the same
 * transaction: submission dates and the dwelling an offer is about. The machine
 * has already said the event is allowed; these only check the other rows.
 */
/** Column changes of the case row an effect asks for; written by the command in its one update. */
export type ZaakKolomWijzigingen = Partial<Pick<ZaakEntity, 'ingediendOp' | 'beslistermijn'>> & Partial<ReturnType<typeof aanvraagKolommen>>;

export async function applyEffecten(manager: EntityManager, zaak: ZaakEntity, event: ZaakEvent, actor: Actor, now: Date): Promise<ZaakKolomWijzigingen> {
  switch (event.type) {
    case 'GEGEVENS_WIJZIGEN': {
      // The new data replaces the old; the old version stays readable in the transition log's payload history.
      const { type: _type, ...gegevens } = event;
      await manager.delete(HuishoudlidEntity, { zaakId: zaak.id });
      await manager.delete(InschrijvingEntity, { zaakId: zaak.id });
      await manager.delete(OpnameEntity, { zaakId: zaak.id });
      await insertAanvraagRegels(manager, zaak.id, gegevens);
      return aanvraagKolommen(gegevens);
    }
    case 'INDIENEN': {
      const vandaag = todayIso(now);
      return { ingediendOp: vandaag, beslistermijn: berekenBeslistermijn(vandaag).uiterlijk };
    }
    case 'HERKOMST_VASTSTELLEN': {
      const inschrijvingen = await manager.find(InschrijvingEntity, { where: { zaakId: zaak.id } });
      const opnames = await manager.find(OpnameEntity, { where: { zaakId: zaak.id } });
      const voorstel = bepaalHerkomstgemeente({ inschrijvingen, opnames, geboortedatum: zaak.aanvragerGeboortedatum });
      const oordeel = beoordeelHerkomstKeuze({ gekozenCbs: event.gemeenteCbs, motivering: event.motivering, voorstel, inschrijvingen, regioNaam: (c) => regioGemeente(c)?.naam });
      if (!oordeel.toegestaan) throw new WoonstartFout('ongeldig', oordeel.melding!, { veld: event.gemeenteCbs === voorstel.gemeenteCbs ? 'gemeenteCbs' : 'motivering' });
      // A herkomstgemeente outside the region is valid: keep its CBS code and name.
      await manager.createQueryBuilder().insert().into(GemeenteEntity)
        .values({ cbsCode: event.gemeenteCbs, naam: oordeel.gemeenteNaam!, inRegio: false, centrumregio: null, mutatiesSociaal: null, mutatiesOnderAftopping: null })
        .orIgnore().execute();
      return {};
    }
    case 'WEGING_VASTLEGGEN':
      if (!isRegioGemeente(event.gemeenteCbs)) {
        throw new WoonstartFout('ongeldig', 'Kies voor de woonstart een van de negen gemeenten van de regio Haaglanden.', { veld: 'gemeenteCbs' });
      }
      return {};
    case 'WONING_AANBIEDEN': {
      const woning = await manager.findOne(WoningEntity, { where: { id: event.woningId }, lock: { mode: 'pessimistic_write' } });
      if (!woning) throw new WoonstartFout('ongeldig', 'De gekozen woning bestaat niet.', { veld: 'woningId' });
      if (actor.rol === 'corporatiemedewerker' && woning.corporatieId !== actor.organisatieId) {
        throw new WoonstartFout('ongeldig', 'U kunt alleen woningen van uw eigen corporatie aanbieden.', { veld: 'woningId' });
      }
      if (woning.status !== 'beschikbaar') {
        throw new WoonstartFout('conflict', `Woning ${woning.adres} is niet meer beschikbaar (status: ${woning.status}).`, { veld: 'woningId' });
      }
      if (zaak.woonstartgemeente && woning.gemeenteCbs !== zaak.woonstartgemeente) {
        throw new WoonstartFout('ongeldig', 'De woning ligt niet in de gemeente die voor de woonstart is vastgesteld.', { veld: 'woningId' });
      }
      await manager.update(WoningEntity, { id: woning.id }, { status: 'aangeboden', zaakId: zaak.id });
      return {};
    }
    case 'AANBIEDING_WEIGEREN':
      await manager.update(WoningEntity, { zaakId: zaak.id, status: 'aangeboden' }, { status: 'beschikbaar', zaakId: null });
      return {};
    case 'PLAATSING_REGISTREREN':
      if (event.ingangsdatum > todayIso(now) && new Date(`${event.ingangsdatum}T00:00:00Z`).getTime() - now.getTime() > 1000 * 60 * 60 * 24 * 92) {
        throw new WoonstartFout('ongeldig', 'De ingangsdatum ligt te ver in de toekomst (meer dan drie maanden).', { veld: 'ingangsdatum' });
      }
      await manager.update(WoningEntity, { zaakId: zaak.id, status: 'aangeboden' }, { status: 'verhuurd' });
      return {};
    case 'INTREKKEN':
      await manager.update(WoningEntity, { zaakId: zaak.id, status: 'aangeboden' }, { status: 'beschikbaar', zaakId: null });
      return {};
    default:
      return {};
  }
}
