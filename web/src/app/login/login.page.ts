import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { ROL_LABEL, type Rol } from '@woonstart/domain';
import type { DemoGebruiker, Problem } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { startpagina } from '../core/startpagina';

/** Development login: pick a seeded demo user. Production uses the gemeente's identity provider (issue 6). */
@Component({
  selector: 'ws-login',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="kaart smal">
      <h1 tabindex="-1">Inloggen</h1>
      <p>Dit is de demo-omgeving van Woonstart. Kies een demogebruiker; elke rol ziet alleen wat bij haar organisatie hoort.</p>
      @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
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
    </div>
  `,
  styles: `.smal { max-width: 40rem; margin: 2rem auto; }`,
})
export class LoginPage implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly gebruikers = signal<DemoGebruiker[]>([]);
  protected readonly fout = signal<string | null>(null);
  protected readonly bezig = signal(false);
  protected email = '';

  async ngOnInit(): Promise<void> {
    try {
      this.gebruikers.set(await this.auth.demoGebruikers());
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
      const terug = this.route.snapshot.queryParamMap.get('terug');
      await this.router.navigateByUrl(terug && terug.startsWith('/') && !terug.startsWith('//') ? terug : startpagina(g.rol));
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.bezig.set(false);
    }
  }
}
