import { WoonstartFout } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { WoningEntity } from '../../entities/woning.entity';
import type { EffectContext } from './effect.model';

export async function woningAanbieden({ manager, zaak, actor }: EffectContext, event: Extract<ZaakEvent, { type: 'WONING_AANBIEDEN' }>): Promise<void> {
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
}

/** A refused offer or a withdrawn case frees the dwelling again. */
export async function woningVrijgeven({ manager, zaak }: EffectContext): Promise<void> {
  await manager.update(WoningEntity, { zaakId: zaak.id, status: 'aangeboden' }, { status: 'beschikbaar', zaakId: null });
}

export async function plaatsingRegistreren({ manager, zaak, now }: EffectContext, event: Extract<ZaakEvent, { type: 'PLAATSING_REGISTREREN' }>): Promise<void> {
  const drieMaanden = 1000 * 60 * 60 * 24 * 92;
  if (new Date(`${event.ingangsdatum}T00:00:00Z`).getTime() - now.getTime() > drieMaanden) {
    throw new WoonstartFout('ongeldig', 'De ingangsdatum ligt te ver in de toekomst (meer dan drie maanden).', { veld: 'ingangsdatum' });
  }
  await manager.update(WoningEntity, { zaakId: zaak.id, status: 'aangeboden' }, { status: 'verhuurd' });
}
