import { telStemming } from '@woonstart/domain';
import type { StandpuntKeuze, StandpuntRegel, VergaderingStatus } from '../core/api.models';
import { formatDatumLang } from '../core/format';

/** Labels and small helpers shared by the meeting pages. */
export const STATUS_LABEL: Readonly<Record<VergaderingStatus, string>> = { gepland: 'Gepland', gesloten: 'Gesloten' };

export const STANDPUNT_LABEL: Readonly<Record<StandpuntKeuze, string>> = { voor: 'Voor', tegen: 'Tegen', onthouding: 'Onthouding' };

export const STANDPUNTEN: readonly StandpuntKeuze[] = ['voor', 'tegen', 'onthouding'];

/** 'dinsdag 8 december 2026'. */
export function vergaderdatum(iso: string): string {
  return formatDatumLang(iso);
}

/** '2 voor, 1 tegen, 0 onthoudingen'. */
export function telling(standpunten: readonly StandpuntRegel[]): string {
  const t = telStemming(standpunten.map((s) => ({ lid: s.lid, standpunt: s.standpunt })));
  return `${t.voor} voor, ${t.tegen} tegen, ${t.onthouding} ${t.onthouding === 1 ? 'onthouding' : 'onthoudingen'}`;
}
