export * from './huurgrenzen';
export * from './begrenzing';
export * from './registreer-plaatsing';
export * from './kandidaat';
