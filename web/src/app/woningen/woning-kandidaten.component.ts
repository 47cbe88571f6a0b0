import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { GeschiktheidReden } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { Problem, WoningKandidaat, WoningKandidaten, WoningView } from '../core/api.models';
import { formatDatum } from '../core/format';

type Laadstand = { soort: 'laden' } | { soort: 'fout'; melding: string } | { soort: 'klaar'; data: WoningKandidaten };

/**
 * Candidates for one dwelling, best first, with why each one fits or not:
 * hard exclusions (red, "Uitgesloten") are set apart from soft preferences
 * (grey/green, with their weight). The owning corporatie can offer the dwelling
 * to a suitable candidate; the offer goes through the case (WONING_AANBIEDEN).
 */
@Component({
  selector: 'ws-woning-kandidaten',
  imports: [FormsModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './woning-kandidaten.component.css',
  template: `
    <section class="kaart" aria-labelledby="wk-kop" [attr.aria-busy]="stand().soort === 'laden'">
      <h2 id="wk-kop">Kandidaten</h2>
      <div aria-live="polite" role="status">
        @if (succes(); as s) { <div class="melding succes">{{ s }}</div> }
      </div>
      @switch (stand().soort) {
        @case ('laden') { <p>Kandidaten worden geladen…</p> }
        @case ('fout') {
          <div class="melding fout" role="alert">
            <p>{{ foutMelding() }}</p>
            <button type="button" class="knop secundair" (click)="laad()">Opnieuw proberen</button>
          </div>
        }
        @case ('klaar') {
          @if (kandidaten().length === 0) {
            <p>Er zijn geen kandidaten voor deze woning.</p>
          } @else {
            <p class="hint">Op volgorde van geschiktheid en wachttijd. Rood: uitgesloten, de woning past niet. Grijs en groen: voorkeuren die de volgorde bepalen.</p>
            @if (magAanbieden()) {
              <div class="veld wk-termijn">
                <label for="wk-termijn">Reactietermijn (dagen)</label>
                <span class="hint" id="wk-termijn-hint">Zoveel dagen heeft de kandidaat om te reageren op een aanbieding.</span>
                <input type="number" id="wk-termijn" name="reactietermijnDagen" min="1" max="30" step="1" [(ngModel)]="reactietermijnDagen" aria-describedby="wk-termijn-hint" />
              </div>
            }
            <ol class="wk-lijst">
              @for (k of kandidaten(); track k.zaakId) {
                <li class="wk-kandidaat" [class.wk-uitgesloten]="!k.beoordeling.passend" [attr.aria-labelledby]="'wk-' + k.zaakId">
                  <h3 [id]="'wk-' + k.zaakId">
                    <a [routerLink]="['/zaken', k.zaakId]">{{ k.zaaknummer }}</a>
                    <span class="label" [class.afgerond]="k.beoordeling.passend" [class.gestopt]="!k.beoordeling.passend">{{ k.beoordeling.passend ? 'Passend' : 'Niet passend' }}</span>
                  </h3>
                  <dl class="gegevens">
                    <dt>Categorie</dt><dd>{{ k.categorieLabel }}</dd>
                    <dt>Huishouden</dt><dd>{{ k.huishoudgrootte === 1 ? '1 persoon' : k.huishoudgrootte + ' personen' }}</dd>
                    <dt>Leeftijd</dt><dd>{{ k.leeftijd }} jaar</dd>
                    <dt>Besluit</dt><dd>{{ datum(k.besluitOp) }}</dd>
                    @if (k.streefdatum) { <dt>Streefdatum huisvesting</dt><dd>{{ datum(k.streefdatum) }}</dd> }
                  </dl>
                  @if (uitsluitingen(k).length) {
                    <h4 class="visueel-verborgen">Uitsluitingen</h4>
                    <ul class="wk-redenen">
                      @for (r of uitsluitingen(k); track r.code) {
                        <li class="wk-hard"><span class="wk-tag wk-tag-hard">Uitgesloten</span> {{ r.tekst }}@if (r.opheffing) { <span class="hint">Op te heffen met {{ r.opheffing === 'ontheffing' ? 'een ontheffing' : 'een motivering' }}.</span> }</li>
                      }
                    </ul>
                  }
                  @if (voorkeuren(k).length) {
                    <h4 class="wk-subkop">Voorkeuren</h4>
                    <ul class="wk-redenen">
                      @for (r of voorkeuren(k); track r.code) {
                        <li [class.wk-plus]="r.voldoet" [class.wk-min]="!r.voldoet">
                          <span class="wk-tag" [class.wk-tag-plus]="r.voldoet">{{ gewicht(r) }}</span> {{ r.tekst }}
                        </li>
                      }
                    </ul>
                  }
                  @if (k.beoordeling.waarschuwingen.length) {
                    <ul class="wk-redenen">@for (w of k.beoordeling.waarschuwingen; track $index) { <li class="wk-waarschuwing">Let op: {{ w }}</li> }</ul>
                  }
                  @if (magAanbieden() && k.beoordeling.passend) {
                    <button type="button" class="knop" [disabled]="bezig() !== null" (click)="aanbieden(k)">
                      {{ bezig() === k.zaakId ? 'Bezig…' : 'Aanbieden' }}<span class="visueel-verborgen"> aan {{ k.zaaknummer }}</span>
                    </button>
                  }
                  @if (aanbiedFout()?.zaakId === k.zaakId) { <p class="veld-fout" role="alert">{{ aanbiedFout()!.melding }}</p> }
                </li>
              }
            </ol>
          }
        }
      }
    </section>
  `,
})
export class WoningKandidatenComponent {
  private readonly api = inject(ApiService);
  readonly woning = input.required<WoningView>();
  /** Offering is the owning corporatie's; the commissie only reads. */
  readonly magAanbiedenRol = input(false);
  /** The dwelling was offered: its status changed, the page reloads it. */
  readonly aangeboden = output<void>();
  protected readonly stand = signal<Laadstand>({ soort: 'laden' });
  protected readonly bezig = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly aanbiedFout = signal<{ zaakId: string; melding: string } | null>(null);
  protected reactietermijnDagen = 7;
  protected readonly kandidaten = computed(() => { const s = this.stand(); return s.soort === 'klaar' ? s.data.kandidaten : []; });
  protected readonly foutMelding = computed(() => { const s = this.stand(); return s.soort === 'fout' ? s.melding : ''; });
  protected readonly magAanbieden = computed(() => this.magAanbiedenRol() && ['beschikbaar', 'gereserveerd'].includes(this.woning().status));

  constructor() {
    // Reload when another dwelling is shown (the input changes), not on every status change of this one.
    let vorige: string | null = null;
    effect(() => {
      const id = this.woning().id;
      if (id !== vorige) { vorige = id; void this.laad(); }
    });
  }

  protected datum(iso: string | null): string {
    return formatDatum(iso);
  }

  protected uitsluitingen(k: WoningKandidaat): readonly GeschiktheidReden[] {
    return k.beoordeling.redenen.filter((r) => r.hard && !r.voldoet);
  }

  protected voorkeuren(k: WoningKandidaat): readonly GeschiktheidReden[] {
    return k.beoordeling.redenen.filter((r) => !r.hard && r.gewicht !== 0);
  }

  protected gewicht(r: GeschiktheidReden): string {
    const teken = r.voldoet ? '+' : '−';
    return `Voorkeur ${teken}${Math.abs(r.gewicht)}`;
  }

  async laad(): Promise<void> {
    this.stand.set({ soort: 'laden' });
    try {
      this.stand.set({ soort: 'klaar', data: await this.api.get<WoningKandidaten>(`/woningen/${this.woning().id}/kandidaten`) });
    } catch (e) {
      this.stand.set({ soort: 'fout', melding: `De kandidaten konden niet worden geladen. ${(e as Problem).detail}` });
    }
  }

  protected async aanbieden(k: WoningKandidaat): Promise<void> {
    this.bezig.set(k.zaakId);
    this.aanbiedFout.set(null);
    this.succes.set(null);
    try {
      await this.api.post(`/zaken/${k.zaakId}/events`, {
        type: 'WONING_AANBIEDEN', rowVersion: k.rowVersion,
        payload: { woningId: this.woning().id, reactietermijnDagen: Number(this.reactietermijnDagen) || 7 },
      });
      this.succes.set(`De woning is aangeboden aan ${k.zaaknummer}.`);
      this.aangeboden.emit();
      await this.laad();
    } catch (e) {
      this.aanbiedFout.set({ zaakId: k.zaakId, melding: (e as Problem).detail });
    } finally {
      this.bezig.set(null);
    }
  }
}
