// Explicit exports: the text helpers stay internal so their names never clash with other rules in the domain index.
export type { Brief, BriefAlinea } from './brief.model';
export type { Geadresseerde } from './brief-onderdelen.util';
export { datumInWoorden, bedragInEuro } from './brief-tekst.util';
export { stelBesluitbriefOp, type BesluitbriefInput, type Besluitroute, type Besluituitkomst } from './besluitbrief.rule';
export { stelBezwaarbeslissingOp, type BezwaarbeslissingInput, type Bezwaaruitkomst } from './bezwaarbeslissing.rule';
export { stelNotulenOp, telStemming, type NotulenInput, type NotulenZaak, type Standpunt, type Stemming } from './notulen.rule';
export * from './jaarrapportage.rule';
