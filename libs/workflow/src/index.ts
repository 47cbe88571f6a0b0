export * from './lib/zaak-events.model';
export * from './lib/zaak-status.model';
export * from './lib/zaak.machine';
export * from './lib/zaak.runtime';
export * from './lib/zaak.diagram';
export * from './lib/zaak-tags';
export * from './lib/zaak-v1.machine';
export * from './lib/zaak-documenten';
