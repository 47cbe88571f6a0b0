import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiService } from '../core/api.service';
import type { Problem, WoningView } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatBedrag, formatDatum } from '../core/format';
import { WoningKandidatenComponent } from './woning-kandidaten.component';
import { WoningStatusComponent } from './woning-status.component';
import { labelTekst, statusTekst, toegankelijkheidTekst, typeTekst, verdiepingTekst } from './woning-weergave';

/** One dwelling with its candidates (route /woningen/:id). */
@Component({
  selector: 'ws-woning-detail',
  imports: [RouterLink, WoningKandidatenComponent, WoningStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './woningen.css',
  template: `
    <p><a routerLink="/woningen">← Alle woningen</a></p>
    @if (woning(); as w) {
      <h1 tabindex="-1">{{ w.adres }}</h1>
      <div aria-live="polite" role="status">@if (succes(); as s) { <div class="melding succes">{{ s }}</div> }</div>
      <section class="kaart" aria-labelledby="wd-kop">
        <h2 id="wd-kop">Woning</h2>
        <dl class="gegevens">
          <dt>Status</dt><dd><span [class]="'label ws-status-' + w.status">{{ statusTekst(w) }}</span>
            @if (w.zaakId) { · <a [routerLink]="['/zaken', w.zaakId]">Zaak van de aanbieding of plaatsing</a> }</dd>
          <dt>Adres</dt><dd>{{ w.adres }}, {{ w.postcode }}</dd>
          <dt>Gemeente en wijk</dt><dd>{{ w.gemeenteNaam }}, {{ w.wijkNaam }} <span class="hint">({{ w.wijkCode }})</span></dd>
          <dt>Complex</dt><dd>{{ w.complex ?? '–' }}</dd>
          <dt>Corporatie</dt><dd>{{ w.corporatieNaam }}</dd>
          <dt>Type</dt><dd>{{ typeTekst(w) }}</dd>
          <dt>Verdieping</dt><dd>{{ verdiepingTekst(w) }}</dd>
          <dt>Toegankelijkheid</dt><dd>{{ toegankelijkheidTekst(w) }}</dd>
          <dt>Labels</dt><dd>
            @if (w.labels.length) { <ul class="ws-labellijst">@for (l of w.labels; track l) { <li class="label">{{ labelTekst(l) }}</li> }</ul> } @else { Geen }
          </dd>
          <dt>Kale huur</dt><dd>{{ bedrag(w.huurprijs) }} per maand</dd>
          <dt>Beschikbaar vanaf</dt><dd>{{ datum(w.beschikbaarVanaf) }}</dd>
        </dl>
        @if (w.mogelijkeStatussen.length) {
          <h3>Status wijzigen</h3>
          <ws-woning-status [woning]="w" (gewijzigd)="gewijzigd($event)" />
        }
      </section>
      @if (kandidatenZichtbaar()) {
        <ws-woning-kandidaten [woning]="w" [magAanbiedenRol]="eigenaar()" (aangeboden)="laad()" />
      }
    } @else if (fout(); as f) {
      <h1 tabindex="-1">Woning</h1>
      <div class="melding fout" role="alert">{{ f }}</div>
    } @else {
      <h1 tabindex="-1">Woning</h1>
      <p role="status">Woning wordt geladen…</p>
    }
  `,
})
export class WoningDetailPage implements OnInit {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  /** Route parameter (withComponentInputBinding). */
  readonly id = input.required<string>();
  protected readonly woning = signal<WoningView | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly eigenaar = computed(() => {
    const g = this.auth.gebruiker();
    return g?.rol === 'corporatiemedewerker' && g.organisatieId === this.woning()?.corporatieId;
  });
  /** The api shows candidates to the commissie and the owning corporatie only. */
  protected readonly kandidatenZichtbaar = computed(() => this.eigenaar() || this.auth.gebruiker()?.rol === 'commissielid');
  protected readonly typeTekst = typeTekst;
  protected readonly verdiepingTekst = verdiepingTekst;
  protected readonly toegankelijkheidTekst = toegankelijkheidTekst;
  protected readonly labelTekst = labelTekst;
  protected readonly statusTekst = statusTekst;

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected async laad(): Promise<void> {
    try {
      this.woning.set(await this.api.get<WoningView>(`/woningen/${this.id()}`));
    } catch (e) {
      this.fout.set((e as Problem).detail);
    }
  }

  protected bedrag(b: number): string {
    return formatBedrag(b);
  }

  protected datum(iso: string): string {
    return formatDatum(iso);
  }

  protected gewijzigd(w: WoningView): void {
    this.woning.set(w);
    this.succes.set(`De woning is nu ${statusTekst(w).toLowerCase()}.`);
  }
}
