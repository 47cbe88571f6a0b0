import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { REGIO_GEMEENTEN } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { PlafondOntheffing } from '../core/api.models';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * An override of a full cap for one household (regiocoördinator, with motivation):
 * for a case, or — without a case id — for a placement without a case, which then
 * names the override's id.
 */
@Component({
  selector: 'ws-ontheffing-formulier',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './plaatsingsruimte.css',
  template: `
    <form class="kaart formulier" (ngSubmit)="verleen()" novalidate aria-labelledby="ontheffing-kop">
      <h3 id="ontheffing-kop">Ontheffing verlenen</h3>
      <p class="hint">Met een ontheffing mag één huishouden boven het plafond worden geplaatst. De ontheffing wordt één keer gebruikt.</p>
      @if (fout(); as f) {
        <div class="melding fout" role="alert" tabindex="-1" #foutBlok>
          <p><strong>{{ f.detail }}</strong></p>
          @if (f.fouten?.length) { <ul>@for (v of f.fouten!; track $index) { <li>{{ v.melding }}</li> }</ul> }
        </div>
      }
      <div class="rij-velden">
        <div class="veld">
          <label for="on-gemeenteCbs">Gemeente<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <select id="on-gemeenteCbs" name="gemeenteCbs" [(ngModel)]="gemeenteCbs" [attr.aria-invalid]="!!veldFout('gemeenteCbs')" [attr.aria-describedby]="beschrijving('gemeenteCbs')">
            <option value="">Kies een gemeente…</option>
            @for (g of gemeenten; track g.cbsCode) { <option [value]="g.cbsCode">{{ g.naam }}</option> }
          </select>
          @if (veldFout('gemeenteCbs'); as m) { <p class="veld-fout" id="on-gemeenteCbs-fout">{{ m }}</p> }
        </div>
        <div class="veld">
          <label for="on-jaar">Jaar<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <input type="number" id="on-jaar" name="jaar" min="2000" max="2100" step="1" inputmode="numeric" [(ngModel)]="jaarInvoer"
                 [attr.aria-invalid]="!!veldFout('jaar')" [attr.aria-describedby]="beschrijving('jaar')" />
          @if (veldFout('jaar'); as m) { <p class="veld-fout" id="on-jaar-fout">{{ m }}</p> }
        </div>
      </div>
      <div class="veld">
        <label for="on-zaakId">Zaak-id (optioneel)</label>
        <p class="hint" id="on-zaakId-hint">Leeg voor een plaatsing zonder zaak, zoals een statushouder.</p>
        <input type="text" id="on-zaakId" name="zaakId" autocomplete="off" spellcheck="false" [(ngModel)]="zaakId"
               [attr.aria-invalid]="!!veldFout('zaakId')" [attr.aria-describedby]="beschrijving('zaakId', 'on-zaakId-hint')" />
        @if (veldFout('zaakId'); as m) { <p class="veld-fout" id="on-zaakId-fout">{{ m }}</p> }
      </div>
      <div class="veld">
        <label for="on-motivering">Motivering<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
        <p class="hint" id="on-motivering-hint">Waarom deze plaatsing boven het plafond verantwoord is; ten minste 10 tekens.</p>
        <textarea id="on-motivering" name="motivering" rows="3" [(ngModel)]="motivering" required
                  [attr.aria-invalid]="!!veldFout('motivering')" [attr.aria-describedby]="beschrijving('motivering', 'on-motivering-hint')"></textarea>
        @if (veldFout('motivering'); as m) { <p class="veld-fout" id="on-motivering-fout">{{ m }}</p> }
      </div>
      <button type="submit" class="knop" [disabled]="bezig()">Ontheffing verlenen</button>
    </form>
  `,
})
export class OntheffingFormulierComponent {
  private readonly api = inject(ApiService);
  readonly jaar = input.required<number>();
  readonly verleend = output<PlafondOntheffing>();
  protected readonly gemeenten = [...REGIO_GEMEENTEN].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly bezig = this.verzending.bezig;
  protected gemeenteCbs = '';
  protected jaarInvoer: number | null = null;
  protected zaakId = '';
  protected motivering = '';
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  constructor() {
    effect(() => {
      this.jaarInvoer = this.jaar();
    });
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `on-${pad}-fout`);
  }

  protected async verleen(): Promise<void> {
    const fouten: Array<{ veld: string; melding: string }> = [];
    const jaar = Number(this.jaarInvoer);
    if (!this.gemeenteCbs) fouten.push({ veld: 'gemeenteCbs', melding: 'Kies de gemeente.' });
    if (!Number.isInteger(jaar) || jaar < 2000 || jaar > 2100) fouten.push({ veld: 'jaar', melding: 'Vul een geldig jaartal in.' });
    if (this.zaakId.trim() && !UUID.test(this.zaakId.trim())) fouten.push({ veld: 'zaakId', melding: 'Dit is geen geldig zaak-id. Kopieer het uit het adres van de zaakpagina, of laat het veld leeg.' });
    if (this.motivering.trim().length < 10) fouten.push({ veld: 'motivering', melding: 'Een ontheffing vraagt een motivering van ten minste 10 tekens.' });
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    await this.verzending.voer(async () => {
      const body = { gemeenteCbs: this.gemeenteCbs, jaar, motivering: this.motivering.trim(), ...(this.zaakId.trim() ? { zaakId: this.zaakId.trim() } : {}) };
      const o = await this.api.post<PlafondOntheffing>('/plaatsingsruimte/ontheffingen', body);
      this.zaakId = '';
      this.motivering = '';
      this.verleend.emit(o);
    });
  }
}
