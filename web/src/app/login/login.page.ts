import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { ROL_LABEL, type Rol } from '@woonstart/domain';
import type { DemoGebruiker, Problem } from '../core/api.models';
import { ApiService } from '../core/api.service';
import { AuthService } from '../core/auth.service';
import { startpagina } from '../core/startpagina';
import { inlogFoutMelding } from './inlog-fout';

/** GET /api/auth/methoden: which ways to log in this installation offers. */
interface InlogMethoden {
  ontwikkelLogin: boolean;
  oidc: boolean;
}

/**
 * Login with the organisation's account (OIDC, when configured) and, in development or the
 * embedded demo only, the list of seeded demo users.
 */
@Component({
  selector: 'ws-login',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="kaart smal">
      <h1 tabindex="-1">Inloggen</h1>
      @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
      @if (methoden(); as m) {
        @if (m.oidc) {
          <p>Log in met het account dat u van uw organisatie heeft gekregen.</p>
          <p><a class="knop" [href]="oidcUrl()">Inloggen met uw organisatie-account</a></p>
        }
        @if (m.ontwikkelLogin) {
          @if (m.oidc) { <h2>Demogebruikers</h2> }
          <p>Dit is de demo-omgeving van Woonstart. Kies een demogebruiker; elke rol ziet alleen wat bij haar organisatie hoort.</p>
          <form (ngSubmit)="inloggen()">
            <div class="veld">
              <label for="gebruiker">Gebruiker</label>
              <select id="gebruiker" name="gebruiker" [(ngModel)]="email" required>
                <option value="" disabled>Kies een gebruiker…</option>
                @for (g of gebruikers(); track g.email) {
                  <option [value]="g.email">{{ g.naam }} – {{ rolLabel(g.rol) }}, {{ g.organisatieNaam }}</option>
                }
              </select>
            </div>
            <button type="submit" class="knop" [disabled]="!email || bezig()">Inloggen</button>
          </form>
        }
        @if (!m.oidc && !m.ontwikkelLogin) {
          <p>Er is voor deze omgeving geen manier van inloggen ingesteld. Neem contact op met de beheerder van Woonstart.</p>
        }
      } @else if (!fout()) {
        <p>Inlogmogelijkheden laden…</p>
      }
    </div>
  `,
  styles: `.smal { max-width: 40rem; margin: 2rem auto; }`,
})
export class LoginPage implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly methoden = signal<InlogMethoden | null>(null);
  protected readonly gebruikers = signal<DemoGebruiker[]>([]);
  protected readonly fout = signal<string | null>(null);
  protected readonly bezig = signal(false);
  private readonly terug = signal<string | null>(null);
  /** The api checks `terug` again (a path on this site only); it carries a route, never personal data. */
  protected readonly oidcUrl = computed(() => {
    const terug = this.terug();
    return terug ? `/api/auth/oidc/login?terug=${encodeURIComponent(terug)}` : '/api/auth/oidc/login';
  });
  protected email = '';

  async ngOnInit(): Promise<void> {
    const q = this.route.snapshot.queryParamMap;
    this.terug.set(this.veiligTerug(q.get('terug')));
    this.fout.set(inlogFoutMelding(q.get('fout')));
    // The reason was shown; a reload should not show it again.
    if (q.has('fout')) await this.router.navigate([], { queryParams: { fout: null }, queryParamsHandling: 'merge', replaceUrl: true });
    try {
      const methoden = await this.api.get<InlogMethoden>('/auth/methoden');
      this.methoden.set(methoden);
      if (methoden.ontwikkelLogin) this.gebruikers.set(await this.auth.demoGebruikers());
    } catch (e) {
      this.fout.set((e as Problem).detail);
    }
  }

  rolLabel(rol: Rol): string {
    return ROL_LABEL[rol];
  }

  async inloggen(): Promise<void> {
    this.bezig.set(true);
    this.fout.set(null);
    try {
      const g = await this.auth.login(this.email);
      await this.router.navigateByUrl(this.terug() ?? startpagina(g.rol));
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.bezig.set(false);
    }
  }

  private veiligTerug(terug: string | null): string | null {
    return terug && terug.startsWith('/') && !terug.startsWith('//') && !terug.startsWith('/\\') ? terug : null;
  }
}
