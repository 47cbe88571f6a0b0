import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { ApiService } from '../../core/api.service';
import type { Problem, WoningMatch, WoningMatches, ZaakDetail } from '../../core/api.models';
import { WoningMatchComponent } from './woning-match.component';

/**
 * "Passende woningen": the dwellings for this household, best first, from the
 * suitability rule (GET /zaken/:id/woningmatches). A corporatie sees its own
 * dwellings and may offer one; the commissie sees all, read-only.
 */
@Component({
  selector: 'ws-passende-woningen',
  imports: [WoningMatchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="kaart" aria-labelledby="woningen-kop">
      <h2 id="woningen-kop" tabindex="-1">Passende woningen</h2>
      @if (data(); as d) {
        <p>
          {{ d.kandidaat.categorieLabel }}, huishouden van {{ d.kandidaat.huishoudgrootte }} {{ d.kandidaat.huishoudgrootte === 1 ? 'persoon' : 'personen' }};
          woonstartgemeente {{ d.kandidaat.doelgemeenteNaam ?? 'nog niet vastgesteld' }}.
          {{ magAanbieden() ? 'U ziet de vrije woningen van uw corporatie.' : 'U ziet de vrije woningen van alle corporaties.' }}
        </p>
        <p class="hint">Volgorde: eerst de passende woningen, daarna op score. <strong>Uitgesloten</strong> betekent dat een harde voorwaarde niet wordt gehaald;
          voorkeuren tellen mee in de score (+ of −).</p>
      }
      <div role="status" aria-live="polite">
        @if (laden()) { <p>Woningen zoeken…</p> }
        @else if (data(); as d) { <p><strong>{{ samenvatting() }}</strong></p> }
      </div>
      @if (fout(); as f) { <div class="melding fout" role="alert">{{ f.detail }}</div> }
      @if (data(); as d) {
        <ol class="matches">
          @for (m of aanbiedbaar(); track m.woning.id; let n = $index) {
            <li><ws-woning-match [match]="m" [rang]="n + 1" [zaak]="zaak()" [magAanbieden]="magAanbieden()" (gedaan)="gedaan.emit($event)" (herladen)="herladen.emit()" /></li>
          }
        </ol>
        @if (uitgesloten().length) {
          <details>
            <summary>Uitgesloten woningen ({{ uitgesloten().length }})</summary>
            <ol class="matches" [start]="aanbiedbaar().length + 1">
              @for (m of uitgesloten(); track m.woning.id; let n = $index) {
                <li><ws-woning-match [match]="m" [rang]="aanbiedbaar().length + n + 1" [zaak]="zaak()" [magAanbieden]="false" /></li>
              }
            </ol>
          </details>
        }
      }
    </section>
  `,
  styles: `
    ol.matches { list-style: none; padding: 0; margin: 0; }
    details { margin-top: 1rem; border: 1px solid #d9d9d9; border-radius: 4px; padding: .5rem .75rem; }
    details summary { cursor: pointer; font-weight: 600; color: var(--ws-blauw); min-height: 28px; }
  `,
})
export class PassendeWoningenComponent {
  private readonly api = inject(ApiService);
  readonly zaak = input.required<ZaakDetail>();
  readonly magAanbieden = input(false);
  readonly gedaan = output<ZaakDetail>();
  readonly herladen = output<void>();
  protected readonly data = signal<WoningMatches | null>(null);
  protected readonly laden = signal(false);
  protected readonly fout = signal<Problem | null>(null);

  /** Offerable: passend, or only held back by a condition a person may lift (a motivation, or an ontheffing at placement). */
  protected readonly aanbiedbaar = computed(() => (this.data()?.woningen ?? []).filter((m) => kanAangebodenWorden(m)));
  protected readonly uitgesloten = computed(() => (this.data()?.woningen ?? []).filter((m) => !kanAangebodenWorden(m)));
  protected readonly samenvatting = computed(() => {
    const passend = (this.data()?.woningen ?? []).filter((m) => m.beoordeling.passend).length;
    const opheffen = this.aanbiedbaar().length - passend;
    const delen = [`${passend} passende ${passend === 1 ? 'woning' : 'woningen'}`];
    if (opheffen) delen.push(`${opheffen} alleen met motivering of ontheffing`);
    delen.push(`${this.uitgesloten().length} uitgesloten`);
    return `${delen.join(', ')}.`;
  });

  constructor() {
    effect(() => {
      const z = this.zaak();
      void this.laad(z.id);
    });
  }

  private async laad(id: string): Promise<void> {
    this.laden.set(true);
    this.fout.set(null);
    try {
      this.data.set(await this.api.get<WoningMatches>(`/zaken/${id}/woningmatches`));
    } catch (e) {
      this.data.set(null);
      this.fout.set(e as Problem);
    } finally {
      this.laden.set(false);
    }
  }
}

export function kanAangebodenWorden(m: WoningMatch): boolean {
  return m.beoordeling.passend || m.beoordeling.uitsluitingen.every((r) => !!r.opheffing);
}
