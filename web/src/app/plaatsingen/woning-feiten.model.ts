import type { VeldFout } from '../core/api.models';

/** The dwelling facts both placement forms ask (the dwelling is not in Woonstart). */
export interface WoningFeitenForm {
  gemeenteCbs: string;
  wijkCode: string;
  adres: string;
  huurprijs: number | null;
  ingangsdatum: string;
}

const leeg = (v: unknown): boolean => v === null || v === undefined || String(v).trim() === '';

export function controleerWoningFeiten(f: WoningFeitenForm): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (!f.gemeenteCbs) fouten.push({ veld: 'gemeenteCbs', melding: 'Kies de gemeente van de woning.' });
  if (!f.adres.trim()) fouten.push({ veld: 'adres', melding: 'Vul het adres van de woning in.' });
  const huur = Number(f.huurprijs);
  if (leeg(f.huurprijs) || !Number.isFinite(huur) || huur < 100 || huur > 3000) fouten.push({ veld: 'huurprijs', melding: 'Vul de kale huur in euro in (tussen 100 en 3000).' });
  if (!f.ingangsdatum) fouten.push({ veld: 'ingangsdatum', melding: 'Vul de ingangsdatum van het huurcontract in.' });
  return fouten;
}

export function woningFeitenBody(f: WoningFeitenForm): Record<string, string | number> {
  return {
    gemeenteCbs: f.gemeenteCbs,
    ...(f.wijkCode ? { wijkCode: f.wijkCode } : {}),
    adres: f.adres.trim(),
    huurprijs: Math.round(Number(f.huurprijs) * 100) / 100,
    ingangsdatum: f.ingangsdatum,
  };
}

export function legeWoningFeiten(gemeenteCbs: string, vandaag: string): WoningFeitenForm {
  return { gemeenteCbs, wijkCode: '', adres: '', huurprijs: null, ingangsdatum: vandaag };
}
