export * from './prng.util';
export * from './simulatie.model';
export * from './simulatie-generator';
export * from './simulatie.rule';
