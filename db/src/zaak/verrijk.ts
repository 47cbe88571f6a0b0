import type { EntityManager } from 'typeorm';
import { WoonstartFout, beoordeelBesluitvoorstel, todayIso } from '@woonstart/domain';
import type { PersistedZaak, ZaakEvent } from '@woonstart/workflow';
import type { ZaakEntity } from '../entities/zaak.entity';
import type { Actor } from './actor.model';
import { beleidOp, beleidVanZaak } from './termijn';

/**
 * Facts the machine's guards and assignments need but the caller must not
 * choose: who acts (four eyes), the committee's policy (four eyes on or off,
 * medical advice for MED), and whether a refusal needs a zienswijze (a domain
 * rule). Added to the event before the machine sees it, never taken from the body.
 */
export async function verrijkEvent(manager: EntityManager, zaak: ZaakEntity, event: ZaakEvent, actor: Actor, now: Date): Promise<ZaakEvent> {
  switch (event.type) {
    case 'ONTVANKELIJK_VERKLAREN': {
      const beleid = (await beleidVanZaak(manager, zaak)) ?? (await beleidOp(manager, zaak.behandelendeGemeente, todayIso(now)));
      return { ...event, vierOgen: beleid?.vierOgen ?? true, medischAdviesNodig: zaak.categorie === 'MED' };
    }
    case 'BESLUIT_VOORSTELLEN': {
      const context = (zaak.snapshot as PersistedZaak).context as Partial<{ medischAdvies: string; zienswijzeGehad: boolean }>;
      const oordeel = beoordeelBesluitvoorstel(event, {
        categorie: zaak.categorie,
        begeleidingAkkoord: zaak.begeleidingAkkoord,
        medischAdviesUitgebracht: context.medischAdvies === 'nietNodig' || context.medischAdvies === undefined ? null : context.medischAdvies === 'uitgebracht',
        zienswijzeGehad: !!context.zienswijzeGehad,
        besluitdatum: todayIso(now),
      });
      if (!oordeel.geldig) throw new WoonstartFout('ongeldig', oordeel.fouten.map((f) => f.melding).join(' '), { fouten: oordeel.fouten });
      return { ...event, actorId: actor.id ?? undefined, zienswijzeNodig: oordeel.zienswijzeNodig };
    }
    case 'BESLUIT_GOEDKEUREN':
      return { ...event, actorId: actor.id ?? undefined };
    case 'AANBIEDING_WEIGEREN': {
      // Whether a refusal was grounded (the dwelling turned out unsuitable) is the corporatie's call,
      // never the applicant's side; otherwise the gemeente's policy says what the refusal means.
      const gegrond = actor.rol === 'corporatiemedewerker' && event.gegrond === true;
      const beleid = (await beleidVanZaak(manager, zaak)) ?? (await beleidOp(manager, zaak.behandelendeGemeente, todayIso(now)));
      return { ...event, gegrond, gevolg: gegrond ? 'geenGevolg' : beleid?.weigeringGevolg ?? 'waarschuwing' };
    }
    default:
      return event;
  }
}
