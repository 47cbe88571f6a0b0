import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiService, toProblem } from '../core/api.service';
import type { StandpuntKeuze, Vergadering, VergaderingSamenvatting } from '../core/api.models';

/** The committee-meeting endpoints; PUT goes straight through HttpClient (ApiService has get and post). */
@Injectable({ providedIn: 'root' })
export class VergaderingApiService {
  private readonly api = inject(ApiService);
  private readonly http = inject(HttpClient);

  lijst(): Promise<VergaderingSamenvatting[]> {
    return this.api.get<VergaderingSamenvatting[]>('/vergaderingen');
  }

  plan(datum: string): Promise<Vergadering> {
    return this.api.post<Vergadering>('/vergaderingen', { datum });
  }

  detail(id: string): Promise<Vergadering> {
    return this.api.get<Vergadering>(`/vergaderingen/${id}`);
  }

  standpunt(id: string, zaakId: string, standpunt: StandpuntKeuze, opmerking: string): Promise<Vergadering> {
    const body = opmerking.trim() ? { standpunt, opmerking: opmerking.trim() } : { standpunt };
    return this.put(`/vergaderingen/${id}/agenda/${zaakId}/standpunt`, body);
  }

  uitkomst(id: string, zaakId: string, uitkomst: string): Promise<Vergadering> {
    return this.put(`/vergaderingen/${id}/agenda/${zaakId}/uitkomst`, { uitkomst: uitkomst.trim() });
  }

  sluit(id: string): Promise<Vergadering> {
    return this.api.post<Vergadering>(`/vergaderingen/${id}/sluiten`, {});
  }

  /** Same-origin link for the minutes (after closing); opened by the browser, not fetched here. */
  notulenUrl(id: string): string {
    return `/api/vergaderingen/${id}/notulen.pdf`;
  }

  private async put(path: string, body: unknown): Promise<Vergadering> {
    try {
      return await firstValueFrom(this.http.put<Vergadering>(`/api${path}`, body, { withCredentials: true }));
    } catch (e) {
      throw toProblem(e);
    }
  }
}
