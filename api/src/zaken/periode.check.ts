import type { NieuweZaak } from '@woonstart/db';
import { ValidatieFout } from '../common/problem.model';
import type { VeldFout } from '../common/validation-messages';

/** Cross-field date checks class-validator cannot express per field: periods run forward, birth comes first. */
export function controleerPeriodes(z: NieuweZaak): void {
  const fouten: VeldFout[] = [];
  z.inschrijvingen.forEach((i, n) => {
    if (i.tot && i.tot < i.van) fouten.push({ veld: `inschrijvingen.${n}.tot`, melding: 'De einddatum van een inschrijving ligt vóór de begindatum.' });
    if (i.van < z.aanvrager.geboortedatum) fouten.push({ veld: `inschrijvingen.${n}.van`, melding: 'Een inschrijving kan niet vóór de geboortedatum beginnen.' });
  });
  z.opnames.forEach((o, n) => {
    if (o.tot && o.tot < o.van) fouten.push({ veld: `opnames.${n}.tot`, melding: 'De einddatum van een opname ligt vóór de begindatum.' });
    if (o.van < z.aanvrager.geboortedatum) fouten.push({ veld: `opnames.${n}.van`, melding: 'Een opname kan niet vóór de geboortedatum beginnen.' });
  });
  if (fouten.length) throw new ValidatieFout(fouten);
}
