import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild, type OnInit } from '@angular/core';
import { ApiService } from '../core/api.service';
import type { Huurgrens, Problem } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatBedrag, formatTijdstip, vandaagIso } from '../core/format';
import { HuurgrensFormulierComponent, type HuurgrensVoorstel } from './huurgrens-formulier.component';

/**
 * The rent limits of the Wet op de huurtoeslag per year. Suitability (passend
 * toewijzen) and the cap basis read them; the beheerder adds next year's before
 * 1 January, so no release is needed.
 */
@Component({
  selector: 'ws-huurgrenzen',
  imports: [HuurgrensFormulierComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">Huurgrenzen</h1>
    <p>De huurgrenzen per jaar (euro per maand, kale huur). Woonstart gebruikt ze om te toetsen of een woning passend is en om het plafond te tellen.</p>
    @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
    <div aria-live="polite" role="status">@if (succes(); as s) { <div class="melding succes" tabindex="-1" #succesMelding>{{ s }}</div> }</div>
    @if (ontbreekt()) { <div class="melding waarschuwing">De huurgrenzen van {{ volgendJaar }} ontbreken nog. Leg ze vast vóór 1 januari.</div> }

    @if (voorstel(); as v) {
      <ws-huurgrens-formulier [voorstel]="v" (opgeslagen)="opgeslagen($event)" (annuleer)="sluit()" (keydown.escape)="sluit()" />
    } @else if (magWijzigen()) {
      <p><button type="button" class="knop" #nieuwKnop (click)="nieuw()">Jaar toevoegen</button></p>
    }

    @if (grenzen().length) {
      <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="hg-caption">
        <table>
          <caption id="hg-caption">Huurgrenzen per jaar</caption>
          <thead>
            <tr>
              <th scope="col">Jaar</th><th scope="col">Kwaliteits&shy;kortingsgrens</th><th scope="col">Eerste aftoppingsgrens</th>
              <th scope="col">Tweede aftoppingsgrens</th><th scope="col">Liberalisatie&shy;grens</th><th scope="col">Laatst gewijzigd</th>
              @if (magWijzigen()) { <th scope="col"><span class="visueel-verborgen">Actie</span></th> }
            </tr>
          </thead>
          <tbody>
            @for (g of grenzen(); track g.jaar) {
              <tr [class.huidig]="g.jaar === huidigJaar">
                <th scope="row">{{ g.jaar }}@if (g.jaar === huidigJaar) { <span class="label afgerond">Dit jaar</span> }</th>
                <td>{{ bedrag(g.kwaliteitskortingsgrens) }}</td><td>{{ bedrag(g.eersteAftoppingsgrens) }}</td>
                <td>{{ bedrag(g.tweedeAftoppingsgrens) }}</td><td>{{ bedrag(g.liberalisatiegrens) }}</td>
                <td>{{ tijdstip(g.gewijzigdOp) }}</td>
                @if (magWijzigen()) {
                  <td><button type="button" class="knop secundair" [id]="'hg-wijzig-' + g.jaar" (click)="wijzig(g)">Wijzigen<span class="visueel-verborgen"> {{ g.jaar }}</span></button></td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (geladen()) {
      <p>Er zijn nog geen huurgrenzen vastgelegd.</p>
    }
  `,
  styles: `
    .tabel-scroll { overflow-x: auto; }
    td { font-variant-numeric: tabular-nums; }
    tbody th { background: #fff; }
    tbody th .label { margin-left: .5rem; }
    tr.huidig th, tr.huidig td { background: #e8f3ea; }
    tr.huidig th { border-left: 6px solid var(--ws-groen); }
    td .knop { min-height: 38px; padding: .25rem .75rem; }
  `,
})
export class HuurgrenzenPage implements OnInit {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly huidigJaar = Number(vandaagIso().slice(0, 4));
  protected readonly volgendJaar = this.huidigJaar + 1;
  protected readonly grenzen = signal<Huurgrens[]>([]);
  protected readonly geladen = signal(false);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly voorstel = signal<HuurgrensVoorstel | null>(null);
  protected readonly magWijzigen = computed(() => this.auth.gebruiker()?.rol === 'beheerder');
  /** From October on, next year's limits are due. */
  protected readonly ontbreekt = computed(() => this.geladen() && vandaagIso().slice(5, 7) >= '10' && !this.grenzen().some((g) => g.jaar === this.volgendJaar));
  private readonly succesMelding = viewChild<ElementRef<HTMLElement>>('succesMelding');
  private readonly nieuwKnop = viewChild<ElementRef<HTMLElement>>('nieuwKnop');
  private terugNaar: string | null = null;

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected nieuw(): void {
    const laatste = this.grenzen().at(-1);
    this.succes.set(null);
    this.terugNaar = null;
    this.voorstel.set({ jaar: laatste ? laatste.jaar + 1 : this.huidigJaar, waarden: laatste ? waardenVan(laatste) : {}, nieuw: true });
  }

  protected wijzig(g: Huurgrens): void {
    this.succes.set(null);
    this.terugNaar = `hg-wijzig-${g.jaar}`;
    this.voorstel.set({ jaar: g.jaar, waarden: waardenVan(g), nieuw: false });
  }

  protected sluit(): void {
    this.voorstel.set(null);
    const terug = this.terugNaar;
    setTimeout(() => (terug ? document.getElementById(terug) : this.nieuwKnop()?.nativeElement)?.focus(), 0);
  }

  protected async opgeslagen(g: Huurgrens): Promise<void> {
    this.voorstel.set(null);
    await this.laad();
    this.succes.set(`De huurgrenzen van ${g.jaar} zijn vastgelegd.`);
    setTimeout(() => this.succesMelding()?.nativeElement.focus(), 0);
  }

  protected bedrag(b: number): string {
    return formatBedrag(b);
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }

  private async laad(): Promise<void> {
    try {
      this.grenzen.set(await this.api.get<Huurgrens[]>('/huurgrenzen'));
      this.fout.set(null);
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.geladen.set(true);
    }
  }
}

function waardenVan(g: Huurgrens): HuurgrensVoorstel['waarden'] {
  return {
    kwaliteitskortingsgrens: g.kwaliteitskortingsgrens, eersteAftoppingsgrens: g.eersteAftoppingsgrens,
    tweedeAftoppingsgrens: g.tweedeAftoppingsgrens, liberalisatiegrens: g.liberalisatiegrens,
  };
}
