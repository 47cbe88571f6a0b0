import type { Aanvraaggegevens } from './aanvraag.model';

export interface VeldMelding {
  readonly veld: string;
  readonly melding: string;
}

/**
 * Cross-field date checks of an application that per-field validation cannot
 * express: periods run forward, woonadressen do not overlap, and nothing starts
 * before the applicant was born.
 * Returns one message per offending field (empty when all is well).
 */
export function controleerAanvraagPeriodes(a: Pick<Aanvraaggegevens, 'aanvrager' | 'inschrijvingen' | 'opnames'>): VeldMelding[] {
  const fouten: VeldMelding[] = [];
  const geboren = a.aanvrager.geboortedatum;
  a.inschrijvingen.forEach((i, n) => {
    if (i.tot && i.tot < i.van) fouten.push({ veld: `inschrijvingen.${n}.tot`, melding: 'De einddatum van een inschrijving ligt vóór de begindatum.' });
    if (i.van < geboren) fouten.push({ veld: `inschrijvingen.${n}.van`, melding: 'Een inschrijving kan niet vóór de geboortedatum beginnen.' });
  });
  // Two woonadressen at the same time cannot both be true (the BRP has one address at a time):
  // the herkomstgemeente would depend on which one is believed.
  const woonadressen = a.inschrijvingen.map((i, n) => ({ i, n })).filter(({ i }) => i.adrestype === 'woonadres');
  for (const { i, n } of woonadressen) {
    const eerder = woonadressen.find(({ i: j, n: m }) => m < n && j.van <= (i.tot ?? '9999-12-31') && i.van <= (j.tot ?? '9999-12-31'));
    if (eerder) fouten.push({ veld: `inschrijvingen.${n}.van`, melding: `Woonadres ${n + 1} overlapt met woonadres ${eerder.n + 1}: iemand staat op één woonadres tegelijk ingeschreven.` });
  }
  a.opnames.forEach((o, n) => {
    if (o.tot && o.tot < o.van) fouten.push({ veld: `opnames.${n}.tot`, melding: 'De einddatum van een opname ligt vóór de begindatum.' });
    if (o.van < geboren) fouten.push({ veld: `opnames.${n}.van`, melding: 'Een opname kan niet vóór de geboortedatum beginnen.' });
  });
  return fouten;
}
