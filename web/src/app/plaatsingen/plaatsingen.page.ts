import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { regioGemeente } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { GemeenteRef, PlaatsingRegel, Problem } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatBedrag, formatDatum, vandaagIso } from '../core/format';
import { categorieLabel } from '../plaatsingsruimte/plafond.model';
import { PlaatsingZonderZaakFormulierComponent } from './plaatsing-zonder-zaak-formulier.component';
import { ZelfzoekerPlaatsingFormulierComponent } from './zelfzoeker-plaatsing-formulier.component';

const PER_KEER = 25;
const MAX_RIJEN = 500;

/**
 * Placements a corporatie registers outside a mediation case: a zelf-zoeker by
 * the number of the urgentieverklaring, and households without a case. Both
 * count against the cap; the list shows this year's placements of the corporatie.
 */
@Component({
  selector: 'ws-plaatsingen',
  imports: [RouterLink, ZelfzoekerPlaatsingFormulierComponent, PlaatsingZonderZaakFormulierComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './plaatsingen.css',
  template: `
    <h1 tabindex="-1">Plaatsingen</h1>
    <p>Registreer hier plaatsingen die niet uit directe bemiddeling volgen. Elke plaatsing telt mee voor het plafond van de gemeente
      (zie <a routerLink="/plaatsingsruimte">Plaatsingsruimte</a>).</p>
    <div class="raster">
      <ws-zelfzoeker-plaatsing-formulier [gemeenten]="werkgebied()" (geregistreerd)="laad()" />
      <ws-plaatsing-zonder-zaak-formulier [gemeenten]="werkgebied()" (geregistreerd)="laad()" />
    </div>

    <section aria-labelledby="lijst-kop">
      <h2 id="lijst-kop">Plaatsingen van uw corporatie in {{ jaar }}</h2>
      @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
      <div class="filters">
        <div class="veld">
          <label for="pl-filter-gemeente">Gemeente</label>
          <select id="pl-filter-gemeente" [value]="gemeente()" (change)="kiesGemeente($any($event.target).value)">
            <option value="">Alle gemeenten van uw werkgebied</option>
            @for (g of werkgebied(); track g.cbsCode) { <option [value]="g.cbsCode">{{ g.naam }}</option> }
          </select>
        </div>
      </div>
      @if (plaatsingen().length) {
        <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="lijst-caption">
          <table>
            <caption id="lijst-caption">{{ telling() }}</caption>
            <thead>
              <tr>
                <th scope="col">Ingangsdatum</th><th scope="col">Adres</th><th scope="col">Gemeente</th><th scope="col">Doelgroep</th>
                <th scope="col">Vorm</th><th scope="col">Huur</th><th scope="col">Binding</th><th scope="col">Ontheffing</th><th scope="col">Zaak</th>
              </tr>
            </thead>
            <tbody>
              @for (p of zichtbaar(); track p.id; let n = $index) {
                <tr>
                  <td>{{ datum(p.ingangsdatum) }}</td>
                  <th scope="row" [attr.tabindex]="n === focusRij ? -1 : null" [id]="'pl-rij-' + n">{{ p.adres }}</th>
                  <td>{{ p.gemeenteNaam ?? gemeenteNaam(p.gemeenteCbs) }}{{ p.wijkCode ? ', wijk ' + p.wijkCode : '' }}{{ p.complex ? ', complex ' + p.complex : '' }}</td>
                  <td>{{ doelgroep(p.categorie) }}</td>
                  <td>{{ p.vorm === 'intermediair' ? 'Intermediaire verhuur' : 'Huur' }}</td>
                  <td>{{ p.huurprijs === null ? '–' : bedrag(p.huurprijs) }}</td>
                  <td>{{ p.binding ? 'Ja' : 'Nee' }}</td>
                  <td>{{ p.ontheffingId ? 'Ja' : 'Nee' }}</td>
                  <td>@if (p.zaakId) { <a [routerLink]="['/zaken', p.zaakId]">Zaak openen</a> } @else { Zonder zaak }</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (zichtbaar().length < plaatsingen().length) {
          <p><button type="button" class="knop secundair" (click)="meer()">Toon {{ volgende() }} meer</button></p>
        }
      } @else if (geladen()) {
        <p>Uw corporatie registreerde in {{ jaar }} nog geen plaatsingen.</p>
      } @else {
        <p>Plaatsingen laden…</p>
      }
    </section>
  `,
})
export class PlaatsingenPage implements OnInit {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly jaar = Number(vandaagIso().slice(0, 4));
  protected readonly plaatsingen = signal<PlaatsingRegel[]>([]);
  protected readonly geladen = signal(false);
  protected readonly fout = signal<string | null>(null);
  protected readonly gemeente = signal('');
  private readonly aantal = signal(PER_KEER);
  protected focusRij = -1;
  protected readonly zichtbaar = computed(() => this.plaatsingen().slice(0, this.aantal()));
  protected readonly volgende = computed(() => Math.min(PER_KEER, this.plaatsingen().length - this.aantal()));
  protected readonly telling = computed(() => {
    const n = this.plaatsingen().length;
    const waar = this.gemeente() ? ` in ${this.gemeenteNaam(this.gemeente())}` : '';
    // The api returns at most 500 rows, the most recent first.
    const meer = n >= MAX_RIJEN ? ` (de ${MAX_RIJEN} meest recente)` : '';
    return `${n} ${n === 1 ? 'plaatsing' : 'plaatsingen'}${waar} in ${this.jaar}${meer}; ${this.zichtbaar().length} getoond`;
  });
  /** A corporatie places only in its own werkgebied (the api checks it too). */
  protected readonly werkgebied = computed<GemeenteRef[]>(() =>
    (this.auth.gebruiker()?.werkgebied ?? []).map((cbs) => ({ cbsCode: cbs, naam: regioGemeente(cbs)?.naam ?? cbs })).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
  );

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected async kiesGemeente(cbs: string): Promise<void> {
    this.gemeente.set(cbs);
    await this.laad();
  }

  /** Shows the next rows; focus goes to the first new row so keyboard users continue there. */
  protected meer(): void {
    const eerste = this.aantal();
    this.aantal.update((a) => a + PER_KEER);
    this.focusRij = eerste;
    setTimeout(() => document.getElementById(`pl-rij-${eerste}`)?.focus(), 0);
  }

  async laad(): Promise<void> {
    this.aantal.set(PER_KEER);
    try {
      this.plaatsingen.set(await this.api.get<PlaatsingRegel[]>('/plaatsingen', { jaar: this.jaar, gemeente: this.gemeente() || undefined }));
      this.fout.set(null);
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.geladen.set(true);
    }
  }

  protected gemeenteNaam(cbs: string): string {
    return regioGemeente(cbs)?.naam ?? cbs;
  }

  protected doelgroep(c: string): string {
    return categorieLabel(c);
  }

  protected datum(d: string): string {
    return formatDatum(d);
  }

  protected bedrag(b: number): string {
    return formatBedrag(b);
  }
}
