import type { Rol } from '@woonstart/domain';

/** Gemeenten outside the region that appear in demo registration histories (herkomst may lie outside). */
export const GEMEENTEN_BUITEN_REGIO = [
  { cbsCode: '0546', naam: 'Leiden' },
  { cbsCode: '0599', naam: 'Rotterdam' },
  { cbsCode: '0363', naam: 'Amsterdam' },
  { cbsCode: '0344', naam: 'Utrecht' },
  { cbsCode: '0484', naam: 'Alphen aan den Rijn' },
];

export const TOETSINGSCOMMISSIE = 'Toetsingscommissie Haaglanden';
export const REGIO = 'Regio Haaglanden';

/** Corporaties with their werkgebied (CBS codes). Demo data, loosely after the SVH members. */
export const CORPORATIES: ReadonlyArray<{ naam: string; werkgebied: string[] }> = [
  { naam: 'Staedion', werkgebied: ['0518', '0629'] },
  { naam: 'Haag Wonen', werkgebied: ['0518', '0603'] },
  { naam: 'Woonbron Delft', werkgebied: ['0503', '1842'] },
  { naam: 'Vidomes', werkgebied: ['0503', '1916', '1926'] },
  { naam: 'Arcade Wonen', werkgebied: ['1783', '1842'] },
  { naam: 'De Goede Woning', werkgebied: ['0637', '1926'] },
  { naam: 'Rijswijk Wonen', werkgebied: ['0603', '1916'] },
  { naam: 'Wassenaarsche Bouwstichting', werkgebied: ['0629', '1783', '0637'] },
];

/** Each regio gemeente is an organisatie too: its employees register the applications of self-applicants (werkgebied: itself). */
export const gemeenteOrganisatie = (naam: string): string => `Gemeente ${naam}`;

export const ZORGINSTELLINGEN = ['Parnassia Groep', 'Kessler Stichting', 'Limor', 'Jeugdformaat', 'Stichting Wende Vrouwenopvang'];

export interface SeedGebruiker {
  email: string;
  naam: string;
  rol: Rol;
  organisatie: string;
}

/** One user per role (and a second organisation for the scoping demos). */
export const GEBRUIKERS: readonly SeedGebruiker[] = [
  { email: 'zorg@parnassia.demo', naam: 'Sanne de Vries', rol: 'zorgmedewerker', organisatie: 'Parnassia Groep' },
  { email: 'zorg@kessler.demo', naam: 'Mohamed El Amrani', rol: 'zorgmedewerker', organisatie: 'Kessler Stichting' },
  { email: 'zorg@limor.demo', naam: 'Eva Bakker', rol: 'zorgmedewerker', organisatie: 'Limor' },
  { email: 'zorg@jeugdformaat.demo', naam: 'Joris van Dijk', rol: 'zorgmedewerker', organisatie: 'Jeugdformaat' },
  { email: 'zorg@wende.demo', naam: 'Fatima Yilmaz', rol: 'zorgmedewerker', organisatie: 'Stichting Wende Vrouwenopvang' },
  { email: 'intake@denhaag.demo', naam: 'Lisa Verbeek', rol: 'gemeentemedewerker', organisatie: gemeenteOrganisatie('Den Haag') },
  { email: 'intake@delft.demo', naam: 'Ruben Koster', rol: 'gemeentemedewerker', organisatie: gemeenteOrganisatie('Delft') },
  { email: 'commissie@haaglanden.demo', naam: 'Pieter Jansen', rol: 'commissielid', organisatie: TOETSINGSCOMMISSIE },
  { email: 'commissie2@haaglanden.demo', naam: 'Noor Bakker', rol: 'commissielid', organisatie: TOETSINGSCOMMISSIE },
  { email: 'arts@haaglanden.demo', naam: 'Dr. Lotte Visser', rol: 'medischAdviseur', organisatie: TOETSINGSCOMMISSIE },
  { email: 'corporatie@staedion.demo', naam: 'Kees Mulder', rol: 'corporatiemedewerker', organisatie: 'Staedion' },
  { email: 'corporatie@woonbron.demo', naam: 'Anouk Smit', rol: 'corporatiemedewerker', organisatie: 'Woonbron Delft' },
  { email: 'corporatie@goedewoning.demo', naam: 'Bram de Graaf', rol: 'corporatiemedewerker', organisatie: 'De Goede Woning' },
  { email: 'coordinator@haaglanden.demo', naam: 'Ingrid Hoekstra', rol: 'regiocoordinator', organisatie: REGIO },
  { email: 'beheer@haaglanden.demo', naam: 'Tom Vermeulen', rol: 'beheerder', organisatie: REGIO },
];

export const VOORNAMEN = ['Daan', 'Emma', 'Noah', 'Julia', 'Sem', 'Mila', 'Lucas', 'Tess', 'Finn', 'Sophie', 'Levi', 'Zoë', 'Milan', 'Nora', 'Adam', 'Yara', 'Omar', 'Lina', 'Ayoub', 'Fenna', 'Jesse', 'Sara', 'Thijs', 'Amira'];
export const ACHTERNAMEN = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Kaya', 'Öztürk', 'Boukhari', 'Pinas', 'Sedney', 'Nguyen'];
export const STRATEN = ['Laan van Meerdervoort', 'Hoefkade', 'Vaillantlaan', 'Oude Delft', 'Papsouwselaan', 'Herenstraat', 'Dorpsstraat', 'Rokkeveenseweg', 'Burgemeester Feithplein', 'Haagweg', 'Molenstraat', 'Kerkstraat'];
