/** Top-level states of a case; the status column in the database is a copy of one of these. */
export const ZAAK_STATUSSEN = [
  'concept', 'ingediend', 'toetsingHerkomst', 'wegingWoonstart', 'besluitvorming',
  'toegekend', 'intermediaireVerhuur', 'geplaatst', 'afgewezen', 'bezwaar', 'definitiefAfgewezen', 'ingetrokken', 'buitenBehandeling',
  'urgentieVervallen', 'plaatsingBeeindigd',
] as const;

export type ZaakStatus = (typeof ZAAK_STATUSSEN)[number];

/** Dutch labels for every state path users see (top-level and nested). */
export const STATE_LABEL: Readonly<Record<string, string>> = {
  concept: 'Concept',
  ingediend: 'Ingediend',
  'ingediend.ontvankelijkheid': 'Ingediend: ontvankelijkheid',
  'ingediend.aanvullen': 'Ingediend: aanvulling gevraagd',
  toetsingHerkomst: 'Toetsing herkomstgemeente',
  wegingWoonstart: 'Weging kansrijke woonstart',
  besluitvorming: 'Besluitvorming',
  'besluitvorming.beraad': 'Besluitvorming: beraad',
  'besluitvorming.voorgesteld': 'Besluitvorming: voorstel ter goedkeuring',
  'besluitvorming.zienswijze': 'Besluitvorming: zienswijze aanvrager',
  toegekend: 'Toegekend',
  'toegekend.bemiddeling': 'Toegekend: directe bemiddeling',
  'toegekend.bemiddeling.zoeken': 'Bemiddeling: woning zoeken',
  'toegekend.bemiddeling.aanbieding': 'Bemiddeling: woning aangeboden',
  'toegekend.bemiddeling.geaccepteerd': 'Bemiddeling: aanbieding geaccepteerd',
  'toegekend.zelfZoeken': 'Toegekend: zelf zoeken',
  'toegekend.zelfZoeken.zoekend': 'Zelf zoeken: urgentieverklaring geldig',
  'toegekend.zelfZoeken.verlopen': 'Zelf zoeken: urgentieverklaring verlopen',
  'toegekend.zelfZoeken.verlengingAangevraagd': 'Zelf zoeken: verlenging aangevraagd',
  intermediaireVerhuur: 'Geplaatst: intermediaire verhuur',
  geplaatst: 'Geplaatst',
  urgentieVervallen: 'Urgentie vervallen',
  plaatsingBeeindigd: 'Intermediaire verhuur beëindigd',
  afgewezen: 'Afgewezen',
  bezwaar: 'Bezwaar: heroverweging',
  definitiefAfgewezen: 'Definitief afgewezen',
  ingetrokken: 'Ingetrokken',
  buitenBehandeling: 'Buiten behandeling gesteld',
};

export function stateLabel(path: string): string {
  return STATE_LABEL[path] ?? path;
}

/** Statuses after a positive decision; with route bemiddeling these are the corporaties' candidates. */
export const STATUSSEN_NA_TOEKENNING: readonly ZaakStatus[] = ['toegekend', 'intermediaireVerhuur', 'geplaatst', 'plaatsingBeeindigd'];

/** A case in concept belongs to its zorginstelling alone until it is submitted. */
export const STATUS_CONCEPT: ZaakStatus = 'concept';

/** Cases in deliberation: what a committee meeting puts on its agenda. */
export const STATUS_BESLUITVORMING: ZaakStatus = 'besluitvorming';
