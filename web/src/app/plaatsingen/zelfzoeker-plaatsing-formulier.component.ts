import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { WONINGTYPEN, WONINGTYPE_LABEL } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { GemeenteRef, PlaatsingResultaat, VeldFout } from '../core/api.models';
import { vandaagIso } from '../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { PlaatsingResultaatComponent } from './plaatsing-resultaat.component';
import { WoningFeitenVeldenComponent } from './woning-feiten-velden.component';
import { controleerWoningFeiten, legeWoningFeiten, woningFeitenBody, type WoningFeitenForm } from './woning-feiten.model';

const NUMMER = /^UV-\d{4}-\d{6}$/;

/**
 * A zelf-zoeker found a dwelling of this corporatie: the placement is registered
 * on the number of the urgentieverklaring (POST /plaatsingen/urgentieverklaring)
 * and moves the case to geplaatst.
 */
@Component({
  selector: 'ws-zelfzoeker-plaatsing-formulier',
  imports: [FormsModule, WoningFeitenVeldenComponent, PlaatsingResultaatComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './plaatsingen.css',
  template: `
    <form class="kaart formulier" (ngSubmit)="registreer()" novalidate aria-labelledby="zz-kop">
      <h2 id="zz-kop">Plaatsing zelf-zoeker (urgentieverklaring)</h2>
      <p class="hint">Voor een huishouden dat met een urgentieverklaring zelf een woning van uw corporatie vond.</p>
      <ws-plaatsing-resultaat [resultaat]="resultaat()" />
      @if (fout(); as f) {
        <div class="melding fout" role="alert" tabindex="-1" #foutBlok>
          <p><strong>{{ f.detail }}</strong></p>
          @if (f.fouten?.length) { <ul>@for (v of f.fouten!; track $index) { <li>{{ v.melding }}</li> }</ul> }
        </div>
      }
      <div class="veld">
        <label for="zz-nummer">Nummer urgentieverklaring<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
        <p class="hint" id="zz-nummer-hint">Zoals op de verklaring, bijvoorbeeld UV-2026-000012.</p>
        <input type="text" id="zz-nummer" name="nummer" autocomplete="off" spellcheck="false" [(ngModel)]="nummer"
               [attr.aria-invalid]="!!veldFout('nummer')" [attr.aria-describedby]="beschrijving('nummer', 'zz-nummer-hint')" />
        @if (veldFout('nummer'); as m) { <p class="veld-fout" id="zz-nummer-fout">{{ m }}</p> }
      </div>
      <fieldset>
        <legend>De woning</legend>
        <ws-woning-feiten-velden [feiten]="feiten" [gemeenten]="gemeenten()" [fout]="fout()" p="zz" />
        <div class="rij-velden">
          <div class="veld">
            <label for="zz-woningtype">Woningtype</label>
            <select id="zz-woningtype" name="woningtype" [(ngModel)]="woningtype" [attr.aria-invalid]="!!veldFout('woningtype')" [attr.aria-describedby]="beschrijving('woningtype')">
              <option value="">Niet opgegeven</option>
              @for (t of woningtypen; track t.waarde) { <option [value]="t.waarde">{{ t.label }}</option> }
            </select>
            @if (veldFout('woningtype'); as m) { <p class="veld-fout" id="zz-woningtype-fout">{{ m }}</p> }
          </div>
          <div class="veld">
            <label for="zz-kamers">Aantal kamers</label>
            <input type="number" id="zz-kamers" name="kamers" min="1" max="8" step="1" inputmode="numeric" [(ngModel)]="kamers"
                   [attr.aria-invalid]="!!veldFout('kamers')" [attr.aria-describedby]="beschrijving('kamers')" />
            @if (veldFout('kamers'); as m) { <p class="veld-fout" id="zz-kamers-fout">{{ m }}</p> }
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Begeleiding</legend>
        <div class="veld">
          <label class="checkbox" for="zz-begeleidingAkkoord">
            <input type="checkbox" id="zz-begeleidingAkkoord" name="begeleidingAkkoord" [(ngModel)]="begeleidingAkkoord"
                   [attr.aria-invalid]="!!veldFout('begeleidingAkkoord')" [attr.aria-describedby]="beschrijving('begeleidingAkkoord', 'zz-begeleiding-hint')" />
            <span>De huurder is akkoord met begeleiding<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></span>
          </label>
          <p class="hint" id="zz-begeleiding-hint">Begeleiding is een voorwaarde voor plaatsing van deze doelgroepen.</p>
          @if (veldFout('begeleidingAkkoord'); as m) { <p class="veld-fout" id="zz-begeleidingAkkoord-fout">{{ m }}</p> }
        </div>
        <div class="veld">
          <label for="zz-begeleidingsafspraak">Begeleidingsafspraak<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <p class="hint" id="zz-afspraak-hint">Wie begeleidt, hoe vaak en hoe lang.</p>
          <textarea id="zz-begeleidingsafspraak" name="begeleidingsafspraak" rows="3" [(ngModel)]="begeleidingsafspraak"
                    [attr.aria-invalid]="!!veldFout('begeleidingsafspraak')" [attr.aria-describedby]="beschrijving('begeleidingsafspraak', 'zz-afspraak-hint')"></textarea>
          @if (veldFout('begeleidingsafspraak'); as m) { <p class="veld-fout" id="zz-begeleidingsafspraak-fout">{{ m }}</p> }
        </div>
      </fieldset>
      <button type="submit" class="knop" [disabled]="bezig()">Plaatsing registreren</button>
    </form>
  `,
})
export class ZelfzoekerPlaatsingFormulierComponent {
  private readonly api = inject(ApiService);
  readonly gemeenten = input.required<readonly GemeenteRef[]>();
  readonly geregistreerd = output<PlaatsingResultaat>();
  protected readonly woningtypen = WONINGTYPEN.map((t) => ({ waarde: t, label: WONINGTYPE_LABEL[t] }));
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly resultaat = signal<PlaatsingResultaat | null>(null);
  protected readonly bezig = this.verzending.bezig;
  protected nummer = '';
  protected feiten: WoningFeitenForm = legeWoningFeiten('', vandaagIso());
  protected woningtype = '';
  protected kamers: number | null = null;
  protected begeleidingAkkoord = false;
  protected begeleidingsafspraak = '';
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `zz-${pad}-fout`);
  }

  protected async registreer(): Promise<void> {
    this.resultaat.set(null);
    const nummer = this.nummer.trim().toUpperCase();
    const fouten: VeldFout[] = [];
    if (!NUMMER.test(nummer)) fouten.push({ veld: 'nummer', melding: 'Vul het nummer van de urgentieverklaring in, bijvoorbeeld UV-2026-000012.' });
    fouten.push(...controleerWoningFeiten(this.feiten));
    const kamers = this.kamers === null || String(this.kamers) === '' ? null : Number(this.kamers);
    if (kamers !== null && (!Number.isInteger(kamers) || kamers < 1 || kamers > 8)) fouten.push({ veld: 'kamers', melding: 'Het aantal kamers is een heel getal van 1 tot en met 8.' });
    if (!this.begeleidingAkkoord) fouten.push({ veld: 'begeleidingAkkoord', melding: 'Plaatsen kan alleen als de huurder akkoord is met begeleiding.' });
    if (!this.begeleidingsafspraak.trim()) fouten.push({ veld: 'begeleidingsafspraak', melding: 'Beschrijf de begeleidingsafspraak.' });
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    const body = {
      nummer, ...woningFeitenBody(this.feiten), begeleidingAkkoord: true, begeleidingsafspraak: this.begeleidingsafspraak.trim(),
      ...(this.woningtype ? { woningtype: this.woningtype } : {}), ...(kamers !== null ? { kamers } : {}),
    };
    await this.verzending.voer(async () => {
      const r = await this.api.post<PlaatsingResultaat>('/plaatsingen/urgentieverklaring', body);
      this.resultaat.set(r);
      this.nummer = '';
      this.feiten = legeWoningFeiten(this.feiten.gemeenteCbs, vandaagIso());
      this.woningtype = '';
      this.kamers = null;
      this.begeleidingAkkoord = false;
      this.begeleidingsafspraak = '';
      this.geregistreerd.emit(r);
    });
  }
}
