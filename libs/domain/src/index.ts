export * from './lib/gemeente.data';
export * from './lib/urgentiecategorie.model';
export * from './lib/rol.model';
export * from './lib/inschrijving.model';
export * from './lib/datum.util';
export * from './lib/herkomstgemeente.rule';
export * from './lib/beslistermijn.rule';
export * from './lib/woonstart-fout.error';
