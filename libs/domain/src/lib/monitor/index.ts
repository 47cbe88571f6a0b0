export * from './doorlooptijd.rule';
export * from './monitor-filter.model';
export * from './tekort.rule';
export * from './verschuiving.rule';
export * from './scenario.rule';
export * from './scenario.data';
