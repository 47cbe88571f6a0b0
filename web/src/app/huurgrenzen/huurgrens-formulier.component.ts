import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { Huurgrens, VeldFout } from '../core/api.models';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';

type GrensVeld = 'kwaliteitskortingsgrens' | 'eersteAftoppingsgrens' | 'tweedeAftoppingsgrens' | 'liberalisatiegrens';

const VELDEN: ReadonlyArray<{ veld: GrensVeld; label: string; uitleg: string }> = [
  { veld: 'kwaliteitskortingsgrens', label: 'Kwaliteitskortingsgrens', uitleg: 'Ook de grens voor jongeren onder 23 jaar.' },
  { veld: 'eersteAftoppingsgrens', label: 'Eerste aftoppingsgrens', uitleg: 'Passend toewijzen voor huishoudens van één of twee personen.' },
  { veld: 'tweedeAftoppingsgrens', label: 'Tweede aftoppingsgrens', uitleg: 'Passend toewijzen voor huishoudens van drie of meer personen.' },
  { veld: 'liberalisatiegrens', label: 'Liberalisatiegrens', uitleg: 'Bovengrens van de sociale huur.' },
];

export interface HuurgrensVoorstel { jaar: number | null; waarden: Partial<Record<GrensVeld, number>>; nieuw: boolean }

/** The rent limits of one year (beheerder): a new year, or a correction of an existing one. */
@Component({
  selector: 'ws-huurgrens-formulier',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="kaart formulier" (ngSubmit)="opslaan()" novalidate aria-labelledby="hg-kop">
      <h2 id="hg-kop" tabindex="-1" #kop>{{ voorstel().nieuw ? 'Huurgrenzen van een nieuw jaar' : 'Huurgrenzen ' + voorstel().jaar + ' corrigeren' }}</h2>
      <p class="hint">Bedragen in euro per maand (kale huur), zoals het Rijk ze jaarlijks per 1 januari vaststelt. Ze moeten oplopen van boven naar beneden.</p>
      @if (fout(); as f) {
        <div class="melding fout" role="alert" tabindex="-1" #foutBlok>
          <p><strong>{{ f.detail }}</strong></p>
          @if (f.fouten?.length) { <ul>@for (v of f.fouten!; track $index) { <li>{{ v.melding }}</li> }</ul> }
        </div>
      }
      @if (voorstel().nieuw) {
        <div class="veld">
          <label for="hg-jaar">Jaar<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <input type="number" id="hg-jaar" name="jaar" min="2000" max="2100" step="1" inputmode="numeric" [(ngModel)]="jaar"
                 [attr.aria-invalid]="!!veldFout('jaar')" [attr.aria-describedby]="beschrijving('jaar')" />
          @if (veldFout('jaar'); as m) { <p class="veld-fout" id="hg-jaar-fout">{{ m }}</p> }
        </div>
      }
      <div class="raster">
        @for (v of velden; track v.veld) {
          <div class="veld">
            <label [for]="'hg-' + v.veld">{{ v.label }} (euro)<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
            <p class="hint" [id]="'hg-' + v.veld + '-hint'">{{ v.uitleg }}</p>
            <input type="number" [id]="'hg-' + v.veld" [name]="v.veld" min="100" max="3000" step="0.01" inputmode="decimal" [(ngModel)]="waarden[v.veld]"
                   [attr.aria-invalid]="!!veldFout(v.veld)" [attr.aria-describedby]="beschrijving(v.veld, 'hg-' + v.veld + '-hint')" />
            @if (veldFout(v.veld); as m) { <p class="veld-fout" [id]="'hg-' + v.veld + '-fout'">{{ m }}</p> }
          </div>
        }
      </div>
      <div class="knoppen">
        <button type="submit" class="knop" [disabled]="bezig()">Huurgrenzen vastleggen</button>
        <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
      </div>
    </form>
  `,
  styles: `
    .formulier { border-left: 6px solid var(--ws-blauw); }
    .veld > p.hint { margin: 0 0 .3rem; }
    input[type=number] { max-width: 12rem; }
  `,
})
export class HuurgrensFormulierComponent {
  private readonly api = inject(ApiService);
  readonly voorstel = input.required<HuurgrensVoorstel>();
  readonly opgeslagen = output<Huurgrens>();
  readonly annuleer = output<void>();
  protected readonly velden = VELDEN;
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly bezig = this.verzending.bezig;
  protected jaar: number | null = null;
  protected waarden: Partial<Record<GrensVeld, number | null>> = {};
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  constructor() {
    effect(() => {
      const v = this.voorstel();
      this.jaar = v.jaar;
      this.waarden = { ...v.waarden };
      this.fout.set(null);
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `hg-${pad}-fout`);
  }

  protected async opslaan(): Promise<void> {
    const fouten: VeldFout[] = [];
    const jaar = Number(this.jaar);
    if (!Number.isInteger(jaar) || jaar < 2000 || jaar > 2100) fouten.push({ veld: 'jaar', melding: 'Vul een geldig jaartal in.' });
    const body: Partial<Record<GrensVeld, number>> = {};
    for (const v of VELDEN) {
      const ruw = this.waarden[v.veld];
      const n = Number(ruw);
      if (ruw === null || ruw === undefined || String(ruw) === '' || !Number.isFinite(n) || n < 100 || n > 3000) {
        fouten.push({ veld: v.veld, melding: `${v.label}: vul een bedrag in tussen 100 en 3000 euro.` });
      } else body[v.veld] = Math.round(n * 100) / 100;
    }
    const b = body as Record<GrensVeld, number>;
    if (!fouten.length && !(b.kwaliteitskortingsgrens < b.eersteAftoppingsgrens && b.eersteAftoppingsgrens <= b.tweedeAftoppingsgrens && b.tweedeAftoppingsgrens < b.liberalisatiegrens)) {
      fouten.push({ veld: 'eersteAftoppingsgrens', melding: 'De grenzen moeten oplopen: kwaliteitskortingsgrens < eerste aftoppingsgrens ≤ tweede aftoppingsgrens < liberalisatiegrens.' });
    }
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    await this.verzending.voer(async () => {
      this.opgeslagen.emit(await this.api.put<Huurgrens>(`/huurgrenzen/${jaar}`, body));
    });
  }
}
