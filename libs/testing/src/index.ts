// Test utilities shared by the api's specs and the browser tests. Never imported by shipped code.
export * from './lib/pdf-tekst';
export * from './lib/minimale-pdf';
