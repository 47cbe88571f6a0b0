import { regioGemeente } from '@woonstart/domain';
import type { VeldFout } from '../common/validation-messages';

export interface WijkRef {
  readonly code: string;
  readonly naam: string;
  readonly gemeenteCbs: string;
}

export interface Registreerder {
  readonly organisatieNaam: string;
  /** CBS codes the corporatie works in. */
  readonly werkgebied: readonly string[];
}

const gemeenteNaam = (cbs: string) => regioGemeente(cbs)?.naam ?? cbs;

/**
 * Where a dwelling lies must fit who registers it: the gemeente in the
 * corporatie's werkgebied, the wijk one of that gemeente. Messages name the wijk
 * and the gemeente, so the user sees which of the two to correct.
 * `wijken` holds at least the wijk with the given code when it exists.
 */
export function controleerLigging(invoer: { gemeenteCbs: string; wijkCode: string }, wijken: readonly WijkRef[], door: Registreerder): VeldFout[] {
  const fouten: VeldFout[] = [];
  const gemeente = gemeenteNaam(invoer.gemeenteCbs);
  if (!door.werkgebied.includes(invoer.gemeenteCbs)) {
    fouten.push({ veld: 'gemeenteCbs', melding: `${gemeente} valt niet in het werkgebied van ${door.organisatieNaam}.` });
  }
  const wijk = wijken.find((w) => w.code === invoer.wijkCode);
  if (!wijk) {
    fouten.push({ veld: 'wijkCode', melding: `Wijk ${invoer.wijkCode} bestaat niet. Kies een wijk van ${gemeente}.` });
  } else if (wijk.gemeenteCbs !== invoer.gemeenteCbs) {
    fouten.push({ veld: 'wijkCode', melding: `Wijk ${wijk.naam} (${wijk.code}) ligt in ${gemeenteNaam(wijk.gemeenteCbs)}, niet in ${gemeente}. Kies een wijk van ${gemeente}.` });
  }
  return fouten;
}
