import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { Melding, MeldingLijst, Problem } from '../core/api.models';
import { formatTijdstip } from '../core/format';
import { MeldingenApiService } from './meldingen-api.service';
import { MeldingenTeller } from './meldingen-teller.service';

/** The organisation's meldingen, newest first; read once for the whole organisation. */
@Component({
  selector: 'ws-meldingen',
  imports: [FormsModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">Meldingen</h1>
    <p>Wat er speelt in zaken van uw organisatie. Medewerkers van uw organisatie krijgen elke melding ook per e-mail;
      een melding die een collega als gelezen markeert, is voor iedereen in uw organisatie gelezen.
      <a routerLink="/mailbox">Bekijk de verzonden e-mail</a>.</p>

    <div class="filters">
      <label class="checkbox"><input type="checkbox" [ngModel]="alleenOngelezen()" (ngModelChange)="filter($event)" /> Alleen ongelezen meldingen</label>
    </div>
    <p class="visueel-verborgen" aria-live="polite">{{ status() }}</p>
    @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }

    @if (lijst(); as l) {
      <p>{{ samenvatting() }}</p>
      <ul class="meldingen">
        @for (m of l.items; track m.id) {
          <li class="kaart" [class.ongelezen]="!m.gelezenOp">
            <h2 class="onderwerp">
              @if (!m.gelezenOp) { <span class="nieuw">Ongelezen<span class="visueel-verborgen">:</span></span> }
              {{ m.onderwerp }}
            </h2>
            <p class="tijd"><time [attr.datetime]="m.aangemaaktOp">{{ tijd(m.aangemaaktOp) }}</time>
              @if (m.gelezenOp) { · gelezen op {{ tijd(m.gelezenOp) }} }</p>
            <p>{{ m.tekst }}</p>
            <div class="knoppen">
              @if (m.link) { <a class="knop secundair" [routerLink]="m.link">Naar de zaak<span class="visueel-verborgen"> van melding '{{ m.onderwerp }}'</span></a> }
              @if (!m.gelezenOp) {
                <button type="button" class="knop" [disabled]="bezig() === m.id" (click)="markeer(m)">
                  Markeer als gelezen<span class="visueel-verborgen">: {{ m.onderwerp }}</span>
                </button>
              }
            </div>
          </li>
        } @empty {
          <li class="kaart">{{ alleenOngelezen() ? 'U heeft geen ongelezen meldingen.' : 'Er zijn nog geen meldingen voor uw organisatie.' }}</li>
        }
      </ul>
      @if (paginas() > 1) {
        <nav class="knoppen" aria-label="Pagina's met meldingen">
          <button type="button" class="knop secundair" [disabled]="pagina() <= 1" (click)="laad(pagina() - 1)">Vorige pagina</button>
          <span class="pagina">Pagina {{ pagina() }} van {{ paginas() }}</span>
          <button type="button" class="knop secundair" [disabled]="pagina() >= paginas()" (click)="laad(pagina() + 1)">Volgende pagina</button>
        </nav>
      }
    } @else if (!fout()) {
      <p>Meldingen worden geladen…</p>
    }
  `,
  styles: `
    .meldingen { list-style: none; padding: 0; margin: 0; }
    .meldingen li { margin-bottom: .75rem; }
    .onderwerp { font-size: 1.1rem; font-weight: 400; margin: 0 0 .25rem; color: inherit; }
    .ongelezen { border-left: 6px solid var(--ws-blauw); }
    .ongelezen .onderwerp { font-weight: 700; }
    .nieuw { display: inline-block; font-size: .8rem; font-weight: 700; text-transform: uppercase; background: var(--ws-blauw); color: #fff; border-radius: 3px; padding: 0 .4rem; margin-right: .4rem; vertical-align: middle; }
    .tijd { color: var(--ws-grijs); font-size: .9rem; margin: 0 0 .5rem; }
    .pagina { align-self: center; }
  `,
})
export class MeldingenPage implements OnInit {
  private readonly api = inject(MeldingenApiService);
  private readonly teller = inject(MeldingenTeller);
  protected readonly lijst = signal<MeldingLijst | null>(null);
  protected readonly pagina = signal(1);
  protected readonly alleenOngelezen = signal(false);
  protected readonly fout = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly bezig = signal<string | null>(null);
  protected readonly paginas = computed(() => {
    const l = this.lijst();
    return l ? Math.max(1, Math.ceil(l.totaal / l.perPagina)) : 1;
  });
  protected readonly samenvatting = computed(() => {
    const l = this.lijst();
    if (!l) return '';
    return l.ongelezen === 1 ? '1 ongelezen melding.' : `${l.ongelezen} ongelezen meldingen.`;
  });
  protected readonly tijd = formatTijdstip;

  ngOnInit(): void {
    void this.laad(1);
  }

  async laad(pagina: number): Promise<void> {
    try {
      this.fout.set(null);
      this.lijst.set(await this.api.lijst(pagina, this.alleenOngelezen()));
      this.pagina.set(pagina);
    } catch (e) {
      this.fout.set((e as Problem).detail);
    }
  }

  filter(alleenOngelezen: boolean): void {
    this.alleenOngelezen.set(alleenOngelezen);
    void this.laad(1);
  }

  async markeer(m: Melding): Promise<void> {
    this.bezig.set(m.id);
    try {
      const gelezen = await this.api.markeerGelezen(m.id);
      // Stay on the item (no reload), so keyboard focus and the reading position are kept.
      this.lijst.update((l) => l && { ...l, ongelezen: Math.max(0, l.ongelezen - 1), items: l.items.map((x) => (x.id === m.id ? gelezen : x)) });
      this.status.set(`Melding '${m.onderwerp}' is gemarkeerd als gelezen.`);
      void this.teller.ververs();
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.bezig.set(null);
    }
  }
}
