export * from './actor.model';
export * from './nieuwe-zaak.model';
export * from './zaak-command';
export * from './create-zaak';
