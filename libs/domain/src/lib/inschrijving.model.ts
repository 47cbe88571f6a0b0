/** Kinds of registration address in the BRP history. */
export const ADRESTYPES = ['woonadres', 'briefadres', 'instelling', 'buitenland'] as const;
export type Adrestype = (typeof ADRESTYPES)[number];

export const ADRESTYPE_LABEL: Readonly<Record<Adrestype, string>> = {
  woonadres: 'Woonadres',
  briefadres: 'Briefadres',
  instelling: 'Instelling',
  buitenland: 'Buitenland',
};

/** One period of registration; `tot` is null while it still runs. Dates are ISO yyyy-mm-dd. */
export interface Inschrijving {
  readonly gemeenteCbs: string | null;
  readonly gemeenteNaam: string;
  readonly adrestype: Adrestype;
  readonly van: string;
  readonly tot: string | null;
}

export const RELATIES = ['partner', 'kind', 'overig'] as const;
export type Relatie = (typeof RELATIES)[number];

export const ROUTES = ['bemiddeling', 'zelfZoeken'] as const;
export type Route = (typeof ROUTES)[number];
