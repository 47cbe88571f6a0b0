import { isRegioGemeente } from './gemeente.data';
import type { Herkomstvoorstel } from './herkomstgemeente.rule';
import type { Inschrijving } from './inschrijving.model';

export interface HerkomstKeuzeOordeel {
  readonly toegestaan: boolean;
  readonly gemeenteNaam: string | null;
  readonly afwijking: boolean;
  readonly melding: string | null;
}

/**
 * Which herkomstgemeente the committee may record: one of the region's gemeenten
 * or one from the person's own registration history (outside the region is
 * valid). Deviating from the proposal, or deciding without one, needs a motivation.
 */
export function beoordeelHerkomstKeuze(input: {
  gekozenCbs: string;
  motivering: string | null | undefined;
  voorstel: Herkomstvoorstel;
  inschrijvingen: readonly Inschrijving[];
  regioNaam: (cbs: string) => string | undefined;
}): HerkomstKeuzeOordeel {
  const uitHistorie = input.inschrijvingen.find((i) => i.gemeenteCbs === input.gekozenCbs);
  const naam = input.regioNaam(input.gekozenCbs) ?? uitHistorie?.gemeenteNaam ?? null;
  if (!isRegioGemeente(input.gekozenCbs) && !uitHistorie) {
    return { toegestaan: false, gemeenteNaam: null, afwijking: false, melding: `Gemeente ${input.gekozenCbs} is onbekend: kies een gemeente uit de regio of uit de inschrijvingshistorie.` };
  }
  const afwijking = input.voorstel.gemeenteCbs !== input.gekozenCbs;
  if (afwijking && !input.motivering?.trim()) {
    const reden = input.voorstel.gemeenteCbs ? `afwijkt van het voorstel (${input.voorstel.gemeenteNaam})` : 'zonder voorstel wordt vastgesteld';
    return { toegestaan: false, gemeenteNaam: naam, afwijking, melding: `Een motivering is verplicht omdat de herkomstgemeente ${reden}.` };
  }
  return { toegestaan: true, gemeenteNaam: naam, afwijking, melding: null };
}
