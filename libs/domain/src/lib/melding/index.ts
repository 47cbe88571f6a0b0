export * from './melding.rule';
