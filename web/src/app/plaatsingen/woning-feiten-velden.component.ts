import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { GemeenteRef, Problem, Wijk } from '../core/api.models';
import { beschreven, veldMelding } from '../core/veld-fout';
import type { WoningFeitenForm } from './woning-feiten.model';
import { WijkenService } from './wijken.service';

/** Gemeente, wijk, adres, rent and contract date of a dwelling outside Woonstart; shared by both placement forms. */
@Component({
  selector: 'ws-woning-feiten-velden',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './plaatsingen.css',
  template: `
    <div class="rij-velden">
      <div class="veld">
        <label [for]="p() + '-gemeenteCbs'">Gemeente<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
        <p class="hint" [id]="p() + '-gemeenteCbs-hint'">Alleen gemeenten in het werkgebied van uw corporatie.</p>
        <select [id]="p() + '-gemeenteCbs'" [ngModel]="feiten().gemeenteCbs" (ngModelChange)="kiesGemeente($event)"
                [attr.aria-invalid]="!!veldFout('gemeenteCbs')" [attr.aria-describedby]="beschrijving('gemeenteCbs', p() + '-gemeenteCbs-hint')">
          <option value="">Kies een gemeente…</option>
          @for (g of gemeenten(); track g.cbsCode) { <option [value]="g.cbsCode">{{ g.naam }}</option> }
        </select>
        @if (veldFout('gemeenteCbs'); as m) { <p class="veld-fout" [id]="p() + '-gemeenteCbs-fout'">{{ m }}</p> }
      </div>
      <div class="veld">
        <label [for]="p() + '-wijkCode'">Wijk</label>
        <p class="hint" [id]="p() + '-wijkCode-hint'">Nodig als de wijk een eigen plafond heeft.</p>
        <select [id]="p() + '-wijkCode'" [(ngModel)]="feiten().wijkCode" [disabled]="!feiten().gemeenteCbs"
                [attr.aria-invalid]="!!veldFout('wijkCode')" [attr.aria-describedby]="beschrijving('wijkCode', p() + '-wijkCode-hint')">
          <option value="">{{ feiten().gemeenteCbs ? 'Onbekend of geen keuze' : 'Kies eerst een gemeente' }}</option>
          @for (w of wijken(); track w.code) { <option [value]="w.code">{{ w.naam }}</option> }
        </select>
        @if (veldFout('wijkCode'); as m) { <p class="veld-fout" [id]="p() + '-wijkCode-fout'">{{ m }}</p> }
      </div>
    </div>
    <div class="veld">
      <label [for]="p() + '-adres'">Adres<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
      <p class="hint" [id]="p() + '-adres-hint'">Straat, huisnummer, postcode en plaats.</p>
      <input type="text" [id]="p() + '-adres'" autocomplete="off" maxlength="300" [(ngModel)]="feiten().adres"
             [attr.aria-invalid]="!!veldFout('adres')" [attr.aria-describedby]="beschrijving('adres', p() + '-adres-hint')" />
      @if (veldFout('adres'); as m) { <p class="veld-fout" [id]="p() + '-adres-fout'">{{ m }}</p> }
    </div>
    <div class="rij-velden">
      <div class="veld">
        <label [for]="p() + '-huurprijs'">Kale huur per maand (euro)<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
        <input type="number" [id]="p() + '-huurprijs'" min="100" max="3000" step="0.01" inputmode="decimal" [(ngModel)]="feiten().huurprijs"
               [attr.aria-invalid]="!!veldFout('huurprijs')" [attr.aria-describedby]="beschrijving('huurprijs')" />
        @if (veldFout('huurprijs'); as m) { <p class="veld-fout" [id]="p() + '-huurprijs-fout'">{{ m }}</p> }
      </div>
      <div class="veld">
        <label [for]="p() + '-ingangsdatum'">Ingangsdatum huurcontract<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
        <input type="date" [id]="p() + '-ingangsdatum'" [(ngModel)]="feiten().ingangsdatum"
               [attr.aria-invalid]="!!veldFout('ingangsdatum')" [attr.aria-describedby]="beschrijving('ingangsdatum')" />
        @if (veldFout('ingangsdatum'); as m) { <p class="veld-fout" [id]="p() + '-ingangsdatum-fout'">{{ m }}</p> }
      </div>
    </div>
  `,
})
export class WoningFeitenVeldenComponent {
  private readonly wijkenService = inject(WijkenService);
  readonly feiten = input.required<WoningFeitenForm>();
  readonly gemeenten = input.required<readonly GemeenteRef[]>();
  readonly fout = input<Problem | null>(null);
  /** Prefix of the element ids, unique per form. */
  readonly p = input.required<string>();
  protected readonly wijken = signal<Wijk[]>([]);

  constructor() {
    effect(() => void this.laadWijken(this.feiten().gemeenteCbs));
  }

  protected kiesGemeente(cbs: string): void {
    this.feiten().gemeenteCbs = cbs;
    this.feiten().wijkCode = '';
    void this.laadWijken(cbs);
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `${this.p()}-${pad}-fout`);
  }

  private async laadWijken(cbs: string): Promise<void> {
    if (!cbs) {
      this.wijken.set([]);
      return;
    }
    try {
      this.wijken.set(await this.wijkenService.wijken(cbs));
    } catch {
      // Without the list the wijk stays optional; the api checks a chosen one.
      this.wijken.set([]);
    }
  }
}
