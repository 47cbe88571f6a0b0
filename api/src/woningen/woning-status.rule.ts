import { WONING_STATUS_LABEL, type WoningStatus } from '@woonstart/domain';

/** The statuses a corporatie sets by hand. 'aangeboden' and 'verhuurd' follow only from a case (offer, placement). */
export const HANDMATIGE_STATUSSEN = ['beschikbaar', 'gereserveerd', 'ingetrokken'] as const;
export type HandmatigeStatus = (typeof HANDMATIGE_STATUSSEN)[number];

export type Statusovergang = { readonly toegestaan: true } | { readonly toegestaan: false; readonly melding: string };

/**
 * Reserving holds a dwelling back (e.g. for a candidate being discussed) without
 * offering it; withdrawing takes it off the list. While a case has it on offer or
 * let, the case owns the status: ending the offer there keeps case and dwelling in step.
 */
const OVERGANGEN: Readonly<Record<WoningStatus, readonly HandmatigeStatus[]>> = {
  beschikbaar: ['gereserveerd', 'ingetrokken'],
  gereserveerd: ['beschikbaar', 'ingetrokken'],
  ingetrokken: ['beschikbaar'],
  aangeboden: [],
  verhuurd: [],
};

export function beoordeelStatusovergang(van: WoningStatus, naar: HandmatigeStatus): Statusovergang {
  if (van === 'aangeboden') {
    return { toegestaan: false, melding: 'Deze woning is aangeboden aan een kandidaat. Beëindig eerst de aanbieding in de zaak (intrekken, weigeren of accepteren); daarna volgt de status van de woning uit de zaak.' };
  }
  if (van === 'verhuurd') {
    return { toegestaan: false, melding: 'Deze woning is verhuurd via een plaatsing in een zaak; de status kan hier niet meer worden gewijzigd.' };
  }
  if (van === naar) {
    return { toegestaan: false, melding: `De woning is al ${WONING_STATUS_LABEL[van].toLowerCase()}.` };
  }
  if (!OVERGANGEN[van].includes(naar)) {
    return { toegestaan: false, melding: `Een ${WONING_STATUS_LABEL[van].toLowerCase()} woning kan niet direct ${WONING_STATUS_LABEL[naar].toLowerCase()} worden. Maak haar eerst weer beschikbaar.` };
  }
  return { toegestaan: true };
}

/** What the web may offer for a status: the targets beoordeelStatusovergang allows. */
export function mogelijkeStatussen(van: WoningStatus): readonly HandmatigeStatus[] {
  return OVERGANGEN[van];
}
