import type { BriefAlinea } from './brief.model';
import { regels } from './brief-tekst.util';

/** The person a letter is addressed to: the name and, if known, the postal address lines. */
export interface Geadresseerde {
  naam: string;
  adresregels?: string[];
}

/** The college decides (the committee only advises), so letters come from and are signed for the college. */
export function afzenderCollege(gemeente: string): string[] {
  return [`Gemeente ${gemeente}`, 'College van burgemeester en wethouders'];
}

export function ondertekeningCollege(gemeente: string): string[] {
  return ['Met vriendelijke groet,', `burgemeester en wethouders van ${gemeente},`, 'namens dezen,'];
}

export function aanGeadresseerde(aan: Geadresseerde): string[] {
  return regels(aan.naam, ...(aan.adresregels ?? []));
}

export function aanhef(naam: string): BriefAlinea {
  return { tekst: [`Geachte ${naam.trim()},`] };
}

export function vragen(kenmerk: string): BriefAlinea {
  return {
    kop: 'Vragen',
    tekst: [`Hebt u vragen over deze brief? Neem dan contact met ons op en noem het kenmerk ${kenmerk}.`],
  };
}
