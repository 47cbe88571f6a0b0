import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MEDISCH_ADVIES_DETAILS_MIN, WOONVEREISTEN, WOONVEREISTE_LABEL, valideerMedischAdvies } from '@woonstart/domain';
import { ApiService } from '../../core/api.service';
import type { Problem, ZaakDetail } from '../../core/api.models';
import { formatTijdstip } from '../../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../../core/veld-fout';
import { verstuurEvent } from './event-versturen';
import { FormulierFoutComponent } from './formulier-fout.component';

/**
 * The medical advice (MEDISCH_ADVIES_UITBRENGEN, medisch adviseur). The details
 * are special-category data (GDPR art. 9): kept apart and readable only by the
 * medisch adviseur; the committee sees the outcome.
 */
@Component({
  selector: 'ws-medisch-advies-formulier',
  imports: [FormsModule, FormulierFoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './formulier.css',
  template: `
    <section class="kaart formulier actie" aria-labelledby="medisch-kop">
      <h3 id="medisch-kop" tabindex="-1" #kop>Medisch advies uitbrengen</h3>
      @if (vraag(); as v) { <p><strong>Vraag van de commissie</strong> ({{ tijdstip(v.gevraagdOp) }}): {{ v.vraag }}</p> }
      <div class="melding vertrouwelijk" id="m-privacy">
        <p><strong>Vertrouwelijk (bijzondere persoonsgegevens)</strong></p>
        <ul>
          <li>Alleen de medisch adviseur kan de medische onderbouwing lezen.</li>
          <li>De commissie en anderen zien alleen de uitkomst: urgent ja of nee, en de woonvereisten.</li>
          <li>Elke keer dat iemand de medische gegevens opent, wordt dat gelogd.</li>
        </ul>
      </div>
      <ws-formulier-fout [fout]="fout()" (herladen)="herladen.emit()" />
      <form (ngSubmit)="verstuur()" novalidate>
        <fieldset class="keuze" [attr.aria-describedby]="beschrijving('urgentOpMedischeGronden')">
          <legend>Is de aanvrager op medische gronden urgent?<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></legend>
          <label class="radio"><input type="radio" name="urgent" [value]="true" [(ngModel)]="urgent" /> Ja, urgent op medische gronden</label>
          <label class="radio"><input type="radio" name="urgent" [value]="false" [(ngModel)]="urgent" /> Nee, niet urgent op medische gronden</label>
          @if (veldFout('urgentOpMedischeGronden'); as m) { <p class="veld-fout" id="m-urgentOpMedischeGronden-fout">{{ m }}</p> }
        </fieldset>
        <fieldset class="keuze" aria-describedby="m-woonvereisten-hint">
          <legend>Woonvereisten</legend>
          <p class="hint" id="m-woonvereisten-hint">Eisen die de gezondheid aan de woning stelt. De corporatie ziet deze om een passende woning te vinden.</p>
          <div class="check-rooster">
            @for (w of woonvereisten; track w) {
              <label class="check"><input type="checkbox" [name]="'wv-' + w" [attr.name]="'wv-' + w" [(ngModel)]="gekozen[w]" /> {{ label[w] }}</label>
            }
          </div>
        </fieldset>
        <div class="veld">
          <label for="m-details">Medische onderbouwing<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <p class="hint" id="m-details-hint">Ten minste {{ min }} tekens. Alleen zichtbaar voor de medisch adviseur; elke inzage wordt gelogd.</p>
          <textarea id="m-details" name="details" rows="8" [(ngModel)]="details" required [attr.minlength]="min"
                    [attr.aria-invalid]="!!veldFout('details')" [attr.aria-describedby]="beschrijving('details', 'm-details-hint m-privacy')"></textarea>
          <p class="hint">{{ details.trim().length }} tekens</p>
          @if (veldFout('details'); as m) { <p class="veld-fout" id="m-details-fout">{{ m }}</p> }
        </div>
        <div class="knoppen">
          <button type="submit" class="knop" [disabled]="bezig()">Medisch advies uitbrengen</button>
          <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
        </div>
      </form>
    </section>
  `,
})
export class MedischAdviesFormulierComponent {
  private readonly api = inject(ApiService);
  readonly zaak = input.required<ZaakDetail>();
  readonly gedaan = output<ZaakDetail>();
  readonly annuleer = output<void>();
  readonly herladen = output<void>();
  protected readonly woonvereisten = WOONVEREISTEN;
  protected readonly label = WOONVEREISTE_LABEL;
  protected readonly min = MEDISCH_ADVIES_DETAILS_MIN;
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected urgent: boolean | null = null;
  protected gekozen: Record<string, boolean> = {};
  protected details = '';
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');

  constructor() {
    effect(() => {
      this.zaak();
      this.fout.set(null);
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  protected vraag() {
    const z = this.zaak();
    return z.medischAdvies ?? z.toetsing?.medischAdvies ?? null;
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `m-${pad}-fout`);
  }

  protected async verstuur(): Promise<void> {
    const payload = {
      urgentOpMedischeGronden: this.urgent,
      woonvereisten: WOONVEREISTEN.filter((w) => this.gekozen[w]),
      details: this.details.trim(),
    };
    const controle = valideerMedischAdvies(payload);
    if (!controle.geldig) {
      this.fout.set(invoerProbleem(controle.fouten));
      return;
    }
    this.bezig.set(true);
    this.fout.set(null);
    try {
      this.gedaan.emit(await verstuurEvent(this.api, this.zaak(), 'MEDISCH_ADVIES_UITBRENGEN', payload));
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }
}
