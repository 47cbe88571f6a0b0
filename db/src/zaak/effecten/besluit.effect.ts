import { IsNull } from 'typeorm';
import { addDays, geldigTot, volgendeWerkdag } from '@woonstart/domain';
import type { Overgang, ZaakEvent } from '@woonstart/workflow';
import { BesluitEntity } from '../../entities/besluit.entity';
import { ZienswijzeEntity } from '../../entities/zienswijze.entity';
import { planTaak, vervalTaken } from '../taken';
import { beleidVanZaak } from '../termijn';
import type { EffectContext } from './effect.model';

const STANDAARD_ZIENSWIJZETERMIJN_DAGEN = 14;

async function open(ctx: EffectContext, status: BesluitEntity['status']): Promise<BesluitEntity | null> {
  return ctx.manager.findOne(BesluitEntity, { where: { zaakId: ctx.zaak.id, status }, order: { voorgesteldOp: 'DESC' } });
}

export async function besluitVoorstellen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'BESLUIT_VOORSTELLEN' }>): Promise<void> {
  await ctx.manager.insert(BesluitEntity, {
    zaakId: ctx.zaak.id, uitkomst: event.uitkomst, route: event.uitkomst === 'toekennen' ? event.route ?? null : null,
    gronden: event.uitkomst === 'afwijzen' ? event.gronden ?? [] : [], motivering: event.motivering,
    geldigheidMaanden: event.route === 'zelfZoeken' ? event.geldigheidMaanden ?? null : null,
    zoekprofiel: event.route === 'zelfZoeken' ? event.zoekprofiel ?? null : null,
    zienswijzeNodig: !!event.zienswijzeNodig, status: 'voorgesteld', voorgesteldDoor: ctx.actor.id!, voorgesteldOp: ctx.now,
    goedgekeurdDoor: null, goedgekeurdOp: null, bekendgemaaktOp: null, geldigTot: null, vergaderingId: null,
  });
}

export async function besluitTerugsturen(ctx: EffectContext): Promise<void> {
  const voorstel = await open(ctx, 'voorgesteld');
  if (voorstel) await ctx.manager.update(BesluitEntity, { id: voorstel.id }, { status: 'teruggestuurd' });
}

/**
 * Approval by a second member. Where the machine went decides what it means: a
 * decision taken (made known today; for zelf zoeken with its validity), or first a
 * zienswijze with its own term and a durable job for when it lapses.
 */
export async function besluitGoedkeuren(ctx: EffectContext, overgang: Overgang): Promise<void> {
  const voorstel = await open(ctx, 'voorgesteld');
  if (!voorstel) return;
  const goedkeuring = { goedgekeurdDoor: ctx.actor.id, goedgekeurdOp: ctx.now };
  if (overgang.naar === 'besluitvorming.zienswijze') {
    const beleid = await beleidVanZaak(ctx.manager, ctx.zaak);
    const termijnTot = volgendeWerkdag(addDays(ctx.vandaag, (beleid?.zienswijzetermijnDagen ?? STANDAARD_ZIENSWIJZETERMIJN_DAGEN) - 1));
    await ctx.manager.update(BesluitEntity, { id: voorstel.id }, { ...goedkeuring, status: 'zienswijze' });
    await ctx.manager.insert(ZienswijzeEntity, { zaakId: ctx.zaak.id, besluitId: voorstel.id, gevraagdOp: ctx.vandaag, termijnTot, inhoud: null, ontvangenOp: null });
    await planTaak(ctx.manager, ctx.zaak.id, 'ZIENSWIJZETERMIJN_VERSTREKEN', addDays(termijnTot, 1));
    return;
  }
  const geldig = voorstel.route === 'zelfZoeken' ? geldigTot(ctx.vandaag, voorstel.geldigheidMaanden ?? undefined).tot : null;
  // Taken in today's meeting when the case is on its open agenda: the decision links to it.
  const [vergadering] = await ctx.manager.query(
    `SELECT v.id FROM vergadering v JOIN agendapunt a ON a.vergadering_id = v.id
      WHERE a.zaak_id = $1 AND v.status = 'gepland' AND v.datum = $2 LIMIT 1`, [ctx.zaak.id, ctx.vandaag],
  ) as Array<{ id: string }>;
  await ctx.manager.update(BesluitEntity, { id: voorstel.id }, { ...goedkeuring, status: 'genomen', bekendgemaaktOp: ctx.vandaag, geldigTot: geldig, vergaderingId: vergadering?.id ?? null });
}

/** The applicant was heard (or the term lapsed): the refusal goes back to deliberation, with the view on file. */
export async function zienswijzeAfgerond(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'ZIENSWIJZE_ONTVANGEN' | 'ZIENSWIJZETERMIJN_VERSTREKEN' }>): Promise<void> {
  if (event.type === 'ZIENSWIJZE_ONTVANGEN') {
    await ctx.manager.update(ZienswijzeEntity, { zaakId: ctx.zaak.id, ontvangenOp: IsNull() }, { inhoud: event.inhoud, ontvangenOp: ctx.vandaag });
    await vervalTaken(ctx.manager, ctx.zaak.id, 'ZIENSWIJZETERMIJN_VERSTREKEN');
  }
  const wachtend = await open(ctx, 'zienswijze');
  if (wachtend) await ctx.manager.update(BesluitEntity, { id: wachtend.id }, { status: 'teruggestuurd' });
}
