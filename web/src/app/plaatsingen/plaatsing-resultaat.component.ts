import { ChangeDetectionStrategy, Component, ElementRef, effect, input, viewChild } from '@angular/core';
import type { PlaatsingResultaat } from '../core/api.models';
import { formatDatum } from '../core/format';

/** The confirmation of a registered placement, with the cap warnings the api returned. Takes focus when it appears. */
@Component({
  selector: 'ws-plaatsing-resultaat',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" aria-live="polite">
      @if (resultaat(); as r) {
        <div class="melding succes" tabindex="-1" #blok>
          <p><strong>De plaatsing is geregistreerd:</strong> {{ r.plaatsing.adres }}, ingang {{ datum(r.plaatsing.ingangsdatum) }}. Zij telt mee voor het plafond van {{ r.plaatsing.jaar }}.</p>
        </div>
        @if (r.waarschuwingen.length) {
          <div class="melding waarschuwing">
            <p><strong>Let op:</strong></p>
            <ul>@for (w of r.waarschuwingen; track $index) { <li>{{ w }}</li> }</ul>
          </div>
        }
      }
    </div>
  `,
})
export class PlaatsingResultaatComponent {
  readonly resultaat = input<PlaatsingResultaat | null>(null);
  private readonly blok = viewChild<ElementRef<HTMLElement>>('blok');

  constructor() {
    effect(() => {
      if (this.resultaat()) setTimeout(() => this.blok()?.nativeElement.focus(), 0);
    });
  }

  protected datum(d: string): string {
    return formatDatum(d);
  }
}
