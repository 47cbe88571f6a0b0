import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ApiService } from '../../core/api.service';
import type { Problem, WoningMatch, WoningMatches, ZaakDetail } from '../../core/api.models';
import { formatBedrag } from '../../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../../core/veld-fout';
import { kanAangebodenWorden } from '../bemiddeling/passende-woningen.component';
import { verstuurEvent } from './event-versturen';
import { FormulierFoutComponent } from './formulier-fout.component';

/**
 * The offer (WONING_AANBIEDEN) as a compact form in the action area: a dwelling
 * of the corporatie, best first, with a reply term and — outside the
 * doelgemeente — the motivation. The Passende woningen panel shows the reasons
 * per dwelling and offers from there too.
 */
@Component({
  selector: 'ws-aanbieding-formulier',
  imports: [FormsModule, FormulierFoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './formulier.css',
  template: `
    <section class="kaart formulier actie" aria-labelledby="aanbieding-kop">
      <h3 id="aanbieding-kop" tabindex="-1" #kop>Woning aanbieden</h3>
      <p class="hint">Waarom een woning wel of niet past, staat per woning onder
        <button type="button" class="link" (click)="naarWoningen.emit()">Passende woningen</button>.</p>
      <ws-formulier-fout [fout]="fout()" (herladen)="herladen.emit()" />
      <form (ngSubmit)="verstuur()" novalidate>
        <div class="veld">
          <label for="veld-WONING_AANBIEDEN-woningId">Woning<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <select id="veld-WONING_AANBIEDEN-woningId" name="woningId" [ngModel]="woningId()" (ngModelChange)="woningId.set($event)"
                  [attr.aria-invalid]="!!veldFout('woningId')" [attr.aria-describedby]="beschrijving('woningId', 'ab-keuze')">
            <option value="">{{ laden() ? 'Woningen laden…' : matches().length ? 'Kies een woning…' : 'Uw corporatie heeft geen vrije woningen' }}</option>
            @if (passend().length) {
              <optgroup label="Passend">
                @for (m of passend(); track m.woning.id) { <option [value]="m.woning.id">{{ omschrijving(m) }}</option> }
              </optgroup>
            }
            @if (voorwaardelijk().length) {
              <optgroup label="Alleen met motivering of ontheffing">
                @for (m of voorwaardelijk(); track m.woning.id) { <option [value]="m.woning.id">{{ omschrijving(m) }}</option> }
              </optgroup>
            }
            @if (uitgesloten().length) {
              <optgroup label="Uitgesloten (niet passend)">
                @for (m of uitgesloten(); track m.woning.id) { <option [value]="m.woning.id">{{ omschrijving(m) }}</option> }
              </optgroup>
            }
          </select>
          <div id="ab-keuze" aria-live="polite">
            @if (gekozen(); as m) {
              @if (m.beoordeling.passend) {
                <p class="hint">Passend, score {{ m.beoordeling.score }}.</p>
              } @else {
                <div class="melding" [class.waarschuwing]="kanAangebodenWorden(m)" [class.fout]="!kanAangebodenWorden(m)">
                  <p><strong>{{ kanAangebodenWorden(m) ? 'Let op:' : 'Uitgesloten:' }}</strong></p>
                  <ul>@for (r of m.beoordeling.uitsluitingen; track r.code) { <li>{{ r.tekst }}</li> }</ul>
                </div>
              }
            }
          </div>
          @if (veldFout('woningId'); as m) { <p class="veld-fout" id="ab-woningId-fout">{{ m }}</p> }
        </div>
        @if (motiveringNodig()) {
          <div class="veld">
            <label for="veld-WONING_AANBIEDEN-motiveringAndereGemeente">Motivering: waarom een woning buiten de woonstartgemeente<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
            <textarea id="veld-WONING_AANBIEDEN-motiveringAndereGemeente" name="motiveringAndereGemeente" rows="3" [(ngModel)]="motivering" required
                      [attr.aria-invalid]="!!veldFout('motiveringAndereGemeente')" [attr.aria-describedby]="beschrijving('motiveringAndereGemeente')"></textarea>
            @if (veldFout('motiveringAndereGemeente'); as m) { <p class="veld-fout" id="ab-motiveringAndereGemeente-fout">{{ m }}</p> }
          </div>
        }
        <div class="veld">
          <label for="veld-WONING_AANBIEDEN-reactietermijnDagen">Reactietermijn in dagen</label>
          <p class="hint" id="ab-termijn-hint">Laat leeg voor de standaardtermijn uit het beleid van de gemeente. Van 1 tot en met 60 dagen.</p>
          <input type="number" id="veld-WONING_AANBIEDEN-reactietermijnDagen" name="reactietermijnDagen" min="1" max="60" step="1" inputmode="numeric" [(ngModel)]="reactietermijnDagen"
                 [attr.aria-invalid]="!!veldFout('reactietermijnDagen')" [attr.aria-describedby]="beschrijving('reactietermijnDagen', 'ab-termijn-hint')" />
          @if (veldFout('reactietermijnDagen'); as m) { <p class="veld-fout" id="ab-reactietermijnDagen-fout">{{ m }}</p> }
        </div>
        <div class="veld">
          <label for="veld-WONING_AANBIEDEN-toelichting">Toelichting (optioneel)</label>
          <textarea id="veld-WONING_AANBIEDEN-toelichting" name="toelichting" rows="2" [(ngModel)]="toelichting"
                    [attr.aria-invalid]="!!veldFout('toelichting')" [attr.aria-describedby]="beschrijving('toelichting')"></textarea>
          @if (veldFout('toelichting'); as m) { <p class="veld-fout" id="ab-toelichting-fout">{{ m }}</p> }
        </div>
        <div class="knoppen">
          <button type="submit" class="knop" [disabled]="bezig()">Woning aanbieden</button>
          <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    button.link { background: none; border: 0; padding: 0; font: inherit; color: var(--ws-blauw); text-decoration: underline; cursor: pointer; }
    #ab-keuze .melding { margin: .5rem 0 0; max-width: 44rem; }
    #ab-keuze ul { margin: .25rem 0 0; }
  `,
})
export class AanbiedingFormulierComponent {
  private readonly api = inject(ApiService);
  readonly zaak = input.required<ZaakDetail>();
  readonly gedaan = output<ZaakDetail>();
  readonly annuleer = output<void>();
  readonly herladen = output<void>();
  readonly naarWoningen = output<void>();
  protected readonly kanAangebodenWorden = kanAangebodenWorden;
  protected readonly matches = signal<WoningMatch[]>([]);
  protected readonly laden = signal(false);
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected readonly woningId = signal('');
  protected reactietermijnDagen: number | null = null;
  protected toelichting = '';
  protected motivering = '';
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');

  protected readonly passend = computed(() => this.matches().filter((m) => m.beoordeling.passend));
  protected readonly voorwaardelijk = computed(() => this.matches().filter((m) => !m.beoordeling.passend && kanAangebodenWorden(m)));
  protected readonly uitgesloten = computed(() => this.matches().filter((m) => !kanAangebodenWorden(m)));
  protected readonly gekozen = computed(() => this.matches().find((m) => m.woning.id === this.woningId()) ?? null);
  protected readonly motiveringNodig = computed(() => !!this.gekozen()?.beoordeling.uitsluitingen.some((r) => r.opheffing === 'motivering'));

  constructor() {
    effect(() => {
      const z = this.zaak();
      this.fout.set(null);
      this.woningId.set('');
      void this.laad(z.id);
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  protected omschrijving(m: WoningMatch): string {
    const w = m.woning;
    // Demo and imported addresses often carry the place already; do not repeat it.
    const plaats = w.adres.includes(w.gemeenteNaam) ? '' : ` ${w.gemeenteNaam}`;
    return `${w.adres}, ${w.postcode}${plaats} – ${w.kamers} ${w.kamers === 1 ? 'kamer' : 'kamers'}, ${formatBedrag(w.huurprijs)}`;
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `ab-${pad}-fout`);
  }

  protected async verstuur(): Promise<void> {
    const fouten: Array<{ veld: string; melding: string }> = [];
    const termijn = this.reactietermijnDagen;
    const heeftTermijn = termijn !== null && String(termijn) !== '';
    if (!this.woningId()) fouten.push({ veld: 'woningId', melding: 'Kies de woning die u aanbiedt.' });
    if (heeftTermijn && (!Number.isInteger(Number(termijn)) || Number(termijn) < 1 || Number(termijn) > 60)) {
      fouten.push({ veld: 'reactietermijnDagen', melding: 'De reactietermijn is een heel aantal dagen, van 1 tot en met 60.' });
    }
    if (this.motiveringNodig() && !this.motivering.trim()) {
      fouten.push({ veld: 'motiveringAndereGemeente', melding: 'Motiveer waarom deze woning buiten de woonstartgemeente wordt aangeboden.' });
    }
    if (fouten.length) {
      this.fout.set(invoerProbleem(fouten));
      return;
    }
    const payload: Record<string, string | number> = { woningId: this.woningId() };
    if (heeftTermijn) payload['reactietermijnDagen'] = Number(termijn);
    if (this.toelichting.trim()) payload['toelichting'] = this.toelichting.trim();
    if (this.motiveringNodig()) payload['motiveringAndereGemeente'] = this.motivering.trim();
    this.bezig.set(true);
    this.fout.set(null);
    try {
      this.gedaan.emit(await verstuurEvent(this.api, this.zaak(), 'WONING_AANBIEDEN', payload));
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }

  private async laad(id: string): Promise<void> {
    this.laden.set(true);
    try {
      this.matches.set((await this.api.get<WoningMatches>(`/zaken/${id}/woningmatches`)).woningen);
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.laden.set(false);
    }
  }
}
