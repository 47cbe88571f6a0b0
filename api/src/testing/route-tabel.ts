import { ROLLEN, type Rol } from '@woonstart/domain';
import type { Bronnen, Variant } from './autorisatie-fixtures';
import { ZAAK_VAN } from './autorisatie-fixtures';
import { geldigeZaak } from './zaak-fixtures';

/**
 * The expected authorisation of every non-public route, written down here
 * independently of the @Rollen decorators: the matrix spec fails when either
 * changes without the other, and when a route exists that this table does not
 * name. `gegevens` classifies what a successful call returns, for the access-log
 * spec: 'zaak' (personal case data), 'medisch' (the medical details) or 'geen'.
 */
export interface RouteVerwachting {
  readonly rollen: readonly Rol[];
  readonly gegevens: 'zaak' | 'medisch' | 'geen';
  /** Roles the decorator admits but the service refuses even on their own resource, by design (with the status). */
  readonly eigenGeweigerd?: Partial<Readonly<Record<Rol, 403 | 404 | 409>>>;
  /** Query string for a successful call. */
  readonly query?: string;
  /** A body the role would plausibly send (valid where cheap; otherwise the call proves only the guard and the scope). */
  readonly body?: (rol: Rol, b: Bronnen) => unknown;
}

const ZAAK_ROLLEN: readonly Rol[] = ['zorgmedewerker', 'gemeentemedewerker', 'commissielid', 'medischAdviseur', 'corporatiemedewerker'];
const MONITOR: readonly Rol[] = ['regiocoordinator', 'commissielid', 'gemeentemedewerker', 'beheerder'];
const WONING_LEZERS: readonly Rol[] = ['commissielid', 'corporatiemedewerker', 'regiocoordinator', 'beheerder'];
const JAAR = new Date().getUTCFullYear();

/** An action each case role may send, with a row version no case has: the scope decides (404) before the version (409). */
const EVENT_VAN: Partial<Record<Rol, { type: string; payload: Record<string, unknown> }>> = {
  zorgmedewerker: { type: 'INTREKKEN', payload: { reden: 'Matrixproef' } },
  gemeentemedewerker: { type: 'INTREKKEN', payload: { reden: 'Matrixproef' } },
  commissielid: { type: 'INTREKKEN', payload: { reden: 'Matrixproef' } },
  medischAdviseur: { type: 'MEDISCH_ADVIES_UITBRENGEN', payload: { urgentOpMedischeGronden: false, woonvereisten: [], details: 'Matrixproef' } },
  corporatiemedewerker: { type: 'WONING_AANBIEDEN', payload: { woningId: '00000000-0000-4000-8000-000000000000' } },
};

export const ROUTE_TABEL: Readonly<Record<string, RouteVerwachting>> = {
  'GET /api/users/me': { rollen: ROLLEN, gegevens: 'geen' },
  'GET /api/organisaties': { rollen: ROLLEN, gegevens: 'geen' },
  'GET /api/gemeenten': { rollen: ROLLEN, gegevens: 'geen' },
  'GET /api/wijken': { rollen: ROLLEN, gegevens: 'geen' },
  'GET /api/huurgrenzen': { rollen: ROLLEN, gegevens: 'geen' },
  'PUT /api/huurgrenzen/:jaar': { rollen: ['beheerder'], gegevens: 'geen' },
  'GET /api/beleid': { rollen: ['beheerder', 'regiocoordinator', 'commissielid'], gegevens: 'geen' },
  'POST /api/beleid': { rollen: ['beheerder'], gegevens: 'geen' },
  // Accounts of every organisation: the beheerder is the region's, so there is no "other organisation" variant.
  'GET /api/beheer/gebruikers': { rollen: ['beheerder'], gegevens: 'geen' },
  'POST /api/beheer/gebruikers': {
    rollen: ['beheerder'], gegevens: 'geen',
    body: (_rol, b) => ({ email: `matrix-${Date.now()}-${Math.random().toString(36).slice(2)}@parnassia.test`, naam: 'Matrix Nieuw', rol: 'zorgmedewerker', organisatieId: b.organisatie.zorgmedewerker }),
  },
  'PATCH /api/beheer/gebruikers/:id': { rollen: ['beheerder'], gegevens: 'geen', body: () => ({ naam: 'Matrix Account (gewijzigd)' }) },

  'GET /api/zaken': { rollen: ZAAK_ROLLEN, gegevens: 'zaak' },
  'POST /api/zaken': {
    rollen: ['zorgmedewerker', 'gemeentemedewerker'], gegevens: 'zaak',
    body: (rol) => geldigeZaak(rol === 'gemeentemedewerker' ? { categorie: 'MED', zelfmelder: true, achternaam: 'Matrix' } : { achternaam: 'Matrix' }),
  },
  'GET /api/zaken/:id': { rollen: ZAAK_ROLLEN, gegevens: 'zaak' },
  'POST /api/zaken/:id/events': {
    rollen: ZAAK_ROLLEN, gegevens: 'zaak',
    body: (rol) => ({ ...(EVENT_VAN[rol] ?? { type: 'INDIENEN', payload: {} }), rowVersion: 999_999 }),
  },
  'GET /api/zaken/:id/besluitbrief.pdf': { rollen: ['zorgmedewerker', 'gemeentemedewerker', 'commissielid', 'medischAdviseur'], gegevens: 'zaak' },
  'GET /api/zaken/:id/medisch-advies': { rollen: ['medischAdviseur'], gegevens: 'medisch' },
  'GET /api/zaken/:id/documenten': { rollen: ZAAK_ROLLEN, gegevens: 'zaak', eigenGeweigerd: { corporatiemedewerker: 403 } },
  'GET /api/zaken/:id/documenten/:documentId': { rollen: ZAAK_ROLLEN, gegevens: 'zaak', eigenGeweigerd: { corporatiemedewerker: 403 } },
  // Answers with the metadata of the file the caller just sent, nothing of the case it did not know.
  'POST /api/zaken/:id/documenten': { rollen: ['zorgmedewerker', 'gemeentemedewerker', 'commissielid'], gegevens: 'geen' },
  'GET /api/zaken/:id/woningmatches': { rollen: ['commissielid', 'corporatiemedewerker'], gegevens: 'zaak' },

  'GET /api/woningen': { rollen: WONING_LEZERS, gegevens: 'geen' },
  'GET /api/woningen/:id': { rollen: WONING_LEZERS, gegevens: 'geen' },
  'POST /api/woningen': { rollen: ['corporatiemedewerker'], gegevens: 'geen' },
  'POST /api/woningen/import': { rollen: ['corporatiemedewerker'], gegevens: 'geen' },
  'PATCH /api/woningen/:id/status': { rollen: ['corporatiemedewerker'], gegevens: 'geen', body: () => ({ status: 'beschikbaar' }) },
  'GET /api/woningen/:id/kandidaten': { rollen: ['commissielid', 'corporatiemedewerker'], gegevens: 'zaak' },

  'GET /api/plaatsingen': { rollen: ['regiocoordinator', 'commissielid', 'beheerder', 'corporatiemedewerker'], gegevens: 'zaak' },
  'POST /api/plaatsingen': { rollen: ['corporatiemedewerker'], gegevens: 'geen' },
  // Echoes the placement the corporatie registered (its own input); the change itself is in zaak_transitie.
  'POST /api/plaatsingen/urgentieverklaring': { rollen: ['corporatiemedewerker'], gegevens: 'geen' },
  'GET /api/plaatsingsruimte': { rollen: ROLLEN, gegevens: 'geen' },
  'GET /api/plaatsingsruimte/ontheffingen': { rollen: ['regiocoordinator', 'commissielid', 'beheerder'], gegevens: 'geen' },
  'POST /api/plaatsingsruimte/ontheffingen': { rollen: ['regiocoordinator'], gegevens: 'geen' },
  'GET /api/plaatsingsruimte/:gemeenteCbs/:jaar': { rollen: ROLLEN, gegevens: 'geen' },
  'PUT /api/plaatsingsruimte/:gemeenteCbs/:jaar': { rollen: ['regiocoordinator'], gegevens: 'geen' },

  'GET /api/meldingen': { rollen: ROLLEN, gegevens: 'geen' },
  'GET /api/meldingen/aantal-ongelezen': { rollen: ROLLEN, gegevens: 'geen' },
  'POST /api/meldingen/:id/gelezen': { rollen: ROLLEN, gegevens: 'geen' },
  'GET /api/mailbox': { rollen: ROLLEN, gegevens: 'geen' },

  'GET /api/vergaderingen': { rollen: ['commissielid'], gegevens: 'geen' },
  'POST /api/vergaderingen': { rollen: ['commissielid'], gegevens: 'zaak' },
  'GET /api/vergaderingen/:id': { rollen: ['commissielid'], gegevens: 'zaak' },
  'PUT /api/vergaderingen/:id/agenda/:zaakId/standpunt': { rollen: ['commissielid'], gegevens: 'zaak', body: () => ({ standpunt: 'voor' }) },
  'PUT /api/vergaderingen/:id/agenda/:zaakId/uitkomst': { rollen: ['commissielid'], gegevens: 'zaak', body: () => ({ uitkomst: 'Matrixproef' }) },
  'POST /api/vergaderingen/:id/sluiten': { rollen: ['commissielid'], gegevens: 'zaak' },
  'GET /api/vergaderingen/:id/notulen.pdf': { rollen: ['commissielid'], gegevens: 'zaak' },

  'GET /api/monitor': { rollen: MONITOR, gegevens: 'geen' },
  'GET /api/monitor/export': { rollen: MONITOR, gegevens: 'geen', query: 'formaat=csv' },
  'GET /api/monitor/overzicht': { rollen: ['regiocoordinator', 'beheerder'], gegevens: 'geen' },
  'GET /api/monitor/jaarrapportage': { rollen: MONITOR, gegevens: 'geen' },
  'GET /api/monitor/scenario': { rollen: MONITOR, gegevens: 'geen' },
  'GET /api/monitor/scenario/export': { rollen: MONITOR, gegevens: 'geen' },
  'GET /api/monitor/scenario/invoer/:jaar': { rollen: ['regiocoordinator'], gegevens: 'geen' },
  'PUT /api/monitor/scenario/invoer/:jaar': { rollen: ['regiocoordinator'], gegevens: 'geen' },
  'GET /api/monitor/simulatie/standaard': { rollen: MONITOR, gegevens: 'geen' },
  'POST /api/monitor/simulatie': { rollen: MONITOR, gegevens: 'geen' },
};

/**
 * The value of a path parameter for a role: its own organisation's resource, or
 * another organisation's. Null: the route has no resource of another
 * organisation for this role (the resource is regional, or the role sees all).
 */
export function paramWaarde(routePad: string, param: string, rol: Rol, variant: Variant, b: Bronnen): string | null {
  const zaak = b.zaak[ZAAK_VAN[rol][variant]];
  if (routePad.startsWith('/api/zaken/')) {
    if (param === 'id') return zaak.id;
    if (param === 'documentId') return b.document[zaak.id];
  }
  if (routePad.startsWith('/api/woningen/') && param === 'id') {
    if (variant === 'eigen') return b.woning.staedion;
    // Only a corporatie is limited to its own dwellings.
    return rol === 'corporatiemedewerker' ? b.woning.woonbron : null;
  }
  if (routePad.startsWith('/api/vergaderingen/')) {
    if (param === 'zaakId') return b.zaak.agenda.id;
    if (variant === 'ander') return b.vergadering.anderCommissie;
    return routePad.endsWith('/notulen.pdf') || routePad.endsWith('/sluiten') ? b.vergadering.gesloten : b.vergadering.open;
  }
  if (routePad.startsWith('/api/meldingen/') && param === 'id') {
    const eigen = b.organisatie[rol];
    if (variant === 'eigen') return b.melding[eigen];
    return Object.entries(b.melding).find(([org]) => org !== eigen)![1];
  }
  if (routePad.startsWith('/api/beheer/gebruikers/') && param === 'id') return variant === 'eigen' ? b.account : null;
  if (variant === 'ander') return null;
  if (param === 'jaar') return String(JAAR);
  if (param === 'gemeenteCbs') return '0518';
  throw new Error(`Geen waarde voor :${param} in ${routePad}: vul paramWaarde aan`);
}
