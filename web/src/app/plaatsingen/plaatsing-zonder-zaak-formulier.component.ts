import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { URGENTIECATEGORIEEN } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { GemeenteRef, PlaatsingResultaat, VeldFout } from '../core/api.models';
import { vandaagIso } from '../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { categorieLabel } from '../plaatsingsruimte/plafond.model';
import { PlaatsingResultaatComponent } from './plaatsing-resultaat.component';
import { WoningFeitenVeldenComponent } from './woning-feiten-velden.component';
import { controleerWoningFeiten, legeWoningFeiten, woningFeitenBody, type WoningFeitenForm } from './woning-feiten.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * A placement without a case (statushouder or another bijzondere doelgroep):
 * it counts against the cap like any other (POST /plaatsingen). Above a full cap
 * only with the id of an ontheffing the regiocoördinator granted.
 */
@Component({
  selector: 'ws-plaatsing-zonder-zaak-formulier',
  imports: [FormsModule, WoningFeitenVeldenComponent, PlaatsingResultaatComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './plaatsingen.css',
  template: `
    <form class="kaart formulier" (ngSubmit)="registreer()" novalidate aria-labelledby="zonder-kop">
      <h2 id="zonder-kop">Plaatsing zonder zaak (statushouder of andere doelgroep)</h2>
      <p class="hint">Voor huishoudens die zonder zaak in Woonstart een woning kregen. Ook deze plaatsingen tellen mee voor het plafond.</p>
      <ws-plaatsing-resultaat [resultaat]="resultaat()" />
      @if (fout(); as f) {
        <div class="melding fout" role="alert" tabindex="-1" #foutBlok>
          <p><strong>{{ f.detail }}</strong></p>
          @if (f.fouten?.length) { <ul>@for (v of f.fouten!; track $index) { <li>{{ v.melding }}</li> }</ul> }
        </div>
      }
      <div class="veld">
        <label for="zo-doelgroep">Doelgroep<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
        <select id="zo-doelgroep" name="doelgroep" [(ngModel)]="doelgroep" [attr.aria-invalid]="!!veldFout('doelgroep')" [attr.aria-describedby]="beschrijving('doelgroep')">
          <option value="">Kies een doelgroep…</option>
          @for (d of doelgroepen; track d.code) { <option [value]="d.code">{{ d.label }}</option> }
        </select>
        @if (veldFout('doelgroep'); as m) { <p class="veld-fout" id="zo-doelgroep-fout">{{ m }}</p> }
      </div>
      <fieldset>
        <legend>De woning</legend>
        <ws-woning-feiten-velden [feiten]="feiten" [gemeenten]="gemeenten()" [fout]="fout()" p="zo" />
        <div class="veld">
          <label for="zo-complex">Complex</label>
          <p class="hint" id="zo-complex-hint">De code van het complex, als het een eigen plafond heeft.</p>
          <input type="text" id="zo-complex" name="complex" maxlength="40" autocomplete="off" [(ngModel)]="complex"
                 [attr.aria-invalid]="!!veldFout('complex')" [attr.aria-describedby]="beschrijving('complex', 'zo-complex-hint')" />
          @if (veldFout('complex'); as m) { <p class="veld-fout" id="zo-complex-fout">{{ m }}</p> }
        </div>
      </fieldset>
      <div class="veld">
        <label class="checkbox" for="zo-binding">
          <input type="checkbox" id="zo-binding" name="binding" [(ngModel)]="binding" aria-describedby="zo-binding-hint" />
          <span>Toegewezen met lokale of regionale binding</span>
        </label>
        <p class="hint" id="zo-binding-hint">Telt mee voor de wettelijke grens van 50 % toewijzing met binding.</p>
      </div>
      <div class="veld">
        <label for="zo-ontheffingId">Id van de ontheffing (optioneel)</label>
        <p class="hint" id="zo-ontheffingId-hint">Alleen als het plafond bereikt is en de regiocoördinator een ontheffing verleende.</p>
        <input type="text" id="zo-ontheffingId" name="ontheffingId" autocomplete="off" spellcheck="false" [(ngModel)]="ontheffingId"
               [attr.aria-invalid]="!!veldFout('ontheffingId')" [attr.aria-describedby]="beschrijving('ontheffingId', 'zo-ontheffingId-hint')" />
        @if (veldFout('ontheffingId'); as m) { <p class="veld-fout" id="zo-ontheffingId-fout">{{ m }}</p> }
      </div>
      <button type="submit" class="knop" [disabled]="bezig()">Plaatsing registreren</button>
    </form>
  `,
})
export class PlaatsingZonderZaakFormulierComponent {
  private readonly api = inject(ApiService);
  readonly gemeenten = input.required<readonly GemeenteRef[]>();
  readonly geregistreerd = output<PlaatsingResultaat>();
  protected readonly doelgroepen = [...URGENTIECATEGORIEEN, 'OVERIG'].map((c) => ({ code: c, label: categorieLabel(c) }));
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly resultaat = signal<PlaatsingResultaat | null>(null);
  protected readonly bezig = this.verzending.bezig;
  protected doelgroep = 'STATUSHOUDER';
  protected feiten: WoningFeitenForm = legeWoningFeiten('', vandaagIso());
  protected complex = '';
  protected binding = false;
  protected ontheffingId = '';
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `zo-${pad}-fout`);
  }

  protected async registreer(): Promise<void> {
    this.resultaat.set(null);
    const fouten: VeldFout[] = [];
    if (!this.doelgroep) fouten.push({ veld: 'doelgroep', melding: 'Kies de doelgroep.' });
    fouten.push(...controleerWoningFeiten(this.feiten));
    if (this.ontheffingId.trim() && !UUID.test(this.ontheffingId.trim())) fouten.push({ veld: 'ontheffingId', melding: 'Dit is geen geldig id van een ontheffing; kopieer het uit de melding of de lijst van de regiocoördinator.' });
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    const body = {
      doelgroep: this.doelgroep, ...woningFeitenBody(this.feiten), binding: this.binding,
      ...(this.complex.trim() ? { complex: this.complex.trim() } : {}), ...(this.ontheffingId.trim() ? { ontheffingId: this.ontheffingId.trim() } : {}),
    };
    await this.verzending.voer(async () => {
      const r = await this.api.post<PlaatsingResultaat>('/plaatsingen', body);
      this.resultaat.set(r);
      this.feiten = legeWoningFeiten(this.feiten.gemeenteCbs, vandaagIso());
      this.complex = '';
      this.binding = false;
      this.ontheffingId = '';
      this.geregistreerd.emit(r);
    });
  }
}
