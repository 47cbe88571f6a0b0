import { In } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { WijkEntity } from '../../entities/wijk.entity';
import type { EffectContext, ZaakKolomWijzigingen } from './effect.model';

/** Exclusions for matching; unknown wijken are refused so a typo cannot silently exclude nothing. */
export async function plaatsingsprofielVastleggen(ctx: EffectContext, event: Extract<ZaakEvent, { type: 'PLAATSINGSPROFIEL_VASTLEGGEN' }>): Promise<ZaakKolomWijzigingen> {
  const wijken = [...new Set(event.uitgeslotenWijken)];
  if (wijken.length > 0) {
    const bekend = await ctx.manager.find(WijkEntity, { where: { code: In(wijken) } });
    const onbekend = wijken.filter((w) => !bekend.some((b) => b.code === w));
    if (onbekend.length > 0) throw new WoonstartFout('ongeldig', `Onbekende wijk(en): ${onbekend.join(', ')}.`, { veld: 'uitgeslotenWijken' });
  }
  return {
    plaatsingsprofiel: { uitgeslotenGemeenten: [...new Set(event.uitgeslotenGemeenten)], uitgeslotenWijken: wijken, toelichting: event.toelichting?.trim() || null },
  };
}
