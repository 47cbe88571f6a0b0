export * from './actor.model';
export * from './zaak-command';
export * from './create-zaak';
