import { addDays } from '../datum.util';
import { WoonstartFout } from '../woonstart-fout.error';
import { eisIsoDatum, isoUitDelen, jaarVan, weekdag } from './kalender.util';
import type { ExtraVrijeDag, Feestdag } from './termijn.model';

/**
 * General holidays of the Algemene termijnenwet (Atw) art. 3, computed for any
 * year from 2014 on. Before 2014 the monarch's birthday was Koninginnedag on
 * 30 April; that rule is not modelled, so earlier years are refused rather than
 * answered wrongly.
 */
export const EERSTE_FEESTDAGJAAR = 2014;
export const LAATSTE_FEESTDAGJAAR = 9999;

/**
 * Easter Sunday (Gregorian) by the anonymous algorithm of Meeus/Jones/Butcher.
 * Valid for every Gregorian year (1583 on).
 */
export function paasdatum(jaar: number): string {
  if (!Number.isInteger(jaar) || jaar < 1583 || jaar > 9999) {
    throw new WoonstartFout('ongeldig', `Pasen is alleen te berekenen voor een jaar in de gregoriaanse kalender (1583–9999), niet voor ${jaar}.`);
  }
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return isoUitDelen(jaar, maand, dag);
}

/** King's Day: 27 April, or Saturday 26 April when the 27th is a Sunday. */
function koningsdag(jaar: number): string {
  const zevenentwintig = isoUitDelen(jaar, 4, 27);
  return weekdag(zevenentwintig) === 0 ? isoUitDelen(jaar, 4, 26) : zevenentwintig;
}

/**
 * All general holidays of `jaar` in date order: the nine of Atw art. 3 lid 1 and
 * lid 2 (Goede Vrijdag), plus the `extra` days of that year (art. 3 lid 3). An
 * extra day that coincides with a statutory one is listed once, under the
 * statutory name.
 */
export function feestdagen(jaar: number, extra: readonly ExtraVrijeDag[] = []): Feestdag[] {
  if (!Number.isInteger(jaar) || jaar < EERSTE_FEESTDAGJAAR || jaar > LAATSTE_FEESTDAGJAAR) {
    throw new WoonstartFout(
      'ongeldig',
      `Feestdagen volgens de Algemene termijnenwet worden berekend voor ${EERSTE_FEESTDAGJAAR} tot en met ${LAATSTE_FEESTDAGJAAR}, niet voor ${jaar}.`,
    );
  }
  const pasen = paasdatum(jaar);
  const wettelijk: Feestdag[] = [
    { datum: isoUitDelen(jaar, 1, 1), naam: 'Nieuwjaarsdag', grondslag: 'Atw art. 3 lid 1' },
    { datum: addDays(pasen, -2), naam: 'Goede Vrijdag', grondslag: 'Atw art. 3 lid 2' },
    { datum: addDays(pasen, 1), naam: 'Tweede Paasdag', grondslag: 'Atw art. 3 lid 1' },
    { datum: koningsdag(jaar), naam: 'Koningsdag', grondslag: 'Atw art. 3 lid 1' },
    { datum: isoUitDelen(jaar, 5, 5), naam: 'Bevrijdingsdag', grondslag: 'Atw art. 3 lid 1' },
    { datum: addDays(pasen, 39), naam: 'Hemelvaartsdag', grondslag: 'Atw art. 3 lid 1' },
    { datum: addDays(pasen, 50), naam: 'Tweede Pinksterdag', grondslag: 'Atw art. 3 lid 1' },
    { datum: isoUitDelen(jaar, 12, 25), naam: 'Eerste Kerstdag', grondslag: 'Atw art. 3 lid 1' },
    { datum: isoUitDelen(jaar, 12, 26), naam: 'Tweede Kerstdag', grondslag: 'Atw art. 3 lid 1' },
  ];
  const bekend = new Set(wettelijk.map((f) => f.datum));
  const aanvullend: Feestdag[] = [];
  for (const dag of extra) {
    eisIsoDatum(dag.datum, `Extra vrije dag "${dag.naam}"`);
    if (jaarVan(dag.datum) !== jaar || bekend.has(dag.datum)) continue;
    bekend.add(dag.datum);
    aanvullend.push({ datum: dag.datum, naam: dag.naam, grondslag: 'Atw art. 3 lid 3' });
  }
  return [...wettelijk, ...aanvullend].sort((a, b) => a.datum.localeCompare(b.datum));
}

/** The general holiday on `datum`, or null. */
export function feestdagOp(datum: string, extra: readonly ExtraVrijeDag[] = []): Feestdag | null {
  eisIsoDatum(datum, 'Datum');
  return feestdagen(jaarVan(datum), extra).find((f) => f.datum === datum) ?? null;
}

/** A day on which an Atw term can end: not a Saturday, Sunday or general holiday. */
export function isWerkdag(datum: string, extra: readonly ExtraVrijeDag[] = []): boolean {
  const dag = weekdag(datum);
  return dag !== 0 && dag !== 6 && feestdagOp(datum, extra) === null;
}

/** The first working day strictly after `datum`. */
export function volgendeWerkdag(datum: string, extra: readonly ExtraVrijeDag[] = []): string {
  eisIsoDatum(datum, 'Datum');
  let dag = addDays(datum, 1);
  while (!isWerkdag(dag, extra)) dag = addDays(dag, 1);
  return dag;
}
