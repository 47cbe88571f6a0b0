export * from './entities';
export { MIGRATIONS } from './migrations';
export * from './data-source';
export * from './embedded-postgres';
export * from './zaak';
export * from './seed/seed';
export * from './document/document-opslag';
export * from './audit/auditlog';
export * from './plaatsing';
