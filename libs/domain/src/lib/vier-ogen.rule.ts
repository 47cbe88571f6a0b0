export interface VierOgenOordeel {
  readonly toegestaan: boolean;
  readonly reden: string;
}

/** User ids (or e-mail addresses) compare without case and surrounding spaces, so one person is one person. */
const normaliseer = (id: string | null | undefined) => (typeof id === 'string' ? id.trim().toLowerCase() : '');

/**
 * Four-eyes principle on a decision: when it is required, the person who
 * proposed the decision may not also approve it. Whether it is required is
 * policy of the gemeente (per decision type), passed in by the caller.
 */
export function magBesluitGoedkeuren(input: {
  voorgesteldDoor: string;
  goedkeurder: string;
  vierOgenVereist: boolean;
}): VierOgenOordeel {
  const voorsteller = normaliseer(input.voorgesteldDoor);
  const goedkeurder = normaliseer(input.goedkeurder);
  if (goedkeurder === '') {
    return { toegestaan: false, reden: 'Onbekend wie het besluit goedkeurt: log in en probeer het opnieuw.' };
  }
  if (!input.vierOgenVereist) {
    return { toegestaan: true, reden: 'Het vier-ogenprincipe is voor dit besluit niet vereist.' };
  }
  if (voorsteller === '') {
    return { toegestaan: false, reden: 'Onbekend wie het besluit heeft voorgesteld, dus het vier-ogenprincipe kan niet worden getoetst: leg eerst het voorstel vast.' };
  }
  if (voorsteller === goedkeurder) {
    return { toegestaan: false, reden: 'Het vier-ogenprincipe geldt: wie het besluit voorstelde, mag het niet zelf goedkeuren. Laat een collega het besluit goedkeuren.' };
  }
  return { toegestaan: true, reden: 'Het besluit wordt goedgekeurd door een ander dan de voorsteller (vier-ogenprincipe).' };
}
