import type { EntityManager } from 'typeorm';
import { WoonstartFout, type Huurgrenzen } from '@woonstart/domain';
import { HuurgrensEntity } from '../entities/begrenzing.entity';

/** The rent limits of a year from the table (configurable per year); an unknown year is refused, never guessed. */
export async function laadHuurgrenzen(manager: EntityManager, jaar: number): Promise<Huurgrenzen> {
  const rij = await manager.findOne(HuurgrensEntity, { where: { jaar } });
  if (!rij) throw new WoonstartFout('ongeldig', `De huurgrenzen voor ${jaar} zijn nog niet vastgesteld. Een beheerder legt ze vast onder Beheer › Huurgrenzen.`);
  return {
    jaar, kwaliteitskortingsgrens: rij.kwaliteitskortingsgrens, eersteAftoppingsgrens: rij.eersteAftoppingsgrens,
    tweedeAftoppingsgrens: rij.tweedeAftoppingsgrens, liberalisatiegrens: rij.liberalisatiegrens,
  };
}
