import { ChangeDetectionStrategy, Component, ElementRef, inject, output, signal, viewChild } from '@angular/core';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { WoningImportVerslag } from '../core/api.models';
import { CSV_KOLOMMEN, CSV_UITLEG, csvSjabloonHref } from './woning-weergave';

/**
 * CSV import: the good lines are saved together, the others listed with their
 * line number and reasons, so the user can fix exactly those and import them again.
 */
@Component({
  selector: 'ws-woning-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './woningen.css',
  template: `
    <form class="kaart" (submit)="$event.preventDefault(); importeer()" novalidate aria-labelledby="wi-kop">
      <h2 id="wi-kop">Woningen importeren uit een CSV-bestand</h2>
      <p>Meld veel woningen tegelijk aan. Gebruik het sjabloon: één woning per regel, kolommen gescheiden door een puntkomma (;) of komma, opgeslagen als CSV (UTF-8).
        Hoogstens 2.000 woningen en 1 MB per bestand.</p>
      <p><a [href]="sjabloon" download="woningen-sjabloon.csv">Download het sjabloon (CSV)</a></p>
      <details>
        <summary>Wat vult u in per kolom?</summary>
        <dl class="gegevens ws-uitleg">
          @for (k of uitleg; track k[0]) { <dt><code>{{ k[0] }}</code></dt><dd>{{ k[1] }}</dd> }
        </dl>
        <p class="hint">De kopregel is precies: <code>{{ kop }}</code></p>
      </details>
      @if (fout(); as f) {
        <div class="melding fout" role="alert" tabindex="-1" #foutBlok>
          <p><strong>{{ f.detail }}</strong></p>
          @if (f.fouten?.length) { <ul>@for (v of f.fouten!; track $index) { <li>{{ v.melding }}</li> }</ul> }
        </div>
      }
      <div class="veld">
        <label for="wi-bestand">CSV-bestand<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
        <input #bestandVeld type="file" id="wi-bestand" name="bestand" accept=".csv,text/csv" (change)="kies($event)"
               [attr.aria-invalid]="!!fout()" />
      </div>
      <button type="submit" class="knop" [disabled]="bezig()">{{ bezig() ? 'Bezig met importeren…' : 'Importeren' }}</button>
    </form>

    <div aria-live="polite" role="status">
      @if (verslag(); as v) {
        <section class="kaart" aria-labelledby="wi-verslag-kop">
          <h2 id="wi-verslag-kop">{{ v.geimporteerd }} van {{ v.regels }} regels geïmporteerd</h2>
          @if (v.afgewezen.length) {
            <p>{{ v.afgewezen.length === 1 ? '1 regel is' : v.afgewezen.length + ' regels zijn' }} niet geïmporteerd. Verbeter deze regels en importeer alleen die opnieuw;
              de geïmporteerde woningen staan al in de lijst.</p>
            <table>
              <caption>Afgewezen regels</caption>
              <thead><tr><th scope="col">Regel</th><th scope="col">Reden(en)</th></tr></thead>
              <tbody>
                @for (a of v.afgewezen; track a.regel) {
                  <tr><th scope="row">{{ a.regel }}</th>
                    <td>@if (a.fouten.length === 1) { {{ a.fouten[0] }} } @else { <ul class="ws-redenen">@for (r of a.fouten; track $index) { <li>{{ r }}</li> }</ul> }</td></tr>
                }
              </tbody>
            </table>
          } @else {
            <p>Alle regels zijn geïmporteerd.</p>
          }
        </section>
      }
    </div>
  `,
})
export class WoningImportComponent {
  private readonly api = inject(ApiService);
  readonly geimporteerd = output<WoningImportVerslag>();
  protected readonly sjabloon = csvSjabloonHref();
  protected readonly kop = CSV_KOLOMMEN.join(';');
  protected readonly uitleg = CSV_UITLEG;
  protected readonly verslag = signal<WoningImportVerslag | null>(null);
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly bezig = this.verzending.bezig;
  private bestand: File | null = null;
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');
  private readonly bestandVeld = viewChild<ElementRef<HTMLInputElement>>('bestandVeld');

  protected kies(event: Event): void {
    this.bestand = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.fout.set(null);
  }

  protected async importeer(): Promise<void> {
    this.verslag.set(null);
    const bestand = this.bestand;
    if (!bestand) {
      this.verzending.toon({ status: 400, title: 'Ongeldig', detail: 'Kies eerst een CSV-bestand.' });
      return;
    }
    await this.verzending.voer(async () => {
      const form = new FormData();
      form.append('bestand', bestand, bestand.name);
      const verslag = await this.api.postForm<WoningImportVerslag>('/woningen/import', form);
      this.verslag.set(verslag);
      this.bestand = null;
      const veld = this.bestandVeld()?.nativeElement;
      if (veld) veld.value = '';
      this.geimporteerd.emit(verslag);
    });
  }
}
