import { ChangeDetectionStrategy, Component, computed, inject, input, signal, effect } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ADRESTYPE_LABEL, ROL_LABEL, type Adrestype, type Rol } from '@woonstart/domain';
import { ZAAK_EVENT_META, type ZaakEventType } from '@woonstart/workflow';
import { ApiService } from '../core/api.service';
import type { Problem, ZaakDetail } from '../core/api.models';
import { formatBedrag, formatDatum, formatTijdstip } from '../core/format';
import { StatusLabelComponent } from './status-label.component';
import { ZaakActieComponent } from './zaak-actie.component';
import { ZaakDiagramComponent } from './zaak-diagram.component';

@Component({
  selector: 'ws-zaak-detail',
  imports: [RouterLink, StatusLabelComponent, ZaakActieComponent, ZaakDiagramComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/zaken">← Terug naar de werkvoorraad</a></p>
    @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
    <div aria-live="polite" role="status">@if (succes(); as s) { <div class="melding succes">{{ s }}</div> }</div>
    @if (zaak(); as z) {
      <h1 tabindex="-1">Zaak {{ z.zaaknummer }} <ws-status-label [status]="z.status" [label]="z.stateLabel" /></h1>
      @if (z.weergave === 'bemiddeling') {
        <div class="melding">U ziet de gegevens die nodig zijn voor bemiddeling en plaatsing. Medische en sociale onderbouwing is niet zichtbaar voor corporaties.</div>
      }

      <section class="kaart" aria-labelledby="acties-kop">
        <h2 id="acties-kop">Acties</h2>
        @if (z.allowedEvents.length) {
          <div class="knoppen">
            @for (e of z.allowedEvents; track e) {
              @if (meta(e).formulier === 'aanvraag') {
                <a class="knop secundair" [routerLink]="['/zaken', z.id, 'wijzigen']">{{ meta(e).label }}</a>
              } @else {
                <button type="button" class="knop" [class.secundair]="meta(e).soort === 'secundair'" [class.gevaar]="meta(e).soort === 'gevaar'"
                        [attr.aria-expanded]="actie() === e" (click)="actie.set(e)">{{ meta(e).label }}</button>
              }
            }
          </div>
        } @else {
          <p>Er zijn nu geen acties voor u op deze zaak.</p>
        }
        @if (actie(); as a) {
          <ws-zaak-actie [zaak]="z" [type]="a" (gedaan)="gedaan($event, a)" (annuleer)="actie.set(null)" (herladen)="laad()" />
        }
      </section>

      <div class="raster">
        <section class="kaart" aria-labelledby="samenvatting-kop">
          <h2 id="samenvatting-kop">Samenvatting</h2>
          <dl class="gegevens">
            <dt>Categorie</dt><dd>{{ z.categorieLabel }}</dd>
            <dt>Ingediend door</dt><dd>{{ z.indienendeOrganisatie }}</dd>
            <dt>Behandelende gemeente</dt><dd>{{ z.behandelendeGemeente.naam }}</dd>
            @if (z.weergave === 'volledig') { <dt>Herkomstgemeente</dt><dd>{{ z.herkomstgemeente?.naam ?? 'Nog niet vastgesteld' }}</dd> }
            <dt>Gemeente woonstart</dt><dd>{{ z.woonstartgemeente?.naam ?? 'Nog niet vastgesteld' }}</dd>
            <dt>Route</dt><dd>{{ z.route === 'bemiddeling' ? 'Directe bemiddeling' : z.route === 'zelfZoeken' ? 'Zelf zoeken met urgentieverklaring' : '–' }}</dd>
            <dt>Ingediend op</dt><dd>{{ datum(z.ingediendOp) }}</dd>
            <dt>Beslistermijn</dt><dd>{{ datum(z.beslistermijn) }}</dd>
          </dl>
        </section>
        <section class="kaart" aria-labelledby="aanvrager-kop">
          <h2 id="aanvrager-kop">Aanvrager en huishouden</h2>
          <dl class="gegevens">
            <dt>Naam</dt><dd>{{ z.aanvrager.voornamen }} {{ z.aanvrager.achternaam }}</dd>
            <dt>Geboortedatum</dt><dd>{{ datum(z.aanvrager.geboortedatum) }}</dd>
            <dt>E-mail</dt><dd>{{ z.aanvrager.email ?? '–' }}</dd>
            <dt>Telefoon</dt><dd>{{ z.aanvrager.telefoon ?? '–' }}</dd>
            <dt>Woonnet-inschrijving</dt><dd>{{ z.woonnetInschrijfnummer ?? '–' }}</dd>
            <dt>Begeleiding geaccepteerd</dt><dd>{{ z.begeleidingAkkoord ? 'Ja' : 'Nee' }}</dd>
            <dt>Woonwensen</dt><dd>{{ z.woonwensen ?? '–' }}</dd>
            <dt>Minimaal aantal kamers</dt><dd>{{ z.aantalKamersMin }}</dd>
          </dl>
          <h3>Huishouden</h3>
          @if (z.huishouden.length) {
            <ul>@for (h of z.huishouden; track $index) { <li>{{ h.naam }} ({{ h.relatie }}, geboren {{ datum(h.geboortedatum) }})</li> }</ul>
          } @else { <p>Alleenstaand: geen andere leden in het huishouden.</p> }
        </section>
      </div>

      @if (z.weergave === 'volledig') {
        <section class="kaart" aria-labelledby="historie-kop">
          <h2 id="historie-kop">Inschrijvingshistorie en herkomst</h2>
          @if (z.herkomstvoorstel; as v) {
            <div class="melding" [class.waarschuwing]="v.vlaggen.length > 0">
              <p><strong>Voorstel herkomstgemeente: {{ v.gemeenteNaam ?? 'geen voorstel – de commissie beoordeelt' }}</strong> (regel {{ v.regel }})</p>
              <ul>@for (r of v.redenen; track $index) { <li>{{ r }}</li> }</ul>
            </div>
          }
          <table>
            <caption>Inschrijvingen in de BRP, oudste eerst</caption>
            <thead><tr><th scope="col">Gemeente</th><th scope="col">Soort adres</th><th scope="col">Van</th><th scope="col">Tot</th></tr></thead>
            <tbody>
              @for (i of z.inschrijvingen ?? []; track $index) {
                <tr [class.beslissend]="$index === z.herkomstvoorstel?.beslissendeInschrijving">
                  <td>{{ i.gemeenteNaam }}@if (i.gemeenteCbs) { ({{ i.gemeenteCbs }}) }
                    @if ($index === z.herkomstvoorstel?.beslissendeInschrijving) { <strong> – beslissend voor het voorstel</strong> }</td>
                  <td>{{ adrestype(i.adrestype) }}</td><td>{{ datum(i.van) }}</td><td>{{ i.tot ? datum(i.tot) : 'heden' }}</td>
                </tr>
              }
            </tbody>
          </table>
          <h3>Opname</h3>
          <ul>@for (o of z.opnames ?? []; track $index) { <li>{{ o.instelling }}: vanaf {{ datum(o.van) }}{{ o.tot ? ' tot ' + datum(o.tot) : ' (loopt nog)' }}</li> } @empty { <li>Geen opname geregistreerd.</li> }</ul>
          <h3>Ondersteuningsplan</h3>
          <p class="tekst">{{ z.ondersteuningsplan ?? 'Niet ingevuld.' }}</p>
        </section>
      }

      @if (z.aanbieding; as a) {
        <section class="kaart" aria-labelledby="aanbieding-kop">
          <h2 id="aanbieding-kop">Woning</h2>
          <dl class="gegevens">
            <dt>Adres</dt><dd>{{ a.adres }}</dd>
            <dt>Type</dt><dd>{{ a.woningtype }}, {{ a.kamers }} kamer(s)</dd>
            <dt>Huurprijs</dt><dd>{{ bedrag(a.huurprijs) }}</dd>
            <dt>Status woning</dt><dd>{{ a.status }}</dd>
          </dl>
        </section>
      }

      <section class="kaart" aria-labelledby="diagram-kop">
        <h2 id="diagram-kop">Processtap</h2>
        <ws-zaak-diagram [state]="z.state" />
      </section>

      <section class="kaart" aria-labelledby="tijdlijn-kop">
        <h2 id="tijdlijn-kop">Tijdlijn</h2>
        <ol class="tijdlijn">
          @for (t of z.tijdlijn; track $index) {
            <li>
              <p><strong>{{ t.label }}</strong> – {{ tijdstip(t.tijdstip) }}</p>
              <p class="hint">{{ t.actorNaam }} ({{ rol(t.actorRol) }})@if (t.vanLabel) { · {{ t.vanLabel }} → } @else { · }{{ t.naarLabel }}</p>
              @if (t.reden) { <p class="reden">{{ t.reden }}</p> }
            </li>
          }
        </ol>
      </section>
    } @else if (!fout()) {
      <p>Zaak laden…</p>
    }
  `,
  styles: `
    h1 { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
    tr.beslissend td { background: var(--ws-geel); }
    .tekst { white-space: pre-line; }
    ol.tijdlijn { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--ws-blauw); }
    ol.tijdlijn li { padding: 0 0 1rem 1rem; position: relative; }
    ol.tijdlijn li::before { content: ''; position: absolute; left: -8px; top: .45rem; width: 13px; height: 13px; border-radius: 50%; background: var(--ws-blauw); }
    ol.tijdlijn p { margin: 0; }
    .reden { white-space: pre-line; margin-top: .25rem !important; }
  `,
})
export class ZaakDetailPage {
  private readonly api = inject(ApiService);
  readonly id = input.required<string>();
  protected readonly zaak = signal<ZaakDetail | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly actie = signal<ZaakEventType | null>(null);
  protected readonly titel = computed(() => this.zaak()?.zaaknummer);

  constructor() {
    effect(() => {
      this.id();
      void this.laad();
    });
  }

  async laad(): Promise<void> {
    this.fout.set(null);
    this.actie.set(null);
    try {
      this.zaak.set(await this.api.get<ZaakDetail>(`/zaken/${this.id()}`));
      document.title = `Zaak ${this.zaak()!.zaaknummer} – Woonstart`;
    } catch (e) {
      this.zaak.set(null);
      this.fout.set((e as Problem).detail);
    }
  }

  gedaan(zaak: ZaakDetail, type: ZaakEventType): void {
    this.zaak.set(zaak);
    this.actie.set(null);
    this.succes.set(`${ZAAK_EVENT_META[type].label}: gelukt. De zaak staat nu op '${zaak.stateLabel}'.`);
  }

  meta(e: ZaakEventType) {
    return ZAAK_EVENT_META[e];
  }

  datum(d: string | null): string {
    return formatDatum(d);
  }

  bedrag(b: number): string {
    return formatBedrag(b);
  }

  tijdstip(t: string): string {
    return formatTijdstip(t);
  }

  adrestype(t: string): string {
    return ADRESTYPE_LABEL[t as Adrestype] ?? t;
  }

  rol(r: string): string {
    return ROL_LABEL[r as Rol] ?? r;
  }
}
