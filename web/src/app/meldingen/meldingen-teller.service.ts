import { Injectable, effect, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { AuthService } from '../core/auth.service';
import { MeldingenApiService } from './meldingen-api.service';

/** How often the header asks for the unread count; a navigation asks at once. */
const INTERVAL_MS = 60_000;

/**
 * The unread count in the header: polled while someone is logged in, refreshed
 * on every navigation and after marking a melding read. A failed poll keeps the
 * last known count (the next one corrects it) instead of showing an error in the header.
 */
@Injectable({ providedIn: 'root' })
export class MeldingenTeller {
  private readonly api = inject(MeldingenApiService);
  private readonly auth = inject(AuthService);
  readonly aantal = signal(0);
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    effect(() => {
      const ingelogd = this.auth.ingelogd();
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      if (!ingelogd) {
        this.aantal.set(0);
        return;
      }
      void this.ververs();
      this.timer = setInterval(() => void this.ververs(), INTERVAL_MS);
    });
    inject(Router).events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => void this.ververs());
  }

  async ververs(): Promise<void> {
    if (!this.auth.ingelogd()) return;
    try {
      this.aantal.set(await this.api.aantalOngelezen());
    } catch {
      // Keep the last count; see the class comment.
    }
  }
}
