import { addDays } from '../datum.util';
import { formatDatumNl } from './datum-nl.util';
import { feestdagOp, isWerkdag } from './feestdagen.rule';
import { eisIsoDatum } from './kalender.util';
import type { ExtraVrijeDag } from './termijn.model';

export interface Werkdagverschuiving {
  /** The day the term really ends: `van` itself when that is a working day. */
  readonly datum: string;
  /** The day the term would have ended without the Algemene termijnenwet. */
  readonly van: string;
  readonly verschoven: boolean;
  /** Holidays passed over after `van` (weekends are not listed), by name. */
  readonly ookOvergeslagen: readonly string[];
  /** 'zaterdag 8 maart 2025 → maandag 10 maart 2025 (Algemene termijnenwet)', or null. */
  readonly reden: string | null;
}

/** 'zaterdag 8 maart 2025', or 'Tweede Paasdag, maandag 21 april 2025' for a holiday. */
export function beschrijfDag(datum: string, extra: readonly ExtraVrijeDag[] = []): string {
  const feestdag = feestdagOp(datum, extra);
  return feestdag ? `${feestdag.naam}, ${formatDatumNl(datum)}` : formatDatumNl(datum);
}

/**
 * Algemene termijnenwet art. 1 lid 1: a statutory term that would end on a
 * Saturday, Sunday or general holiday runs on to the next day that is none of
 * these. Only the end of a term moves; the caller decides which dates are ends
 * of terms.
 */
export function verschuifNaarWerkdag(datum: string, extra: readonly ExtraVrijeDag[] = []): Werkdagverschuiving {
  eisIsoDatum(datum, 'Einddatum van de termijn');
  if (isWerkdag(datum, extra)) return { datum, van: datum, verschoven: false, ookOvergeslagen: [], reden: null };
  const ookOvergeslagen: string[] = [];
  let dag = addDays(datum, 1);
  while (!isWerkdag(dag, extra)) {
    const feestdag = feestdagOp(dag, extra);
    if (feestdag) ookOvergeslagen.push(feestdag.naam);
    dag = addDays(dag, 1);
  }
  return { datum: dag, van: datum, verschoven: true, ookOvergeslagen, reden: `${beschrijfDag(datum, extra)} → ${formatDatumNl(dag)} (${atwBron(ookOvergeslagen)})` };
}

/** The ledger wording of a shift: 'verschoven van … naar … (Algemene termijnenwet)'. */
export function verschuivingsregel(v: Werkdagverschuiving, extra: readonly ExtraVrijeDag[] = []): string {
  return `verschoven van ${beschrijfDag(v.van, extra)} naar ${formatDatumNl(v.datum)} (${atwBron(v.ookOvergeslagen)})`;
}

function atwBron(ookOvergeslagen: readonly string[]): string {
  return ookOvergeslagen.length === 0 ? 'Algemene termijnenwet' : `Algemene termijnenwet; ook ${opsomming(ookOvergeslagen)}`;
}

/** 'a', 'a en b', 'a, b en c'. */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}
