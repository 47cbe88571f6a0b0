import { isRegioGemeente } from '../gemeente.data';
import { WEGING_CRITERIA, type Oordeel, type WegingCriterium } from '../woonstartweging.model';

/**
 * "Naar herkomstgemeente, tenzij": how often the kansrijke-woonstart weighing
 * moved a case away from its herkomstgemeente, and which criteria spoke for the
 * gemeente the committee chose instead. Only cases with a herkomstgemeente in
 * the region can be moved: for a herkomst outside the region (or unknown) the
 * woonstart can never be the herkomst, so they are not counted here.
 */

/** What the monitor reads of one (latest) weighing of a case. */
export interface GewogenZaak {
  readonly herkomstgemeente: string | null;
  readonly doelgemeente: string;
  /** The candidates with their criteria as stored; a version-1 weighing has none. */
  readonly kandidaten: ReadonlyArray<{
    readonly gemeenteCbs: string;
    readonly criteria?: Partial<Readonly<Record<string, { readonly oordeel?: Oordeel | string } | undefined>>>;
  }>;
  /**
   * How many alike weighed cases this row stands for; 1 when absent. The monitor's
   * SQL groups the cases by herkomst, doelgemeente and deciding criteria.
   */
  readonly aantal?: number;
}

export interface VerschuivingPerHerkomst {
  readonly herkomstgemeente: string;
  readonly gewogen: number;
  readonly verschoven: number;
  /** Share moved, in % with one decimal; null when nothing was weighed. */
  readonly aandeel: number | null;
}

export interface CriteriumTelling {
  readonly criterium: WegingCriterium;
  /** Moves in which this criterion spoke for ('voor') the chosen gemeente. */
  readonly aantal: number;
  /** Share of all moves, in % with one decimal; null without moves. */
  readonly aandeel: number | null;
}

export interface Verschuivingen {
  readonly perHerkomst: readonly VerschuivingPerHerkomst[];
  readonly gewogen: number;
  readonly verschoven: number;
  readonly aandeel: number | null;
  readonly criteria: readonly CriteriumTelling[];
  /** Moves recorded without candidates (version-1 weighings): counted as moves, without criteria. */
  readonly zonderCriteria: number;
}

const procent = (deel: number, geheel: number): number | null => (geheel === 0 ? null : Math.round((1000 * deel) / geheel) / 10);
/** The number of weighed cases in `zaken`, each row weighing its `aantal`. */
const tel = (zaken: readonly GewogenZaak[]): number => zaken.reduce((n, z) => n + (z.aantal ?? 1), 0);

export function isVerschoven(zaak: GewogenZaak): boolean {
  return !!zaak.herkomstgemeente && isRegioGemeente(zaak.herkomstgemeente) && zaak.doelgemeente !== zaak.herkomstgemeente;
}

/** The criteria judged 'voor' for the chosen gemeente in this weighing. */
export function beslissendeCriteria(zaak: GewogenZaak): WegingCriterium[] {
  const gekozen = zaak.kandidaten.find((k) => k.gemeenteCbs === zaak.doelgemeente);
  return WEGING_CRITERIA.filter((c) => gekozen?.criteria?.[c]?.oordeel === 'voor');
}

/**
 * Counts per herkomstgemeente (in the order given, so every gemeente of the
 * filter has a row, also with nothing weighed) and the deciding criteria.
 */
export function telVerschuivingen(zaken: readonly GewogenZaak[], herkomstgemeenten: readonly string[]): Verschuivingen {
  const inRegio = zaken.filter((z) => z.herkomstgemeente && herkomstgemeenten.includes(z.herkomstgemeente));
  const verschoven = inRegio.filter(isVerschoven);
  const perHerkomst = herkomstgemeenten.map((herkomstgemeente) => {
    const gewogen = tel(inRegio.filter((z) => z.herkomstgemeente === herkomstgemeente));
    const weg = tel(verschoven.filter((z) => z.herkomstgemeente === herkomstgemeente));
    return { herkomstgemeente, gewogen, verschoven: weg, aandeel: procent(weg, gewogen) };
  });
  const telling = new Map<WegingCriterium, number>(WEGING_CRITERIA.map((c) => [c, 0]));
  for (const z of verschoven) for (const c of beslissendeCriteria(z)) telling.set(c, (telling.get(c) ?? 0) + (z.aantal ?? 1));
  const aantalVerschoven = tel(verschoven);
  return {
    perHerkomst,
    gewogen: tel(inRegio),
    verschoven: aantalVerschoven,
    aandeel: procent(aantalVerschoven, tel(inRegio)),
    criteria: WEGING_CRITERIA.map((criterium) => ({ criterium, aantal: telling.get(criterium) ?? 0, aandeel: procent(telling.get(criterium) ?? 0, aantalVerschoven) })),
    zonderCriteria: tel(verschoven.filter((z) => z.kandidaten.length === 0)),
  };
}
