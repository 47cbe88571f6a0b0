import type { Rol } from '@woonstart/domain';
import { allowedEvents, type PersistedZaak } from './zaak.runtime';
import { statusHeeftTag } from './zaak-tags';
import type { ZaakStatus } from './zaak-status.model';

export interface DocumentToevoegenVraag {
  readonly rol: Rol;
  readonly actorId: string;
  /** The caller's organisation created the case (its indienende organisatie). */
  readonly eigenZaak: boolean;
  readonly machineVersion: number;
  readonly snapshot: PersistedZaak;
  readonly status: ZaakStatus;
}

export type DocumentToevoegen = { readonly mogelijk: true } | { readonly mogelijk: false; readonly reden: 'rol' | 'fase' };

/**
 * May this caller attach a document to the case now? The machine decides, without a
 * new state or tag in a released version: the organisation that filed the case may
 * add documents exactly when it may edit the application (concept, or asked to
 * complete it); a commissielid any time the decision term runs, so before a decision.
 */
export function documentToevoegenMogelijk(v: DocumentToevoegenVraag): DocumentToevoegen {
  if (v.rol === 'zorgmedewerker' || v.rol === 'gemeentemedewerker') {
    if (!v.eigenZaak) return { mogelijk: false, reden: 'rol' };
    return allowedEvents(v.machineVersion, v.snapshot, v.rol, v.actorId).includes('GEGEVENS_WIJZIGEN') ? { mogelijk: true } : { mogelijk: false, reden: 'fase' };
  }
  if (v.rol === 'commissielid') return statusHeeftTag(v.status, 'beslistermijnLoopt') ? { mogelijk: true } : { mogelijk: false, reden: 'fase' };
  return { mogelijk: false, reden: 'rol' };
}
