export * from './woning.model';
export * from './kandidaat.model';
export * from './plafond.rule';
export * from './geschiktheid.rule';
export * from './huisvesting.rule';
