import { addDays, isRegioGemeente, regioGemeente, todayIso, type Urgentiecategorie } from '@woonstart/domain';
import type { Aanvraaggegevens } from '@woonstart/domain';
import type { BesluitvoorstelPayload } from '@woonstart/workflow';

export interface GemeenteFixture {
  readonly cbsCode: string;
  readonly naam: string;
}

export const DEN_HAAG: GemeenteFixture = { cbsCode: '0518', naam: 'Den Haag' };
export const DELFT: GemeenteFixture = { cbsCode: '0503', naam: 'Delft' };
export const ZOETERMEER: GemeenteFixture = { cbsCode: '0637', naam: 'Zoetermeer' };
export const WASSENAAR: GemeenteFixture = { cbsCode: '0629', naam: 'Wassenaar' };
export const RIJSWIJK: GemeenteFixture = { cbsCode: '0603', naam: 'Rijswijk' };
/** Four eyes is off here by policy (seeded `beleid`): one commissielid may propose and approve. */
export const MIDDEN_DELFLAND: GemeenteFixture = { cbsCode: '1842', naam: 'Midden-Delfland' };

export interface ZaakFixtureOpties {
  readonly categorie?: Urgentiecategorie;
  /** Gemeente handling the application; defaults to the herkomst when that lies in the region, else Den Haag. */
  readonly behandelendeGemeente?: string;
  /** Where the applicant lived (woonadres) the day before admission: the herkomst proposal (rule R1). */
  readonly herkomst?: GemeenteFixture;
  readonly achternaam?: string;
  /** Whether the applicant accepted support (directe bemiddeling needs it); default true. */
  readonly begeleidingAkkoord?: boolean;
  /**
   * A self-applicant as a gemeente registers one: living at home (woonadres in the
   * behandelende gemeente up to now), no admission, so no herkomst proposal (R3).
   */
  readonly zelfmelder?: boolean;
}

/** A date `n` days before today (yyyy-mm-dd). */
export const dagenGeleden = (n: number): string => addDays(todayIso(), -n);
/** A date `n` days after today (yyyy-mm-dd). */
export const dagenVanaf = (n: number): string => addDays(todayIso(), n);

let volgnummer = 0;

/**
 * A complete, valid POST /zaken body: a woonadres in the herkomstgemeente up to
 * the day before a running admission, so the herkomst proposal is unambiguous.
 */
export function geldigeZaak(opties: ZaakFixtureOpties = {}): Aanvraaggegevens {
  volgnummer += 1;
  const herkomst = opties.herkomst ?? DEN_HAAG;
  const behandelend = opties.behandelendeGemeente ?? (isRegioGemeente(herkomst.cbsCode) ? herkomst.cbsCode : DEN_HAAG.cbsCode);
  const opnameVan = dagenGeleden(400);
  const inschrijvingen: Aanvraaggegevens['inschrijvingen'] = opties.zelfmelder
    ? [
        { gemeenteCbs: herkomst.cbsCode, gemeenteNaam: herkomst.naam, adrestype: 'woonadres', van: '2012-06-01', tot: addDays(opnameVan, -1) },
        { gemeenteCbs: behandelend, gemeenteNaam: regioGemeente(behandelend)?.naam ?? behandelend, adrestype: 'woonadres', van: opnameVan, tot: null },
      ]
    : [
        { gemeenteCbs: herkomst.cbsCode, gemeenteNaam: herkomst.naam, adrestype: 'woonadres', van: '2012-06-01', tot: addDays(opnameVan, -1) },
        { gemeenteCbs: behandelend, gemeenteNaam: regioGemeente(behandelend)?.naam ?? behandelend, adrestype: 'instelling', van: opnameVan, tot: null },
      ];
  return {
    categorie: opties.categorie ?? 'BW',
    behandelendeGemeente: behandelend,
    aanvrager: {
      voornamen: 'Testa',
      achternaam: opties.achternaam ?? `Integratie-${volgnummer}`,
      geboortedatum: '1990-05-17',
      email: 'testa@example.org',
      telefoon: '0612345678',
    },
    woonnetInschrijfnummer: `WN-IT-${volgnummer}`,
    huishouden: [{ relatie: 'kind', naam: 'Kim Integratie', geboortedatum: '2015-03-01' }],
    inschrijvingen,
    opnames: opties.zelfmelder ? [] : [{ instelling: 'Parnassia Groep, kliniek Den Haag', van: opnameVan, tot: null }],
    ondersteuningsplan: 'Ambulante begeleiding twee keer per week; schuldhulpverlening loopt.',
    begeleidingAkkoord: opties.begeleidingAkkoord ?? true,
    woonwensen: 'Twee kamers, prikkelarme omgeving.',
    aantalKamersMin: 2,
  };
}

// ---------------------------------------------------------------------------
// Payloads of the version-2 toetsing: the full weighing, decision proposals, medical advice.

export type Oordeel = 'voor' | 'tegen' | 'neutraal';
export type Criterium = 'perspectief' | 'netwerk' | 'werkDagbesteding' | 'ondersteuning' | 'justitieel';
export type KandidaatBron = 'herkomst' | 'commissie' | 'wensClient';
export const CRITERIA: readonly Criterium[] = ['perspectief', 'netwerk', 'werkDagbesteding', 'ondersteuning', 'justitieel'];

export interface Bevinding { bevinding: string; oordeel: Oordeel }
export interface WegingKandidaat { gemeenteCbs: string; bron: KandidaatBron; criteria: Record<Criterium, Bevinding> }

const BEVINDING: Readonly<Record<Criterium, string>> = {
  perspectief: 'Cliënt wil hier een nieuwe start maken.',
  netwerk: 'Zus en vrienden wonen in de buurt en steunen.',
  werkDagbesteding: 'Dagbesteding bij de kringloop loopt hier.',
  ondersteuning: 'Ambulante begeleiding is hier geregeld.',
  justitieel: 'Geen maatregelen of gebiedsverboden.',
};

/** A finding on each of the five criteria: all `oordeel`, justitieel neutraal. */
export function criteria(oordeel: Oordeel = 'voor'): Record<Criterium, Bevinding> {
  return Object.fromEntries(CRITERIA.map((c) => [c, { bevinding: BEVINDING[c], oordeel: c === 'justitieel' ? 'neutraal' : oordeel }])) as Record<Criterium, Bevinding>;
}

export function kandidaat(gemeenteCbs: string, bron: KandidaatBron, oordeel: Oordeel = 'voor'): WegingKandidaat {
  return { gemeenteCbs, bron, criteria: criteria(oordeel) };
}

/** The motivation brengNaar records with the weighing (the role matrix looks for it in the timeline). */
export const WEGING_MOTIVERING = 'Netwerk en dagbesteding liggen in deze gemeente.';

export interface WegingOpties {
  /** The established herkomstgemeente: always the first candidate. */
  readonly herkomst: string;
  /** The doelgemeente (default the herkomst); when it differs it is added as a commissie candidate. */
  readonly doel?: string;
  /** Default WEGING_MOTIVERING; null leaves it out. */
  readonly motivering?: string | null;
  /** Further candidates after the herkomst and the doel. */
  readonly extra?: readonly WegingKandidaat[];
  readonly wensClient?: string;
}

/**
 * A complete, valid WEGING_VASTLEGGEN payload (version 2, checked by beoordeelWeging):
 * the herkomst first, the doelgemeente among the candidates with more for than against.
 */
export function volledigeWeging(opties: WegingOpties): { gemeenteCbs: string; motivering?: string; wensClient?: string; kandidaten: WegingKandidaat[] } {
  const doel = opties.doel ?? opties.herkomst;
  const kandidaten = [kandidaat(opties.herkomst, 'herkomst', doel === opties.herkomst ? 'voor' : 'tegen')];
  if (doel !== opties.herkomst) kandidaten.push(kandidaat(doel, 'commissie', 'voor'));
  kandidaten.push(...(opties.extra ?? []));
  const motivering = opties.motivering === undefined ? WEGING_MOTIVERING : opties.motivering;
  return {
    gemeenteCbs: doel,
    kandidaten,
    ...(motivering === null ? {} : { motivering }),
    ...(opties.wensClient ? { wensClient: opties.wensClient } : {}),
  };
}

/** The motivation brengNaar gives with a bemiddeling proposal (the role matrix looks for it). */
export const BEMIDDELING_MOTIVERING = 'Uitstroom met begeleiding: directe bemiddeling.';

/** A BESLUIT_VOORSTELLEN payload (a type alias, so it also passes as a plain payload record). */
export type Voorstel = { [K in keyof BesluitvoorstelPayload]: BesluitvoorstelPayload[K] };

export const voorstelBemiddeling = (motivering = BEMIDDELING_MOTIVERING): Voorstel => ({ uitkomst: 'toekennen', route: 'bemiddeling', motivering });

export const voorstelZelfZoeken = (gemeenten: readonly string[], motivering = 'Kan met urgentieverklaring zelf zoeken.'): Voorstel => ({
  uitkomst: 'toekennen', route: 'zelfZoeken', geldigheidMaanden: 3,
  zoekprofiel: { gemeenten: [...gemeenten], woningtypen: ['Appartement', 'Studio'], maxHuur: null }, motivering,
});

export const voorstelAfwijzing = (opties: { gronden?: string[]; steuntOpFeitenNietVanAanvrager?: boolean; motivering?: string } = {}): Voorstel => ({
  uitkomst: 'afwijzen',
  gronden: opties.gronden ?? ['BINNEN_DRIE_MAANDEN_ZELF'],
  motivering: opties.motivering ?? 'Aanvrager kan binnen drie maanden zelf woonruimte vinden.',
  ...(opties.steuntOpFeitenNietVanAanvrager === undefined ? {} : { steuntOpFeitenNietVanAanvrager: opties.steuntOpFeitenNietVanAanvrager }),
});

/** Medical details: special-category data that may only ever be read through GET /zaken/:id/medisch-advies. */
export const MEDISCHE_DETAILS = 'Ernstige COPD met zuurstofgebruik; traplopen niet mogelijk (testdossier).';

export const medischAdvies = (opties: { urgent?: boolean; woonvereisten?: string[]; details?: string } = {}) => ({
  urgentOpMedischeGronden: opties.urgent ?? true,
  woonvereisten: opties.woonvereisten ?? ['gelijkvloers', 'nultreden'],
  details: opties.details ?? MEDISCHE_DETAILS,
});
