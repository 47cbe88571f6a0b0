import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiService } from './api.service';
import type { DemoGebruiker, Gebruiker } from './api.models';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiService);
  readonly gebruiker = signal<Gebruiker | null>(null);
  readonly ingelogd = computed(() => this.gebruiker() !== null);
  private geladen = false;

  /** Loads the session once (cookie); null when not logged in. */
  async laad(): Promise<Gebruiker | null> {
    if (this.geladen) return this.gebruiker();
    try {
      this.gebruiker.set(await this.api.get<Gebruiker>('/users/me'));
    } catch {
      this.gebruiker.set(null);
    }
    this.geladen = true;
    return this.gebruiker();
  }

  demoGebruikers(): Promise<DemoGebruiker[]> {
    return this.api.get<DemoGebruiker[]>('/auth/dev-gebruikers');
  }

  async login(email: string): Promise<Gebruiker> {
    const res = await this.api.post<{ gebruiker: Gebruiker }>('/auth/dev-login', { email });
    this.gebruiker.set(res.gebruiker);
    this.geladen = true;
    return res.gebruiker;
  }

  /**
   * Ends the Woonstart session. After a login at the organisation's identity provider the answer
   * holds the IdP's logout address: the caller sends the browser there, so the IdP's own session
   * cannot log the next person at this computer straight back in. Otherwise null.
   */
  async logout(): Promise<string | null> {
    const res = await this.api.post<{ doorsturen: string } | null>('/auth/logout', {});
    this.gebruiker.set(null);
    return res?.doorsturen ?? null;
  }
}
