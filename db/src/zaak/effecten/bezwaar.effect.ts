import { IsNull } from 'typeorm';
import { WoonstartFout, berekenBeslistermijnBezwaar, isBezwaarTijdig } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { BesluitEntity } from '../../entities/besluit.entity';
import { BezwaarEntity } from '../../entities/bezwaar.entity';
import { beleidVanZaak } from '../termijn';
import type { EffectContext } from './effect.model';

/** Awb 6:7/6:8: six weeks from the day after the decision was made known; later needs a motivation to admit (6:11). */
export async function bezwaarIndienen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'BEZWAAR_INDIENEN' }>): Promise<void> {
  const besluit = await ctx.manager.findOne(BesluitEntity, { where: { zaakId: ctx.zaak.id, status: 'genomen' }, order: { goedgekeurdOp: 'DESC' } });
  const bekendgemaakt = besluit?.bekendgemaaktOp ?? null;
  if (event.ontvangenOp > ctx.vandaag) throw new WoonstartFout('ongeldig', 'De ontvangstdatum van het bezwaar ligt in de toekomst.', { veld: 'ontvangenOp' });
  if (bekendgemaakt && event.ontvangenOp < bekendgemaakt) {
    throw new WoonstartFout('ongeldig', 'Het bezwaar kan niet zijn ontvangen vóór het besluit bekend werd gemaakt.', { veld: 'ontvangenOp' });
  }
  const tijdigheid = bekendgemaakt ? isBezwaarTijdig(bekendgemaakt, event.ontvangenOp) : null;
  const tijdig = tijdigheid?.tijdig ?? true;
  if (!tijdig && !event.motiveringTeLaat?.trim()) {
    throw new WoonstartFout('ongeldig', `${tijdigheid!.reden} Een motivering is nodig om een te laat bezwaar toch te behandelen (Awb 6:11).`, { veld: 'motiveringTeLaat' });
  }
  const beleid = await beleidVanZaak(ctx.manager, ctx.zaak);
  const termijn = berekenBeslistermijnBezwaar({ ontvangenOp: event.ontvangenOp, adviescommissie: beleid?.adviescommissieBezwaar ?? true, verdaagd: false, bekendgemaaktOp: bekendgemaakt ?? undefined });
  await ctx.manager.insert(BezwaarEntity, {
    zaakId: ctx.zaak.id, besluitId: besluit?.id ?? null, ontvangenOp: event.ontvangenOp, gronden: event.gronden, tijdig,
    motiveringTeLaat: event.motiveringTeLaat ?? null, beslistermijn: termijn.uiterlijk, uitkomst: null, motivering: null, beslotenOp: null,
  });
}

export async function bezwaarBeslissen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'BEZWAAR_GEGROND' | 'BEZWAAR_ONGEGROND' | 'BEZWAAR_NIET_ONTVANKELIJK' }>): Promise<void> {
  const uitkomst = event.type === 'BEZWAAR_GEGROND' ? 'gegrond' : event.type === 'BEZWAAR_ONGEGROND' ? 'ongegrond' : 'nietOntvankelijk';
  await ctx.manager.update(BezwaarEntity, { zaakId: ctx.zaak.id, uitkomst: IsNull() }, { uitkomst, motivering: event.motivering, beslotenOp: ctx.vandaag });
}
