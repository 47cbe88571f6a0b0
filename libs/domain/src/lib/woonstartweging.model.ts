/**
 * The kansrijke-woonstart weighing record (principle 2 of the Regionale
 * Woonzorgvisie Haaglanden): per candidate gemeente the committee records a
 * finding and a judgement on five criteria, then chooses the gemeente where the
 * woonstart happens. The herkomstgemeente is always weighed first
 * ("naar herkomstgemeente, tenzij").
 */
export const WEGING_CRITERIA = ['perspectief', 'netwerk', 'werkDagbesteding', 'ondersteuning', 'justitieel'] as const;
export type WegingCriterium = (typeof WEGING_CRITERIA)[number];

export interface WegingCriteriumInfo {
  readonly code: WegingCriterium;
  readonly label: string;
  /** One line the committee sees next to the field: what to weigh. */
  readonly toelichting: string;
}

export const WEGING_CRITERIUM_INFO: Readonly<Record<WegingCriterium, WegingCriteriumInfo>> = {
  perspectief: {
    code: 'perspectief', label: 'Eigen perspectief',
    toelichting: 'Hoe kijkt de cliënt zelf naar een woonstart in deze gemeente, en is die wens goed onderbouwd?',
  },
  netwerk: {
    code: 'netwerk', label: 'Sociaal netwerk',
    toelichting: 'Is er in deze gemeente een positief netwerk van familie en vrienden dat de cliënt steunt?',
  },
  werkDagbesteding: {
    code: 'werkDagbesteding', label: 'Werk, dagbesteding of opleiding',
    toelichting: 'Heeft de cliënt in of nabij deze gemeente al werk, dagbesteding of een opleiding?',
  },
  ondersteuning: {
    code: 'ondersteuning', label: 'Lopende hulp en ondersteuning',
    toelichting: 'Lopen er hulp- of ondersteuningstrajecten (zoals schuldhulpverlening) die aan deze gemeente gebonden zijn?',
  },
  justitieel: {
    code: 'justitieel', label: 'Justitiële situatie',
    toelichting: 'Zijn er actuele criminele activiteiten of maatregelen (zoals een gebiedsverbod) die tegen of voor deze gemeente pleiten?',
  },
};

/** Whether a finding speaks for or against a woonstart in that gemeente. */
export const OORDELEN = ['voor', 'tegen', 'neutraal'] as const;
export type Oordeel = (typeof OORDELEN)[number];

export const OORDEEL_LABEL: Readonly<Record<Oordeel, string>> = {
  voor: 'Pleit voor deze gemeente',
  tegen: 'Pleit tegen deze gemeente',
  neutraal: 'Neutraal',
};

/** Why a gemeente is on the list of candidates. */
export const KANDIDAAT_BRONNEN = ['herkomst', 'commissie', 'wensClient'] as const;
export type KandidaatBron = (typeof KANDIDAAT_BRONNEN)[number];

export const KANDIDAAT_BRON_LABEL: Readonly<Record<KandidaatBron, string>> = {
  herkomst: 'herkomst',
  commissie: 'commissie',
  wensClient: 'wens cliënt',
};

export interface CriteriumBevinding {
  readonly bevinding: string;
  readonly oordeel: Oordeel;
}

export interface Kandidaatgemeente {
  readonly gemeenteCbs: string;
  readonly gemeenteNaam: string;
  readonly bron: KandidaatBron;
  readonly criteria: Readonly<Record<WegingCriterium, CriteriumBevinding>>;
}

export interface Woonstartweging {
  /** The herkomstgemeente first, when it is known. */
  readonly kandidaten: readonly Kandidaatgemeente[];
  /** The client's own wish, in the client's words or the counsellor's summary. */
  readonly wensClient: string | null;
  readonly doelgemeenteCbs: string;
  readonly motivering: string | null;
}
