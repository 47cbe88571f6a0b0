import { addDays, addYears, ageOn } from './datum.util';
import { formatDatumNl } from './awb/datum-nl.util';
import { ADRESTYPE_LABEL, Inschrijving } from './inschrijving.model';

/** Dates in reasons read as a letter quotes them: '1 juni 2024'. */
const d = (iso: string) => formatDatumNl(iso, 'datum');

/** A stay in an institution (Opname); `tot` is null while it runs. */
export interface Opname {
  readonly van: string;
  readonly tot: string | null;
}

export type HerkomstRegel = 'R1' | 'R2' | 'R3';
export type HerkomstVlag = 'KORT_VERBLIJF' | 'MINDERJARIG_BIJ_OPNAME' | 'GEEN_OPNAME' | 'OVERLAPPENDE_WOONADRESSEN';

export interface Herkomstvoorstel {
  readonly gemeenteCbs: string | null;
  readonly gemeenteNaam: string | null;
  readonly regel: HerkomstRegel;
  /** Start of the uninterrupted chain of institution stays ending in the current one. */
  readonly peildatum: string | null;
  readonly vensterVan: string | null;
  /** Index in the input history of the registration that decided, if any. */
  readonly beslissendeInschrijving: number | null;
  readonly redenen: readonly string[];
  readonly vlaggen: readonly HerkomstVlag[];
}

const covers = (i: Inschrijving, day: string) => i.van <= day && (i.tot === null || i.tot >= day);
const overlaps = (i: Inschrijving, from: string, toExclusive: string) =>
  i.van < toExclusive && (i.tot === null || i.tot >= from);

/**
 * T: walk back from the most recent stay while the previous one ends at most a
 * day before the next one starts. Stays come from the Opnames, or, when none are
 * given, from the instelling registrations.
 */
export function chainStart(stays: readonly Opname[]): string | null {
  if (stays.length === 0) return null;
  const sorted = [...stays].sort((a, b) => a.van.localeCompare(b.van));
  let start = sorted[sorted.length - 1].van;
  // No early break: a short stay nested in a longer one (a crisis admission during
  // beschermd wonen) ends before the chain starts, yet the longer stay still joins it.
  for (let i = sorted.length - 2; i >= 0; i--) {
    const prevEnd = sorted[i].tot;
    if (prevEnd === null || prevEnd >= addDays(start, -1)) {
      if (sorted[i].van < start) start = sorted[i].van;
    }
  }
  return start;
}

/**
 * Herkomstgemeente proposal by the VNG woonplaatsbeginsel definition:
 * R1 the woonadres on the day before T; R2 otherwise the most recent woonadres in
 * the five years before T; R3 otherwise no proposal. Briefadres and buitenland never decide.
 */
export function bepaalHerkomstgemeente(input: {
  inschrijvingen: readonly Inschrijving[];
  opnames: readonly Opname[];
  geboortedatum: string | null;
}): Herkomstvoorstel {
  const stays = input.opnames.length > 0
    ? input.opnames
    : input.inschrijvingen.filter((i) => i.adrestype === 'instelling').map((i) => ({ van: i.van, tot: i.tot }));
  const t = chainStart(stays);
  if (t === null) {
    return {
      gemeenteCbs: null, gemeenteNaam: null, regel: 'R3', peildatum: null, vensterVan: null,
      beslissendeInschrijving: null,
      redenen: ['Er is geen opname of instellingsinschrijving bekend, dus geen peildatum: de commissie beoordeelt de herkomst.'],
      vlaggen: ['GEEN_OPNAME'],
    };
  }
  const dagVoorT = addDays(t, -1);
  const vensterVan = addYears(t, -5);
  const indexed = input.inschrijvingen.map((inschrijving, index) => ({ inschrijving, index }));
  const woonadressen = indexed.filter(({ inschrijving }) => inschrijving.adrestype === 'woonadres');

  // "Most recent" = the registration that ended last (an open one last of all), then the one that started last:
  // independent of input order, and a short stay nested in a longer one does not win over it.
  const recentst = (lijst: typeof woonadressen) =>
    [...lijst].sort((a, b) => (b.inschrijving.tot ?? '9999-12-31').localeCompare(a.inschrijving.tot ?? '9999-12-31') || b.inschrijving.van.localeCompare(a.inschrijving.van))[0];
  const opDagVoorT = woonadressen.filter(({ inschrijving }) => covers(inschrijving, dagVoorT));
  const inVenster = woonadressen.filter(({ inschrijving }) => overlaps(inschrijving, vensterVan, t));
  const r1 = recentst(opDagVoorT);
  const r2 = r1 ? undefined : recentst(inVenster);
  const hit = r1 ?? r2;
  const redenen: string[] = [`Peildatum T (begin van de aaneengesloten opname) is ${d(t)}.`];
  const vlaggen: HerkomstVlag[] = [];

  if (input.geboortedatum && ageOn(input.geboortedatum, t) < 18) {
    vlaggen.push('MINDERJARIG_BIJ_OPNAME');
    redenen.push('De aanvrager was minderjarig op de peildatum: de commissie moet dit beoordelen.');
  }
  if (!hit) {
    const genegeerd = indexed.filter(({ inschrijving }) => inschrijving.adrestype !== 'woonadres' && inschrijving.adrestype !== 'instelling' && overlaps(inschrijving, vensterVan, t));
    if (genegeerd.length > 0) {
      redenen.push(`${genegeerd.length} inschrijving(en) als briefadres of in het buitenland tellen niet mee.`);
    }
    redenen.push(`Geen woonadres op ${d(dagVoorT)} en geen woonadres in de vijf jaar vóór T (vanaf ${d(vensterVan)}): geen voorstel, de commissie beoordeelt.`);
    return { gemeenteCbs: null, gemeenteNaam: null, regel: 'R3', peildatum: t, vensterVan, beslissendeInschrijving: null, redenen, vlaggen };
  }

  const { inschrijving, index } = hit;
  const overlappend = woonadressen.some((w) => w.index !== index && overlaps(w.inschrijving, inschrijving.van, addDays(inschrijving.tot ?? dagVoorT, 1)) && (r1 ? opDagVoorT : inVenster).includes(w));
  if (overlappend) {
    vlaggen.push('OVERLAPPENDE_WOONADRESSEN');
    redenen.push('Er zijn woonadressen die elkaar overlappen; het voorstel neemt het laatst geëindigde. De commissie moet dit beoordelen.');
  }
  if (r1) {
    redenen.push(`Op ${d(dagVoorT)}, de dag vóór de opname, stond de aanvrager met een woonadres ingeschreven in ${inschrijving.gemeenteNaam} (regel R1).`);
  } else {
    const label = ADRESTYPE_LABEL[input.inschrijvingen.find((i) => covers(i, dagVoorT))?.adrestype ?? 'woonadres'];
    redenen.push(`Op ${d(dagVoorT)} was er geen woonadres${input.inschrijvingen.some((i) => covers(i, dagVoorT)) ? ` (wel: ${label.toLowerCase()})` : ''}.`);
    redenen.push(`Het meest recente woonadres in de vijf jaar vóór T (vanaf ${d(vensterVan)}) was in ${inschrijving.gemeenteNaam} (regel R2).`);
  }
  const verblijfEinde = inschrijving.tot === null || inschrijving.tot >= t ? dagVoorT : inschrijving.tot;
  if (addYears(inschrijving.van, 1) > addDays(verblijfEinde, 1)) {
    vlaggen.push('KORT_VERBLIJF');
    redenen.push(`Het verblijf op dit woonadres duurde korter dan een jaar (${d(inschrijving.van)} t/m ${d(verblijfEinde)}): de commissie moet dit beoordelen.`);
  }
  return {
    gemeenteCbs: inschrijving.gemeenteCbs, gemeenteNaam: inschrijving.gemeenteNaam,
    regel: r1 ? 'R1' : 'R2', peildatum: t, vensterVan, beslissendeInschrijving: index, redenen, vlaggen,
  };
}
