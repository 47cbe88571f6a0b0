import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { HELE_REGIO_HAAGLANDEN, REGIO_GEMEENTEN, regioGemeente } from '@woonstart/domain';
import { ApiService } from '../../core/api.service';
import type { Problem, Wijk, ZaakDetail } from '../../core/api.models';
import { beschreven, veldMelding } from '../../core/veld-fout';
import { WijkenService } from '../../plaatsingen/wijken.service';
import { verstuurEvent } from './event-versturen';
import { FormulierFoutComponent } from './formulier-fout.component';

/**
 * The placement profile (PLAATSINGSPROFIEL_VASTLEGGEN): gemeenten and wijken
 * where the household must not live (danger, an area ban). Matching excludes
 * them; the reason stays in the dossier and is not shown to corporaties.
 */
@Component({
  selector: 'ws-plaatsingsprofiel-formulier',
  imports: [FormsModule, FormulierFoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './formulier.css',
  template: `
    <section class="kaart formulier actie" aria-labelledby="profiel-kop">
      <h3 id="profiel-kop" tabindex="-1" #kop>Plaatsingsprofiel vastleggen</h3>
      <p class="hint">Leg vast waar het huishouden niet geplaatst mag worden. Passende woningen in deze gemeenten of wijken worden uitgesloten.</p>
      <ws-formulier-fout [fout]="fout()" (herladen)="herladen.emit()" />
      <form (ngSubmit)="verstuur()" novalidate>
        <fieldset class="keuze" [attr.aria-describedby]="beschrijving('uitgeslotenGemeenten', 'pp-gemeenten-hint')">
          <legend>Uitgesloten gemeenten</legend>
          <p class="hint" id="pp-gemeenten-hint">Kies "Hele regio Haaglanden" als het huishouden buiten de regio moet wonen (bijvoorbeeld bij gevaar).</p>
          <label class="check"><input type="checkbox" name="pp-regio" [attr.name]="'pp-regio'" [attr.value]="heleRegio" [(ngModel)]="gemeenten[heleRegio]" /> <strong>Hele regio Haaglanden</strong></label>
          <div class="check-rooster">
            @for (g of regio; track g.cbsCode) {
              <label class="check"><input type="checkbox" [name]="'pp-gemeente-' + g.cbsCode" [attr.name]="'pp-gemeente-' + g.cbsCode" [attr.value]="g.cbsCode"
                     [(ngModel)]="gemeenten[g.cbsCode]" [disabled]="!!gemeenten[heleRegio]" /> {{ g.naam }}</label>
            }
          </div>
          @if (veldFout('uitgeslotenGemeenten'); as m) { <p class="veld-fout" id="pp-uitgeslotenGemeenten-fout">{{ m }}</p> }
        </fieldset>
        <div class="veld">
          <label for="pp-wijken">Uitgesloten wijken</label>
          <p class="hint" id="pp-wijken-hint">Houd Ctrl (of Cmd op een Mac) ingedrukt om meer wijken te kiezen, of om een keuze ongedaan te maken.</p>
          <select id="pp-wijken" name="uitgeslotenWijken" multiple size="10" [(ngModel)]="wijken"
                  [attr.aria-invalid]="!!veldFout('uitgeslotenWijken')" [attr.aria-describedby]="beschrijving('uitgeslotenWijken', 'pp-wijken-hint pp-wijken-gekozen')">
            @for (g of wijkGroepen(); track g.gemeenteCbs) {
              <optgroup [label]="g.naam">
                @for (w of g.wijken; track w.code) { <option [value]="w.code">{{ w.naam }}</option> }
              </optgroup>
            }
          </select>
          <p class="hint" id="pp-wijken-gekozen" aria-live="polite">Gekozen: {{ gekozenWijken() }}</p>
          @if (veldFout('uitgeslotenWijken'); as m) { <p class="veld-fout" id="pp-uitgeslotenWijken-fout">{{ m }}</p> }
        </div>
        <div class="veld">
          <label for="pp-toelichting">Toelichting</label>
          <p class="hint" id="pp-toelichting-hint">Waarom deze uitsluitingen. Niet zichtbaar voor corporaties; zij zien alleen wat is uitgesloten.</p>
          <textarea id="pp-toelichting" name="toelichting" rows="3" [(ngModel)]="toelichting"
                    [attr.aria-invalid]="!!veldFout('toelichting')" [attr.aria-describedby]="beschrijving('toelichting', 'pp-toelichting-hint')"></textarea>
          @if (veldFout('toelichting'); as m) { <p class="veld-fout" id="pp-toelichting-fout">{{ m }}</p> }
        </div>
        <div class="knoppen">
          <button type="submit" class="knop" [disabled]="bezig()">Plaatsingsprofiel vastleggen</button>
          <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
        </div>
      </form>
    </section>
  `,
  styles: `select[multiple] { min-height: 14rem; }`,
})
export class PlaatsingsprofielFormulierComponent {
  private readonly api = inject(ApiService);
  private readonly wijkenService = inject(WijkenService);
  readonly zaak = input.required<ZaakDetail>();
  readonly gedaan = output<ZaakDetail>();
  readonly annuleer = output<void>();
  readonly herladen = output<void>();
  protected readonly regio = [...REGIO_GEMEENTEN].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  protected readonly heleRegio = HELE_REGIO_HAAGLANDEN;
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  private readonly alleWijken = signal<Wijk[]>([]);
  private readonly gekozen = signal<string[]>([]);
  protected gemeenten: Record<string, boolean> = {};
  protected toelichting = '';
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');

  protected get wijken(): string[] {
    return this.gekozen();
  }
  protected set wijken(codes: string[]) {
    this.gekozen.set(codes);
  }

  protected readonly wijkGroepen = computed(() =>
    this.regio
      .map((g) => ({ gemeenteCbs: g.cbsCode, naam: g.naam, wijken: this.alleWijken().filter((w) => w.gemeenteCbs === g.cbsCode).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')) }))
      .filter((g) => g.wijken.length),
  );

  protected readonly gekozenWijken = computed(() => {
    const namen = this.gekozen().map((code) => {
      const w = this.alleWijken().find((x) => x.code === code);
      return w ? `${w.naam} (${regioGemeente(w.gemeenteCbs)?.naam ?? w.gemeenteCbs})` : code;
    });
    return namen.length ? namen.join(', ') : 'geen';
  });

  constructor() {
    effect(() => {
      const profiel = this.zaak().plaatsing?.plaatsingsprofiel;
      this.gemeenten = Object.fromEntries((profiel?.uitgeslotenGemeenten ?? []).map((c) => [c, true]));
      this.gekozen.set([...(profiel?.uitgeslotenWijken ?? [])]);
      this.toelichting = profiel?.toelichting ?? '';
      this.fout.set(null);
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
    this.wijkenService.wijken().then((w) => this.alleWijken.set(w), (e: Problem) => this.fout.set(e));
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `pp-${pad}-fout`);
  }

  protected async verstuur(): Promise<void> {
    const heleRegio = !!this.gemeenten[HELE_REGIO_HAAGLANDEN];
    const payload = {
      // The whole region covers every gemeente in it: sending them too would only repeat it.
      uitgeslotenGemeenten: heleRegio ? [HELE_REGIO_HAAGLANDEN] : this.regio.filter((g) => this.gemeenten[g.cbsCode]).map((g) => g.cbsCode),
      uitgeslotenWijken: [...this.gekozen()],
      ...(this.toelichting.trim() ? { toelichting: this.toelichting.trim() } : {}),
    };
    this.bezig.set(true);
    this.fout.set(null);
    try {
      this.gedaan.emit(await verstuurEvent(this.api, this.zaak(), 'PLAATSINGSPROFIEL_VASTLEGGEN', payload));
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }
}
