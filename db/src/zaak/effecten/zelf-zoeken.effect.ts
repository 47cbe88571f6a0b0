import { WoonstartFout, addDays, geldigTot, verlengingMogelijkTot } from '@woonstart/domain';
import type { Overgang, ZaakEvent } from '@woonstart/workflow';
import { BesluitEntity } from '../../entities/besluit.entity';
import { UrgentieverklaringEntity, type Zoekprofiel } from '../../entities/urgentieverklaring.entity';
import { planTaak, vervalTaken } from '../taken';
import type { EffectContext } from './effect.model';

const STANDAARD_VERLENGING_MAANDEN = 3;

async function verklaring(ctx: EffectContext): Promise<UrgentieverklaringEntity> {
  const v = await ctx.manager.findOne(UrgentieverklaringEntity, { where: { zaakId: ctx.zaak.id }, lock: { mode: 'pessimistic_write' } });
  if (!v) throw new WoonstartFout('conflict', 'Deze zaak heeft geen urgentieverklaring.');
  return v;
}

/**
 * A positive decision with zelf zoeken issues the urgentieverklaring: a number the
 * applicant and corporaties use, the zoekprofiel of the decision and its validity
 * (policy, default three months). Expiry is a durable job that moves the case on.
 */
export async function urgentieverklaringAfgeven(ctx: EffectContext): Promise<void> {
  const besluit = await ctx.manager.findOneOrFail(BesluitEntity, { where: { zaakId: ctx.zaak.id, status: 'genomen' }, order: { goedgekeurdOp: 'DESC' } });
  const tot = besluit.geldigTot ?? geldigTot(ctx.vandaag).tot;
  const [{ volgnummer }] = (await ctx.manager.query(`SELECT nextval('urgentieverklaring_nummer_seq')::int AS volgnummer`)) as Array<{ volgnummer: number }>;
  const profiel = (besluit.zoekprofiel as Zoekprofiel | null) ?? { gemeenten: [ctx.zaak.woonstartgemeente ?? ctx.zaak.behandelendeGemeente], woningtypen: [], maxHuur: null };
  await ctx.manager.insert(UrgentieverklaringEntity, {
    zaakId: ctx.zaak.id, nummer: `UV-${ctx.vandaag.slice(0, 4)}-${String(volgnummer).padStart(6, '0')}`,
    zoekprofiel: { ...profiel, kamersMin: profiel.kamersMin ?? ctx.zaak.aantalKamersMin }, geldigVanaf: ctx.vandaag, geldigTot: tot,
    verlengdTot: null, verlengingAangevraagdOp: null,
  });
  await planTaak(ctx.manager, ctx.zaak.id, 'URGENTIEVERKLARING_VERLOPEN', addDays(tot, 1));
}

/** Expired: an extension can be asked for up to two weeks after expiry; after that the urgency lapses (a job). */
export async function urgentieverklaringVerlopen(ctx: EffectContext, overgang: Overgang): Promise<void> {
  // In verlengingAangevraagd the machine keeps the case where it is: the request is decided first.
  if (overgang.van === overgang.naar) return;
  const v = await ctx.manager.findOne(UrgentieverklaringEntity, { where: { zaakId: ctx.zaak.id } });
  if (!v) return;
  await planTaak(ctx.manager, ctx.zaak.id, 'VERLENGINGSTERMIJN_VERSTREKEN', addDays(verlengingMogelijkTot(v.geldigTot).tot, 1));
}

export async function verlengingAanvragen(ctx: EffectContext): Promise<void> {
  const v = await verklaring(ctx);
  const uiterlijk = verlengingMogelijkTot(v.geldigTot);
  if (ctx.vandaag > uiterlijk.tot) {
    throw new WoonstartFout('ongeldig', `Verlenging aanvragen kon tot en met ${uiterlijk.tot}: ${uiterlijk.reden}.`);
  }
  await ctx.manager.update(UrgentieverklaringEntity, { id: v.id }, { verlengingAangevraagdOp: ctx.vandaag });
  await vervalTaken(ctx.manager, ctx.zaak.id, 'VERLENGINGSTERMIJN_VERSTREKEN');
}

/** An extension runs from the old end date (or today, when that has passed); one extension per statement. */
export async function verlengingToekennen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'VERLENGING_TOEKENNEN' }>): Promise<void> {
  const v = await verklaring(ctx);
  const vanaf = v.geldigTot > ctx.vandaag ? v.geldigTot : ctx.vandaag;
  const tot = geldigTot(vanaf, event.maanden ?? STANDAARD_VERLENGING_MAANDEN).tot;
  await ctx.manager.update(UrgentieverklaringEntity, { id: v.id }, { geldigTot: tot, verlengdTot: tot });
  await vervalTaken(ctx.manager, ctx.zaak.id, 'URGENTIEVERKLARING_VERLOPEN');
  await planTaak(ctx.manager, ctx.zaak.id, 'URGENTIEVERKLARING_VERLOPEN', addDays(tot, 1));
}

/** The urgency ends (extension refused, its window lapsed, or a refusal under the gemeente's policy): no jobs stay behind. */
export async function urgentieBeeindigd(ctx: EffectContext): Promise<void> {
  for (const soort of ['URGENTIEVERKLARING_VERLOPEN', 'VERLENGINGSTERMIJN_VERSTREKEN', 'REACTIETERMIJN_VERSTREKEN'] as const) {
    await vervalTaken(ctx.manager, ctx.zaak.id, soort);
  }
}
