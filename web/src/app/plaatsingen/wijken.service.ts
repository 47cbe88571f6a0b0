import { Injectable, inject } from '@angular/core';
import { ApiService } from '../core/api.service';
import type { Wijk } from '../core/api.models';

/** The wijken of a gemeente (or of the whole region), loaded once per session: reference data for forms. */
@Injectable({ providedIn: 'root' })
export class WijkenService {
  private readonly api = inject(ApiService);
  private readonly cache = new Map<string, Promise<Wijk[]>>();

  wijken(gemeenteCbs?: string): Promise<Wijk[]> {
    const sleutel = gemeenteCbs || '*';
    let lijst = this.cache.get(sleutel);
    if (!lijst) {
      lijst = this.api.get<Wijk[]>('/wijken', { gemeente: gemeenteCbs || undefined });
      this.cache.set(sleutel, lijst);
      // A failed load is not remembered: the next form tries again.
      lijst.catch(() => this.cache.delete(sleutel));
    }
    return lijst;
  }
}
