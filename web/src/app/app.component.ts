import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ROL_LABEL } from '@woonstart/domain';
import { filter } from 'rxjs';
import { AuthService } from './core/auth.service';
import { MeldingenTeller } from './meldingen/meldingen-teller.service';

@Component({
  selector: 'ws-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#inhoud" (click)="naarInhoud($event)">Direct naar de inhoud</a>
    <header class="kop">
      <div class="kop-binnen">
        <a routerLink="/" class="merk" aria-label="Woonstart, naar de startpagina">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#fff"/><path d="M6 17 16 8l10 9v9H19v-6h-6v6H6z" fill="#154273"/></svg>
          <span>Woonstart</span>
          <span class="regio">regio Haaglanden</span>
        </a>
        @if (auth.gebruiker(); as g) {
          <nav aria-label="Hoofdmenu">
            <ul>
              @if (g.rol === 'regiocoordinator' || g.rol === 'beheerder') {
                <li><a routerLink="/monitor" routerLinkActive="actief" [routerLinkActiveOptions]="{ paths: 'exact', queryParams: 'ignored', fragment: 'ignored', matrixParams: 'ignored' }" ariaCurrentWhenActive="page">Monitor</a></li>
              } @else {
                <li><a routerLink="/zaken" routerLinkActive="actief" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page">Werkvoorraad</a></li>
              }
              @if (g.rol === 'corporatiemedewerker') {
                <li><a routerLink="/woningen" routerLinkActive="actief" ariaCurrentWhenActive="page">Woningen</a></li>
              }
              @if (g.rol === 'commissielid' || g.rol === 'gemeentemedewerker') {
                <li><a routerLink="/monitor" routerLinkActive="actief" [routerLinkActiveOptions]="{ paths: 'exact', queryParams: 'ignored', fragment: 'ignored', matrixParams: 'ignored' }" ariaCurrentWhenActive="page">Monitor</a></li>
              }
              @if (g.rol === 'regiocoordinator' || g.rol === 'beheerder' || g.rol === 'commissielid' || g.rol === 'gemeentemedewerker') {
                <li><a routerLink="/monitor/jaarrapportage" routerLinkActive="actief" ariaCurrentWhenActive="page">Jaarrapportage</a></li>
              }
              @if (g.rol === 'regiocoordinator' || g.rol === 'commissielid' || g.rol === 'gemeentemedewerker' || g.rol === 'beheerder') {
                <li><a routerLink="/monitor/scenario" routerLinkActive="actief" ariaCurrentWhenActive="page">Scenariotabel</a></li>
                <li><a routerLink="/monitor/simulatie" routerLinkActive="actief" ariaCurrentWhenActive="page">Simulatie</a></li>
              }
              @if (g.rol === 'zorgmedewerker') {
                <li><a routerLink="/zaken/nieuw" routerLinkActive="actief" ariaCurrentWhenActive="page">Nieuw uitstroomverzoek</a></li>
              }
              @if (g.rol === 'gemeentemedewerker') {
                <li><a routerLink="/zaken/nieuw" routerLinkActive="actief" ariaCurrentWhenActive="page">Nieuwe aanvraag</a></li>
              }
              @if (g.rol === 'commissielid') {
                <li><a routerLink="/vergaderingen" routerLinkActive="actief" ariaCurrentWhenActive="page">Vergaderingen</a></li>
              }
              @if (g.rol === 'beheerder' || g.rol === 'regiocoordinator' || g.rol === 'commissielid') {
                <li><a routerLink="/beleid" routerLinkActive="actief" ariaCurrentWhenActive="page">Beleid</a></li>
              }
              @if (g.rol === 'corporatiemedewerker') {
                <li><a routerLink="/plaatsingen" routerLinkActive="actief" ariaCurrentWhenActive="page">Plaatsingen</a></li>
              }
              @if (g.rol === 'regiocoordinator' || g.rol === 'commissielid' || g.rol === 'gemeentemedewerker' || g.rol === 'corporatiemedewerker' || g.rol === 'beheerder') {
                <li><a routerLink="/plaatsingsruimte" routerLinkActive="actief" ariaCurrentWhenActive="page">Plaatsingsruimte</a></li>
              }
              @if (g.rol === 'beheerder') {
                <li><a routerLink="/beheer/huurgrenzen" routerLinkActive="actief" ariaCurrentWhenActive="page">Huurgrenzen</a></li>
                <li><a routerLink="/beheer/gebruikers" routerLinkActive="actief" ariaCurrentWhenActive="page">Gebruikers</a></li>
              }
              <li>
                <a routerLink="/meldingen" routerLinkActive="actief" ariaCurrentWhenActive="page">Meldingen@if (teller.aantal() > 0) {<span class="teller"><span class="visueel-verborgen">, </span>{{ teller.aantal() }}<span class="visueel-verborgen"> ongelezen</span></span>}</a>
                <span class="visueel-verborgen" aria-live="polite">{{ teller.aantal() === 1 ? '1 ongelezen melding' : teller.aantal() + ' ongelezen meldingen' }}</span>
              </li>
            </ul>
          </nav>
          <div class="wie">
            <span><strong>{{ g.naam }}</strong><br /><span class="klein">{{ rolLabel[g.rol] }} · {{ g.organisatieNaam }}</span></span>
            <button type="button" class="knop secundair" (click)="uitloggen()">Uitloggen</button>
          </div>
        }
      </div>
    </header>
    <main id="inhoud" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="voet">
      <p>Woonstart · open-source zaakbeheer urgente huisvesting · regio Haaglanden</p>
      <p><a routerLink="/toegankelijkheid">Toegankelijkheidsverklaring</a></p>
    </footer>
  `,
  styles: `
    .kop { background: var(--ws-blauw); color: #fff; }
    .kop-binnen { max-width: 1200px; margin: 0 auto; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; }
    .merk { display: flex; align-items: center; gap: .5rem; color: #fff; text-decoration: none; font-size: 1.35rem; font-weight: 700; }
    .regio { font-size: .9rem; font-weight: 400; opacity: .9; }
    nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: 0; }
    nav a { color: #fff; font-weight: 600; text-decoration: none; padding: .4rem 0; border-bottom: 3px solid transparent; }
    nav a.actief, nav a:hover { border-bottom-color: #fff; }
    .teller { display: inline-block; min-width: 1.4rem; margin-left: .35rem; padding: 0 .4rem; border-radius: 999px; background: #fff; color: var(--ws-blauw); font-size: .85rem; text-align: center; }
    .wie { margin-left: auto; display: flex; gap: 1rem; align-items: center; }
    .klein { font-size: .85rem; }
    .wie .knop { min-height: 38px; padding: .3rem .8rem; }
    main:focus { outline: none; }
    .voet { text-align: center; color: var(--ws-grijs); font-size: .85rem; padding: 2rem 1rem; }
    .voet p { margin: .25rem 0; }
  `,
})
export class AppComponent {
  protected readonly auth = inject(AuthService);
  protected readonly teller = inject(MeldingenTeller);
  private readonly router = inject(Router);
  protected readonly rolLabel = ROL_LABEL;

  constructor() {
    // Move focus to the page heading after an in-app navigation, so screen-reader users hear the
    // new page. Not on the first load: there the skip link must stay the first thing Tab reaches.
    // A change of query parameters only (filters, paging) is not a new page.
    let vorigPad: string | null = null;
    this.router.events.pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd)).subscribe((e) => {
      const pad = e.urlAfterRedirects.split('?')[0];
      const eerste = vorigPad === null;
      const zelfdePagina = pad === vorigPad;
      vorigPad = pad;
      if (eerste || zelfdePagina) return;
      setTimeout(() => (document.querySelector('main h1') as HTMLElement | null)?.focus(), 0);
    });
  }

  /** With <base href="/"> a plain #fragment link would reload the root page: move focus ourselves. */
  naarInhoud(event: Event): void {
    event.preventDefault();
    document.getElementById('inhoud')?.focus();
  }

  async uitloggen(): Promise<void> {
    const bijIdp = await this.auth.logout();
    if (bijIdp) window.location.assign(bijIdp);
    else await this.router.navigateByUrl('/inloggen');
  }
}
