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

  async logout(): Promise<void> {
    await this.api.post('/auth/logout', {});
    this.gebruiker.set(null);
  }
}
