import { URGENTIECATEGORIE_INFO, isUrgentiecategorie, percentageTekst, type PlafondStand, type PlafondStatus } from '@woonstart/domain';

/** Status words of a cap, shown beside every bar so colour is never the only signal. */
export const PLAFOND_STATUS_LABEL: Readonly<Record<PlafondStatus, string>> = {
  ruimte: 'Ruimte',
  bijna: 'Bijna vol',
  vol: 'Vol',
  overschreden: 'Overschreden',
};

/** A small sign that repeats the status for people who cannot tell the colours apart. */
export const PLAFOND_STATUS_TEKEN: Readonly<Record<PlafondStatus, string>> = {
  ruimte: '✓',
  bijna: '!',
  vol: '■',
  overschreden: '✕',
};

/** 'nog 12 plaatsen', 'geen ruimte meer', '3 boven het plafond'. */
export function plafondUitleg(s: PlafondStand): string {
  if (s.status === 'overschreden') return `${getal(s.gebruikt - s.plafond)} boven het plafond`;
  if (s.status === 'vol') return 'geen ruimte meer: plaatsen kan alleen met een ontheffing van de regiocoördinator';
  return `nog ${getal(s.ruimte)} ${s.ruimte === 1 ? 'plaatsing' : 'plaatsingen'} mogelijk`;
}

/** '41 van 1.172 gebruikt (3,5 %): nog 1.131 plaatsingen mogelijk'. */
export function plafondZin(s: PlafondStand): string {
  return `${getal(s.gebruikt)} van ${getal(s.plafond)} gebruikt (${percentageTekst(s.percentage)} %): ${plafondUitleg(s)}`;
}

export function categorieLabel(categorie: string): string {
  if (isUrgentiecategorie(categorie)) return URGENTIECATEGORIE_INFO[categorie].label;
  return categorie === 'OVERIG' ? 'Andere bijzondere doelgroep' : categorie;
}

export function getal(n: number): string {
  return n.toLocaleString('nl-NL');
}

export function procent(p: number): string {
  return `${percentageTekst(p)} %`;
}

/** 'Wijk Schilderswijk', 'Complex 1204'; no doubled word when the name already starts with it ('Complex 1204 (kwetsbaar)'). */
export function standTitel(s: PlafondStand): string {
  const woord = s.niveau === 'wijk' ? 'Wijk' : s.niveau === 'complex' ? 'Complex' : 'Gemeente';
  return s.naam.toLowerCase().startsWith(woord.toLowerCase()) ? s.naam : `${woord} ${s.naam}`;
}
