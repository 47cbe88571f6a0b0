import { IsNull } from 'typeorm';
import { WoonstartFout, addDays, berekenHersteltermijn, valideerVerdaging } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { OpschortingEntity } from '../../entities/opschorting.entity';
import { OutboxEntity } from '../../entities/outbox.entity';
import { planTaak, vervalTaken } from '../taken';
import { beleidOp, laadBeslistermijn, beleidVanZaak } from '../termijn';
import type { EffectContext, ZaakKolomWijzigingen } from './effect.model';

/** A week before the deadline the committee gets a reminder; the day after it, the case is marked overdue. */
const HERINNERING_DAGEN_VOORAF = 7;

/**
 * Recomputes the stored deadline (a copy for sorting) from the facts, with the
 * changes applied in memory, and re-plans the deadline jobs for the new date:
 * none while the term is suspended (they are planned again when it resumes).
 */
async function herbereken(ctx: EffectContext, wijzigingen: ZaakKolomWijzigingen = {}): Promise<ZaakKolomWijzigingen> {
  Object.assign(ctx.zaak, wijzigingen);
  const termijn = await laadBeslistermijn(ctx.manager, ctx.zaak, ctx.vandaag);
  await vervalTaken(ctx.manager, ctx.zaak.id, 'BESLISTERMIJN_HERINNERING');
  await vervalTaken(ctx.manager, ctx.zaak.id, 'BESLISTERMIJN_VERSTREKEN');
  if (termijn && termijn.status !== 'opgeschort') {
    const herinnering = addDays(termijn.uiterlijk, -HERINNERING_DAGEN_VOORAF);
    if (herinnering > ctx.vandaag) await planTaak(ctx.manager, ctx.zaak.id, 'BESLISTERMIJN_HERINNERING', herinnering);
    await planTaak(ctx.manager, ctx.zaak.id, 'BESLISTERMIJN_VERSTREKEN', addDays(termijn.uiterlijk, 1));
  }
  return { ...wijzigingen, beslistermijn: termijn?.uiterlijk ?? null };
}

/** Received: the policy in force today for the handling gemeente fixes the term for this case. */
export async function indienen(ctx: EffectContext): Promise<ZaakKolomWijzigingen> {
  const beleid = await beleidOp(ctx.manager, ctx.zaak.behandelendeGemeente, ctx.vandaag);
  return herbereken(ctx, { ingediendOp: ctx.vandaag, beleidId: beleid?.id ?? null });
}

/** Awb 4:5: a repair term; the decision term is suspended from the day after (4:15). */
export async function aanvullingVragen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'AANVULLING_VRAGEN' }>): Promise<ZaakKolomWijzigingen> {
  const beleid = await beleidVanZaak(ctx.manager, ctx.zaak);
  const herstel = berekenHersteltermijn(ctx.vandaag, event.termijnDagen ?? beleid?.hersteltermijnDagen ?? undefined);
  await ctx.manager.insert(OpschortingEntity, { zaakId: ctx.zaak.id, verzoekOp: ctx.vandaag, hersteltermijnTot: herstel.tot, aangevuldOp: null, toelichting: event.toelichting });
  await planTaak(ctx.manager, ctx.zaak.id, 'HERSTELTERMIJN_VERSTREKEN', addDays(herstel.tot, 1));
  return herbereken(ctx);
}

export async function aanvullingIndienen(ctx: EffectContext): Promise<ZaakKolomWijzigingen> {
  await ctx.manager.update(OpschortingEntity, { zaakId: ctx.zaak.id, aangevuldOp: IsNull() }, { aangevuldOp: ctx.vandaag });
  await vervalTaken(ctx.manager, ctx.zaak.id, 'HERSTELTERMIJN_VERSTREKEN');
  return herbereken(ctx);
}

/** The term lapsed without the information: the suspension ends at the term's end (4:15) and the clock runs again. */
export async function hersteltermijnVerstreken(ctx: EffectContext): Promise<ZaakKolomWijzigingen> {
  return herbereken(ctx);
}

/** Awb 4:14: once, announced before the deadline, with a reason and a reasonable term. */
export async function verdagen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'VERDAGEN' }>): Promise<ZaakKolomWijzigingen> {
  const huidig = await laadBeslistermijn(ctx.manager, ctx.zaak, ctx.vandaag);
  const verdaging = { op: ctx.vandaag, weken: event.weken, reden: event.reden };
  const fouten = valideerVerdaging(verdaging, { uiterlijk: huidig?.uiterlijk, ontvangenOp: ctx.zaak.ingediendOp ?? undefined, eerdereVerdaging: null });
  if (fouten.length) throw new WoonstartFout('ongeldig', fouten.join(' '), { veld: 'weken' });
  return herbereken(ctx, { verdaagdOp: ctx.vandaag, verdagingWeken: event.weken, verdagingReden: event.reden });
}

/**
 * Reminder and overdue signal: the transition row and the machine's flag record
 * it; the outbox carries the notification to the committee (sent after commit).
 */
export async function termijnSignaal(ctx: EffectContext, soort: 'BESLISTERMIJN_HERINNERING' | 'BESLISTERMIJN_VERSTREKEN'): Promise<void> {
  await ctx.manager.insert(OutboxEntity, {
    zaakId: ctx.zaak.id,
    soort: soort === 'BESLISTERMIJN_HERINNERING' ? 'herinnering-beslistermijn' : 'beslistermijn-verstreken',
    payload: { zaaknummer: ctx.zaak.zaaknummer, beslistermijn: ctx.zaak.beslistermijn ?? '' },
    aangemaaktOp: ctx.now,
    verwerktOp: null,
  });
}
