// Public API of the Awb clock. The decision term is exported as
// `berekenAwbBeslistermijn` to say which clock it is where it is used.
export type { ExtraVrijeDag, Feestdag, FeestdagGrondslag, TermijnRegel } from './termijn.model';
export { DAGNAMEN, MAANDNAMEN, MAANDNAMEN_KORT, formatDatumNl, formatPeriodeNl, type DatumVorm } from './datum-nl.util';
export { EERSTE_FEESTDAGJAAR, LAATSTE_FEESTDAGJAAR, feestdagOp, feestdagen, isWerkdag, paasdatum, volgendeWerkdag } from './feestdagen.rule';
export { beschrijfDag, verschuifNaarWerkdag, type Werkdagverschuiving } from './termijn.rule';
// Calendar months with the month end clamped (31 January + 1 month = 28/29 February).
export { plusMaanden } from './kalender.util';
export {
  BESLISTERMIJN_WEKEN_MAX,
  BESLISTERMIJN_WEKEN_MIN,
  BESLISTERMIJN_WEKEN_STANDAARD,
  VERDAGING_WEKEN_MAX_STANDAARD,
  type AwbBeslistermijn,
  type AwbBeslistermijnInvoer,
  type BeslistermijnStatus,
  type Opschorting,
  type Verdaging,
} from './beslistermijn.model';
export { berekenBeslistermijn as berekenAwbBeslistermijn, valideerOpschorting, valideerVerdaging } from './beslistermijn.rule';
export { HERSTELTERMIJN_DAGEN_MAX, HERSTELTERMIJN_DAGEN_MIN, HERSTELTERMIJN_DAGEN_STANDAARD, berekenHersteltermijn, type Hersteltermijn } from './hersteltermijn.rule';
export {
  BESLISTERMIJN_BEZWAAR_ADVIESCOMMISSIE_WEKEN,
  BESLISTERMIJN_BEZWAAR_WEKEN,
  BEZWAARTERMIJN_WEKEN,
  VERDAGING_BEZWAAR_WEKEN,
  berekenBeslistermijnBezwaar,
  berekenBezwaartermijn,
  isBezwaarTijdig,
  type BeslistermijnBezwaar,
  type BeslistermijnBezwaarInvoer,
  type BezwaarTijdigheid,
  type Bezwaartermijn,
} from './bezwaartermijn.rule';
export {
  URGENTIEVERKLARING_GELDIG_MAANDEN,
  VERLENGING_AANVRAGEN_DAGEN_NA_AFLOOP,
  geldigTot,
  verlengingMogelijkTot,
  type Geldigheid,
} from './urgentieverklaring.rule';
