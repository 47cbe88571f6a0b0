import type { Rol } from '@woonstart/domain';

/** Seeded demo users (db/src/seed/seed-data.ts) the integration specs log in as. */
export const GEBRUIKER = {
  zorgParnassia: 'zorg@parnassia.demo',
  zorgKessler: 'zorg@kessler.demo',
  /** Gemeente Den Haag (werkgebied 0518): registers applications of self-applicants (MED, MZ, SOCIAAL, …). */
  intakeDenHaag: 'intake@denhaag.demo',
  /** Gemeente Delft (werkgebied 0503). */
  intakeDelft: 'intake@delft.demo',
  /** Proposes decisions in the journeys. */
  commissie: 'commissie@haaglanden.demo',
  /** The second commissielid: approves what `commissie` proposed (four eyes). */
  commissie2: 'commissie2@haaglanden.demo',
  arts: 'arts@haaglanden.demo',
  /** Werkgebied Den Haag (0518) and Wassenaar (0629). */
  staedion: 'corporatie@staedion.demo',
  /** Werkgebied Delft (0503) and Midden-Delfland (1842). */
  woonbron: 'corporatie@woonbron.demo',
  /** Werkgebied Zoetermeer (0637) and Pijnacker-Nootdorp (1926). */
  goedeWoning: 'corporatie@goedewoning.demo',
  coordinator: 'coordinator@haaglanden.demo',
  beheerder: 'beheer@haaglanden.demo',
} as const;

export type DemoEmail = (typeof GEBRUIKER)[keyof typeof GEBRUIKER];

/** One representative user per role. */
export const EMAIL_PER_ROL: Readonly<Record<Rol, DemoEmail>> = {
  zorgmedewerker: GEBRUIKER.zorgParnassia,
  gemeentemedewerker: GEBRUIKER.intakeDenHaag,
  commissielid: GEBRUIKER.commissie,
  medischAdviseur: GEBRUIKER.arts,
  corporatiemedewerker: GEBRUIKER.staedion,
  regiocoordinator: GEBRUIKER.coordinator,
  beheerder: GEBRUIKER.beheerder,
};

/** The actor name of the durable jobs (api/src/taken/taak.worker.ts) in the timeline. */
export const SYSTEEM_NAAM = 'Woonstart (termijnbewaking)';

/** Display names as seeded, for timeline assertions. */
export const NAAM: Readonly<Partial<Record<DemoEmail, string>>> = {
  [GEBRUIKER.zorgParnassia]: 'Sanne de Vries',
  [GEBRUIKER.zorgKessler]: 'Mohamed El Amrani',
  [GEBRUIKER.intakeDenHaag]: 'Lisa Verbeek',
  [GEBRUIKER.intakeDelft]: 'Ruben Koster',
  [GEBRUIKER.commissie]: 'Pieter Jansen',
  [GEBRUIKER.commissie2]: 'Noor Bakker',
  [GEBRUIKER.arts]: 'Dr. Lotte Visser',
  [GEBRUIKER.staedion]: 'Kees Mulder',
  [GEBRUIKER.woonbron]: 'Anouk Smit',
  [GEBRUIKER.goedeWoning]: 'Bram de Graaf',
};

/** The gemeente user who registers a self-applicant's application for a behandelende gemeente (CBS code). */
export const INTAKE_VOOR_GEMEENTE: Readonly<Record<string, DemoEmail>> = {
  '0518': GEBRUIKER.intakeDenHaag,
  '0503': GEBRUIKER.intakeDelft,
};

/** Which demo corporatie works in a gemeente (CBS code), for offers in the journeys. */
export const CORPORATIE_VOOR_GEMEENTE: Readonly<Record<string, DemoEmail>> = {
  '0518': GEBRUIKER.staedion,
  '0629': GEBRUIKER.staedion,
  '0503': GEBRUIKER.woonbron,
  '1842': GEBRUIKER.woonbron,
  '0637': GEBRUIKER.goedeWoning,
  '1926': GEBRUIKER.goedeWoning,
};
