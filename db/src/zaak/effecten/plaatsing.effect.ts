import { WoonstartFout, addDays, plusMaanden } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { AanbiedingEntity } from '../../entities/aanbieding.entity';
import { WoningEntity } from '../../entities/woning.entity';
import { registreerPlaatsing } from '../../plaatsing/registreer-plaatsing';
import { planTaak, vervalTaken } from '../taken';
import { beleidVanZaak } from '../termijn';
import type { EffectContext, ZaakKolomWijzigingen } from './effect.model';

const DRIE_MAANDEN_MS = 1000 * 60 * 60 * 24 * 92;
const STANDAARD_EVALUATIE_INTERVAL_MAANDEN = 3;

/**
 * Placement: of the accepted dwelling (directe bemiddeling) or of the dwelling a
 * zelf-zoeker found. Accepting support is a condition for these groups. It is
 * counted against the cap of the dwelling's gemeente (registreerPlaatsing);
 * intermediaire verhuur plans the first woonevaluatie as a durable job.
 */
export async function plaatsingRegistreren(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'PLAATSING_REGISTREREN' }>): Promise<ZaakKolomWijzigingen> {
  const { manager, zaak, now } = ctx;
  if (new Date(`${event.ingangsdatum}T00:00:00Z`).getTime() - now.getTime() > DRIE_MAANDEN_MS) {
    throw new WoonstartFout('ongeldig', 'De ingangsdatum ligt te ver in de toekomst (meer dan drie maanden).', { veld: 'ingangsdatum' });
  }
  if (zaak.machineVersion < 3) {
    await manager.update(WoningEntity, { zaakId: zaak.id, status: 'aangeboden' }, { status: 'verhuurd' });
    return {};
  }
  if (event.begeleidingAkkoord !== true) {
    throw new WoonstartFout('ongeldig', 'Plaatsen kan alleen als de aanvrager akkoord is met begeleiding: dat is een voorwaarde voor deze doelgroepen.', { veld: 'begeleidingAkkoord' });
  }
  if (!event.begeleidingsafspraak?.trim()) {
    throw new WoonstartFout('ongeldig', 'Beschrijf de begeleidingsafspraak (wie begeleidt, hoe vaak).', { veld: 'begeleidingsafspraak' });
  }
  const beleid = await beleidVanZaak(manager, zaak);
  const gemeenschappelijk = {
    zaakId: zaak.id, categorie: zaak.categorie, vorm: event.vorm ?? 'huur' as const, ingangsdatum: event.ingangsdatum,
    binding: beleid?.urgentieMetBinding ?? true, begeleidingAkkoord: true, begeleidingsafspraak: event.begeleidingsafspraak.trim(),
  };
  const aanbieding = await manager.findOne(AanbiedingEntity, { where: { zaakId: zaak.id, uitkomst: 'geaccepteerd' } });
  if (aanbieding) {
    const woning = await manager.findOneOrFail(WoningEntity, { where: { id: aanbieding.woningId }, lock: { mode: 'pessimistic_write' } });
    if (ctx.actor.rol === 'corporatiemedewerker' && woning.corporatieId !== ctx.actor.organisatieId) {
      throw new WoonstartFout('ongeldig', 'Alleen de corporatie van de aangeboden woning registreert deze plaatsing.', { veld: 'woningId' });
    }
    await registreerPlaatsing(manager, ctx.actor, {
      ...gemeenschappelijk, woningId: woning.id, corporatieId: woning.corporatieId, gemeenteCbs: woning.gemeenteCbs, wijkCode: woning.wijkCode,
      complex: woning.complex, adres: `${woning.adres}, ${woning.postcode}`, huurprijs: woning.huurprijs,
    });
    await manager.update(WoningEntity, { id: woning.id }, { status: 'verhuurd' });
    await manager.update(AanbiedingEntity, { id: aanbieding.id }, { uitkomst: 'verhuurd' });
  } else {
    // Zelf zoeken: the dwelling is not in Woonstart; its facts come with the placement.
    const ontbreekt = (['gemeenteCbs', 'adres', 'huurprijs'] as const).filter((v) => event[v] === undefined || event[v] === '');
    if (ontbreekt.length > 0) {
      throw new WoonstartFout('ongeldig', `Vul bij een plaatsing na zelf zoeken ook in: ${ontbreekt.join(', ')}.`, { veld: ontbreekt[0] });
    }
    await registreerPlaatsing(manager, ctx.actor, {
      ...gemeenschappelijk, woningId: null, corporatieId: ctx.actor.rol === 'corporatiemedewerker' ? ctx.actor.organisatieId : null,
      gemeenteCbs: event.gemeenteCbs!, wijkCode: event.wijkCode ?? null, complex: null, adres: event.adres!, huurprijs: event.huurprijs!,
    });
    await vervalTaken(manager, zaak.id, 'URGENTIEVERKLARING_VERLOPEN');
  }
  if (event.vorm === 'intermediair') {
    const interval = beleid?.evaluatieIntervalMaanden ?? STANDAARD_EVALUATIE_INTERVAL_MAANDEN;
    await planTaak(manager, zaak.id, 'WOONEVALUATIE_HERINNERING', plusMaanden(event.ingangsdatum, interval));
  }
  return {};
}

/** The care provider records an evaluation on the agreed goals; the corporatie signs it off. */
export async function woonevaluatieVastleggen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'WOONEVALUATIE_VASTLEGGEN' }>): Promise<void> {
  await ctx.manager.query(
    `INSERT INTO woonevaluatie (zaak_id, datum, doelen, afspraken, vastgelegd_door) VALUES ($1, $2, $3, $4, $5)`,
    [ctx.zaak.id, event.datum, JSON.stringify(event.doelen), event.afspraken ?? null, ctx.actor.id],
  );
}

export async function woonevaluatieAftekenen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'WOONEVALUATIE_AFTEKENEN' }>): Promise<void> {
  await ctx.manager.query(
    `UPDATE woonevaluatie SET afgetekend_door = $2, afgetekend_op = $3, opmerking = $4 WHERE zaak_id = $1 AND afgetekend_op IS NULL`,
    [ctx.zaak.id, ctx.actor.id, ctx.now, event.opmerking ?? null],
  );
  // The next evaluation is due one interval after this one.
  const beleid = await beleidVanZaak(ctx.manager, ctx.zaak);
  await vervalTaken(ctx.manager, ctx.zaak.id, 'WOONEVALUATIE_HERINNERING');
  await planTaak(ctx.manager, ctx.zaak.id, 'WOONEVALUATIE_HERINNERING', plusMaanden(ctx.vandaag, beleid?.evaluatieIntervalMaanden ?? STANDAARD_EVALUATIE_INTERVAL_MAANDEN));
}

/** The reminder job re-plans itself, so evaluations stay due until the intermediaire verhuur ends. */
export async function woonevaluatieHerinnering(ctx: EffectContext): Promise<void> {
  const beleid = await beleidVanZaak(ctx.manager, ctx.zaak);
  await planTaak(ctx.manager, ctx.zaak.id, 'WOONEVALUATIE_HERINNERING', plusMaanden(ctx.vandaag, beleid?.evaluatieIntervalMaanden ?? STANDAARD_EVALUATIE_INTERVAL_MAANDEN));
}

/** Omklap or a documented end: no more evaluations are due. */
export async function intermediaireVerhuurAfgesloten(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'OMKLAP_REGISTREREN' | 'INTERMEDIAIRE_VERHUUR_BEEINDIGEN' }>): Promise<void> {
  if (event.type === 'OMKLAP_REGISTREREN' && event.ingangsdatum > addDays(ctx.vandaag, 92)) {
    throw new WoonstartFout('ongeldig', 'De ingangsdatum van het huurcontract van de cliënt ligt te ver in de toekomst (meer dan drie maanden).', { veld: 'ingangsdatum' });
  }
  await vervalTaken(ctx.manager, ctx.zaak.id, 'WOONEVALUATIE_HERINNERING');
}
