import { In } from 'typeorm';
import { WoonstartFout, addDays, beoordeelGeschiktheid, regioGemeente } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { AanbiedingEntity, type AanbiedingUitkomst } from '../../entities/aanbieding.entity';
import { WoningEntity } from '../../entities/woning.entity';
import { laadHuurgrenzen } from '../../plaatsing/huurgrenzen';
import { laadKandidaatProfiel, woningKenmerken } from '../../plaatsing/kandidaat';
import { planTaak, vervalTaken } from '../taken';
import { beleidVanZaak } from '../termijn';
import type { EffectContext } from './effect.model';

const STANDAARD_REACTIETERMIJN_DAGEN = 7;

/**
 * An offer: only a free dwelling of the caller's own corporatie, that passes every
 * hard suitability rule for this household (the cap is checked at placement, where
 * an override can lift it); outside the doelgemeente only with a motivation.
 */
export async function woningAanbieden(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'WONING_AANBIEDEN' }>): Promise<void> {
  const { manager, zaak, actor } = ctx;
  const woning = await manager.findOne(WoningEntity, { where: { id: event.woningId }, lock: { mode: 'pessimistic_write' } });
  if (!woning) throw new WoonstartFout('ongeldig', 'De gekozen woning bestaat niet.', { veld: 'woningId' });
  if (actor.rol === 'corporatiemedewerker' && woning.corporatieId !== actor.organisatieId) {
    throw new WoonstartFout('ongeldig', 'U kunt alleen woningen van uw eigen corporatie aanbieden.', { veld: 'woningId' });
  }
  if (woning.status !== 'beschikbaar' && woning.status !== 'gereserveerd') {
    throw new WoonstartFout('conflict', `Woning ${woning.adres} is niet meer beschikbaar om aan te bieden (status: ${woning.status}).`, { veld: 'woningId' });
  }
  if (zaak.machineVersion < 3) {
    // Version 1 and 2 cases: the rule of their time (dwelling in the woonstartgemeente).
    if (zaak.woonstartgemeente && woning.gemeenteCbs !== zaak.woonstartgemeente) {
      throw new WoonstartFout('ongeldig', 'De woning ligt niet in de gemeente die voor de woonstart is vastgesteld.', { veld: 'woningId' });
    }
  } else {
    const huurgrenzen = await laadHuurgrenzen(manager, Number(ctx.vandaag.slice(0, 4)));
    const kandidaat = await laadKandidaatProfiel(manager, zaak, ctx.vandaag);
    const beoordeling = beoordeelGeschiktheid({
      kandidaat, woning: woningKenmerken(woning), peildatum: ctx.vandaag, huurgrenzen, plafond: null,
      andereGemeenteGemotiveerd: !!event.motiveringAndereGemeente?.trim(),
    });
    if (!beoordeling.passend) {
      const doelgemeente = beoordeling.uitsluitingen.find((r) => r.opheffing === 'motivering');
      throw new WoonstartFout('ongeldig', `Deze woning past niet bij het huishouden: ${beoordeling.uitsluitingen.map((r) => r.tekst).join(' ')}`, {
        veld: doelgemeente && beoordeling.uitsluitingen.length === 1 ? 'motiveringAndereGemeente' : 'woningId',
        uitsluitingen: beoordeling.uitsluitingen,
      });
    }
  }
  const dagen = event.reactietermijnDagen ?? (await beleidVanZaak(ctx.manager, ctx.zaak))?.reactietermijnDagen ?? STANDAARD_REACTIETERMIJN_DAGEN;
  const reactieTot = addDays(ctx.vandaag, dagen);
  await manager.update(WoningEntity, { id: woning.id }, { status: 'aangeboden', zaakId: zaak.id });
  await manager.insert(AanbiedingEntity, {
    zaakId: zaak.id, woningId: woning.id, aangebodenDoor: actor.id, aangebodenOp: ctx.now, reactieTot,
    toelichting: event.toelichting ?? null, motiveringAndereGemeente: event.motiveringAndereGemeente?.trim() || null,
  });
  if (zaak.machineVersion >= 3) await planTaak(manager, zaak.id, 'REACTIETERMIJN_VERSTREKEN', addDays(reactieTot, 1));
}

async function sluitAanbieding(ctx: EffectContext, uitkomst: AanbiedingUitkomst, velden: Partial<AanbiedingEntity> = {}): Promise<void> {
  await ctx.manager.update(AanbiedingEntity, { zaakId: ctx.zaak.id, uitkomst: In(['open', 'geaccepteerd']) }, { uitkomst, afgerondOp: ctx.now, ...velden });
}

export async function aanbiedingAccepteren(ctx: EffectContext): Promise<void> {
  await ctx.manager.update(AanbiedingEntity, { zaakId: ctx.zaak.id, uitkomst: 'open' }, { uitkomst: 'geaccepteerd', afgerondOp: ctx.now });
  await vervalTaken(ctx.manager, ctx.zaak.id, 'REACTIETERMIJN_VERSTREKEN');
}

/** A refused, withdrawn or lapsed offer (or a withdrawn case) frees the dwelling again for the next candidate. */
export async function aanbiedingBeeindigen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'AANBIEDING_WEIGEREN' | 'AANBIEDING_INTREKKEN' | 'REACTIETERMIJN_VERSTREKEN' | 'INTREKKEN' }>): Promise<void> {
  if (event.type === 'AANBIEDING_WEIGEREN') {
    await sluitAanbieding(ctx, 'geweigerd', { reden: event.reden, gegrond: event.gegrond ?? false, gevolg: event.gevolg ?? null });
  } else if (event.type === 'REACTIETERMIJN_VERSTREKEN') {
    await sluitAanbieding(ctx, 'verlopen', { reden: 'Geen reactie binnen de reactietermijn.' });
  } else {
    await sluitAanbieding(ctx, 'ingetrokken', { reden: event.reden });
  }
  await ctx.manager.update(WoningEntity, { zaakId: ctx.zaak.id, status: 'aangeboden' }, { status: 'beschikbaar', zaakId: null });
  await vervalTaken(ctx.manager, ctx.zaak.id, 'REACTIETERMIJN_VERSTREKEN');
}

/** Names a gemeente for error texts. */
export function gemeenteNaam(cbs: string): string {
  return regioGemeente(cbs)?.naam ?? cbs;
}
