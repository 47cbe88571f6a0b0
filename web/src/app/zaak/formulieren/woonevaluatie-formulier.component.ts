import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { WOONEVALUATIE_DOELEN, type EvaluatieOordeel, type WoonevaluatieDoel } from '@woonstart/workflow';
import { ApiService } from '../../core/api.service';
import type { Problem, ZaakDetail } from '../../core/api.models';
import { vandaagIso } from '../../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../../core/veld-fout';
import { DOEL_LABEL, OORDEEL_LABEL } from '../bemiddeling/plaatsing-labels';
import { verstuurEvent } from './event-versturen';
import { FormulierFoutComponent } from './formulier-fout.component';

type DoelInvoer = Record<WoonevaluatieDoel, { oordeel: EvaluatieOordeel | ''; toelichting: string }>;

const leeg = (): DoelInvoer =>
  Object.fromEntries(WOONEVALUATIE_DOELEN.map((d) => [d, { oordeel: '', toelichting: '' }])) as DoelInvoer;

/**
 * A woonevaluatie during intermediaire verhuur (WOONEVALUATIE_VASTLEGGEN, care
 * provider): per agreed goal a judgement and why, and the new agreements. The
 * corporatie signs it off afterwards.
 */
@Component({
  selector: 'ws-woonevaluatie-formulier',
  imports: [FormsModule, FormulierFoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './formulier.css',
  template: `
    <section class="kaart formulier actie" aria-labelledby="evaluatie-kop">
      <h3 id="evaluatie-kop" tabindex="-1" #kop>Woonevaluatie vastleggen</h3>
      <p class="hint">Beoordeel elk afgesproken doel. De corporatie tekent de evaluatie daarna af.</p>
      <ws-formulier-fout [fout]="fout()" (herladen)="herladen.emit()" />
      <form (ngSubmit)="verstuur()" novalidate>
        <div class="veld">
          <label for="we-datum">Datum van het evaluatiegesprek<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <p class="hint" id="we-datum-hint">Vandaag of eerder.</p>
          <input type="date" id="we-datum" name="datum" [max]="vandaag" [(ngModel)]="datum" required
                 [attr.aria-invalid]="!!veldFout('datum')" [attr.aria-describedby]="beschrijving('datum', 'we-datum-hint')" />
          @if (veldFout('datum'); as m) { <p class="veld-fout" id="we-datum-fout">{{ m }}</p> }
        </div>
        @for (d of doelen; track d) {
          <fieldset class="kandidaat">
            <legend>{{ doelLabel[d] }}</legend>
            <div class="criterium-velden">
              <div class="veld">
                <label [for]="'we-' + d + '-toelichting'">Toelichting<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
                <textarea [id]="'we-' + d + '-toelichting'" [name]="'toelichting-' + d" rows="3" [(ngModel)]="invoer[d].toelichting" required
                          [attr.aria-invalid]="!!veldFout('doelen.' + d + '.toelichting')" [attr.aria-describedby]="beschrijving('doelen.' + d + '.toelichting')"></textarea>
                @if (veldFout('doelen.' + d + '.toelichting'); as m) { <p class="veld-fout" [id]="'we-doelen-' + d + '-toelichting-fout'">{{ m }}</p> }
              </div>
              <fieldset class="oordeel" [attr.aria-describedby]="beschrijving('doelen.' + d + '.oordeel')">
                <legend>Oordeel<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></legend>
                @for (o of oordelen; track o) {
                  <label class="radio"><input type="radio" [name]="'oordeel-' + d" [attr.name]="'oordeel-' + d" [value]="o" [attr.value]="o" [(ngModel)]="invoer[d].oordeel" /> {{ oordeelLabel[o] }}</label>
                }
                @if (veldFout('doelen.' + d + '.oordeel'); as m) { <p class="veld-fout" [id]="'we-doelen-' + d + '-oordeel-fout'">{{ m }}</p> }
              </fieldset>
            </div>
          </fieldset>
        }
        <div class="veld">
          <label for="we-afspraken">Nieuwe afspraken</label>
          <p class="hint" id="we-afspraken-hint">Wat is afgesproken tot de volgende evaluatie (optioneel).</p>
          <textarea id="we-afspraken" name="afspraken" rows="3" [(ngModel)]="afspraken"
                    [attr.aria-invalid]="!!veldFout('afspraken')" [attr.aria-describedby]="beschrijving('afspraken', 'we-afspraken-hint')"></textarea>
          @if (veldFout('afspraken'); as m) { <p class="veld-fout" id="we-afspraken-fout">{{ m }}</p> }
        </div>
        <div class="knoppen">
          <button type="submit" class="knop" [disabled]="bezig()">Woonevaluatie vastleggen</button>
          <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
        </div>
      </form>
    </section>
  `,
})
export class WoonevaluatieFormulierComponent {
  private readonly api = inject(ApiService);
  readonly zaak = input.required<ZaakDetail>();
  readonly gedaan = output<ZaakDetail>();
  readonly annuleer = output<void>();
  readonly herladen = output<void>();
  protected readonly doelen = WOONEVALUATIE_DOELEN;
  protected readonly doelLabel = DOEL_LABEL;
  protected readonly oordelen: readonly EvaluatieOordeel[] = ['behaald', 'deels', 'niet'];
  protected readonly oordeelLabel = OORDEEL_LABEL;
  protected readonly vandaag = vandaagIso();
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected datum = vandaagIso();
  protected invoer: DoelInvoer = leeg();
  protected afspraken = '';
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');

  constructor() {
    effect(() => {
      this.zaak();
      this.fout.set(null);
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `we-${pad.replace(/\./g, '-')}-fout`);
  }

  protected async verstuur(): Promise<void> {
    const fouten: Array<{ veld: string; melding: string }> = [];
    if (!this.datum) fouten.push({ veld: 'datum', melding: 'Vul de datum van het evaluatiegesprek in.' });
    else if (this.datum > this.vandaag) fouten.push({ veld: 'datum', melding: 'De datum van de evaluatie ligt niet in de toekomst.' });
    for (const d of WOONEVALUATIE_DOELEN) {
      if (!this.invoer[d].oordeel) fouten.push({ veld: `doelen.${d}.oordeel`, melding: `${DOEL_LABEL[d]}: kies een oordeel.` });
      if (!this.invoer[d].toelichting.trim()) fouten.push({ veld: `doelen.${d}.toelichting`, melding: `${DOEL_LABEL[d]}: geef een toelichting.` });
    }
    if (fouten.length) {
      this.fout.set(invoerProbleem(fouten));
      return;
    }
    const payload = {
      datum: this.datum,
      doelen: Object.fromEntries(WOONEVALUATIE_DOELEN.map((d) => [d, { oordeel: this.invoer[d].oordeel, toelichting: this.invoer[d].toelichting.trim() }])),
      ...(this.afspraken.trim() ? { afspraken: this.afspraken.trim() } : {}),
    };
    this.bezig.set(true);
    this.fout.set(null);
    try {
      this.gedaan.emit(await verstuurEvent(this.api, this.zaak(), 'WOONEVALUATIE_VASTLEGGEN', payload));
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }
}
