import type { EntityManager } from 'typeorm';
import { todayIso } from '@woonstart/domain';
import type { Overgang, ZaakEvent } from '@woonstart/workflow';
import type { ZaakEntity } from '../../entities/zaak.entity';
import type { Actor } from '../actor.model';
import { gegevensWijzigen } from './aanvraag.effect';
import { besluitGoedkeuren, besluitTerugsturen, besluitVoorstellen, zienswijzeAfgerond } from './besluit.effect';
import { bezwaarBeslissen, bezwaarIndienen } from './bezwaar.effect';
import type { EffectContext, ZaakKolomWijzigingen } from './effect.model';
import { herkomstVaststellen, zaakOverdragen } from './herkomst.effect';
import { STANDAARD_MEDISCHE_VRAAG, medischAdviesUitbrengen, medischAdviesVragen } from './medisch.effect';
import { aanvullingIndienen, aanvullingVragen, hersteltermijnVerstreken, indienen, termijnSignaal, verdagen } from './termijn.effect';
import { wegingVastleggen } from './weging.effect';
import { intermediaireVerhuurAfgesloten, plaatsingRegistreren, woonevaluatieAftekenen, woonevaluatieHerinnering, woonevaluatieVastleggen } from './plaatsing.effect';
import { plaatsingsprofielVastleggen } from './plaatsingsprofiel.effect';
import { aanbiedingAccepteren, aanbiedingBeeindigen, woningAanbieden } from './woning.effect';
import { urgentieBeeindigd, urgentieverklaringAfgeven, urgentieverklaringVerlopen, verlengingAanvragen, verlengingToekennen } from './zelf-zoeken.effect';

export type { ZaakKolomWijzigingen } from './effect.model';

/**
 * Dispatches an accepted event to its effect (one file per concern). Runs in the
 * command's transaction after the machine accepted the event; returns the case
 * columns to update.
 */
export async function applyEffecten(
  manager: EntityManager, zaak: ZaakEntity, event: ZaakEvent, actor: Actor, now: Date, overgang: Overgang,
): Promise<ZaakKolomWijzigingen> {
  const ctx: EffectContext = { manager, zaak, actor, now, vandaag: todayIso(now) };
  switch (event.type) {
    case 'GEGEVENS_WIJZIGEN': return gegevensWijzigen(ctx, event);
    case 'INDIENEN': return indienen(ctx);
    case 'AANVULLING_VRAGEN': return aanvullingVragen(ctx, event);
    case 'AANVULLING_INDIENEN': return aanvullingIndienen(ctx);
    case 'HERSTELTERMIJN_VERSTREKEN': return hersteltermijnVerstreken(ctx);
    case 'BESLISTERMIJN_HERINNERING':
    case 'BESLISTERMIJN_VERSTREKEN': await termijnSignaal(ctx, event.type); return {};
    case 'VERDAGEN': return verdagen(ctx, event);
    case 'ONTVANKELIJK_VERKLAREN':
      if (event.medischAdviesNodig) await medischAdviesVragen(ctx, STANDAARD_MEDISCHE_VRAAG);
      return {};
    case 'MEDISCH_ADVIES_VRAGEN': await medischAdviesVragen(ctx, event.vraag); return {};
    case 'MEDISCH_ADVIES_UITBRENGEN': await medischAdviesUitbrengen(ctx, event); return {};
    case 'HERKOMST_VASTSTELLEN': await herkomstVaststellen(ctx, event); return {};
    case 'ZAAK_OVERDRAGEN': return zaakOverdragen(ctx, event);
    case 'WEGING_VASTLEGGEN': await wegingVastleggen(ctx, event); return {};
    case 'BESLUIT_VOORSTELLEN': await besluitVoorstellen(ctx, event); return {};
    case 'BESLUIT_TERUGSTUREN': await besluitTerugsturen(ctx); return {};
    case 'BESLUIT_GOEDKEUREN':
      await besluitGoedkeuren(ctx, overgang);
      if (zaak.machineVersion >= 3 && overgang.naar === 'toegekend.zelfZoeken.zoekend') await urgentieverklaringAfgeven(ctx);
      return {};
    case 'ZIENSWIJZE_ONTVANGEN':
    case 'ZIENSWIJZETERMIJN_VERSTREKEN': await zienswijzeAfgerond(ctx, event); return {};
    case 'BEZWAAR_INDIENEN': await bezwaarIndienen(ctx, event); return {};
    case 'BEZWAAR_GEGROND':
    case 'BEZWAAR_ONGEGROND':
    case 'BEZWAAR_NIET_ONTVANKELIJK': await bezwaarBeslissen(ctx, event); return {};
    case 'WONING_AANBIEDEN': await woningAanbieden(ctx, event); return {};
    case 'AANBIEDING_ACCEPTEREN': await aanbiedingAccepteren(ctx); return {};
    case 'AANBIEDING_WEIGEREN':
      await aanbiedingBeeindigen(ctx, event);
      if (overgang.naar === 'urgentieVervallen') await urgentieBeeindigd(ctx);
      return {};
    case 'AANBIEDING_INTREKKEN':
    case 'REACTIETERMIJN_VERSTREKEN': await aanbiedingBeeindigen(ctx, event); return {};
    case 'INTREKKEN':
      await aanbiedingBeeindigen(ctx, event);
      await urgentieBeeindigd(ctx);
      return {};
    case 'PLAATSING_REGISTREREN': return plaatsingRegistreren(ctx, event);
    case 'PLAATSINGSPROFIEL_VASTLEGGEN': return plaatsingsprofielVastleggen(ctx, event);
    case 'URGENTIEVERKLARING_VERLOPEN': await urgentieverklaringVerlopen(ctx, overgang); return {};
    case 'VERLENGING_AANVRAGEN': await verlengingAanvragen(ctx); return {};
    case 'VERLENGING_TOEKENNEN': await verlengingToekennen(ctx, event); return {};
    case 'VERLENGING_AFWIJZEN':
    case 'VERLENGINGSTERMIJN_VERSTREKEN': await urgentieBeeindigd(ctx); return {};
    case 'WOONEVALUATIE_VASTLEGGEN': await woonevaluatieVastleggen(ctx, event); return {};
    case 'WOONEVALUATIE_AFTEKENEN': await woonevaluatieAftekenen(ctx, event); return {};
    case 'WOONEVALUATIE_HERINNERING': await woonevaluatieHerinnering(ctx); return {};
    case 'OMKLAP_REGISTREREN':
    case 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN': await intermediaireVerhuurAfgesloten(ctx, event); return {};
    default: return {};
  }
}
