import { Injectable, inject } from '@angular/core';
import { ApiService } from '../core/api.service';
import type { MailLijst, Melding, MeldingLijst } from '../core/api.models';

/** The meldingen and mailbox endpoints; the api scopes everything to the caller's organisation. */
@Injectable({ providedIn: 'root' })
export class MeldingenApiService {
  private readonly api = inject(ApiService);

  lijst(pagina: number, alleenOngelezen: boolean): Promise<MeldingLijst> {
    return this.api.get<MeldingLijst>('/meldingen', { pagina, perPagina: PER_PAGINA, alleenOngelezen: alleenOngelezen ? 'true' : undefined });
  }

  async aantalOngelezen(): Promise<number> {
    return (await this.api.get<{ aantal: number }>('/meldingen/aantal-ongelezen')).aantal;
  }

  markeerGelezen(id: string): Promise<Melding> {
    return this.api.post<Melding>(`/meldingen/${id}/gelezen`, {});
  }

  mailbox(pagina: number): Promise<MailLijst> {
    return this.api.get<MailLijst>('/mailbox', { pagina, perPagina: PER_PAGINA });
  }
}

export const PER_PAGINA = 25;
