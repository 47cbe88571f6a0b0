export * from './actor.model';
export * from './zaak-command';
export * from './create-zaak';
export * from './termijn';
export * from './taken';
