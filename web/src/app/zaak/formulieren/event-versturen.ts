import type { ZaakEventType } from '@woonstart/workflow';
import type { ApiService } from '../../core/api.service';
import type { ZaakDetail } from '../../core/api.models';

/** POST /api/zaken/:id/events with the case's rowVersion (optimistic locking: a 409 means reload). */
export function verstuurEvent(api: ApiService, zaak: ZaakDetail, type: ZaakEventType, payload: object): Promise<ZaakDetail> {
  return api.post<ZaakDetail>(`/zaken/${zaak.id}/events`, { type, rowVersion: zaak.rowVersion, payload });
}
