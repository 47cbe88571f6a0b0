import type { EntityManager } from 'typeorm';
import type { ZaakEvent } from '@woonstart/workflow';
import type { ZaakEntity } from '../../entities/zaak.entity';
import type { Actor } from '../actor.model';

/** Column changes of the case row an effect asks for; the command writes them in its one update. */
export type ZaakKolomWijzigingen = Partial<Pick<ZaakEntity,
  | 'ingediendOp' | 'beslistermijn' | 'beleidId' | 'verdaagdOp' | 'verdagingWeken' | 'verdagingReden' | 'behandelendeGemeente'
  | 'categorie' | 'aanvragerVoornamen' | 'aanvragerAchternaam' | 'aanvragerGeboortedatum' | 'aanvragerEmail' | 'aanvragerTelefoon'
  | 'woonnetInschrijfnummer' | 'ondersteuningsplan' | 'begeleidingAkkoord' | 'woonwensen' | 'aantalKamersMin' | 'plaatsingsprofiel'>>;

export interface EffectContext {
  readonly manager: EntityManager;
  readonly zaak: ZaakEntity;
  readonly actor: Actor;
  readonly now: Date;
  readonly vandaag: string;
}

/**
 * What an accepted event changes outside the case snapshot, in the same
 * transaction. The machine has already said the event is allowed; an effect
 * checks the other rows (and the rules that need them) and may refuse with a
 * WoonstartFout, which rolls the whole command back.
 */
export type Effect<E extends ZaakEvent = ZaakEvent> = (ctx: EffectContext, event: E) => Promise<ZaakKolomWijzigingen | void>;
