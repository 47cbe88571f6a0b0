import { ChangeDetectionStrategy, Component, ElementRef, effect, input, output, viewChild } from '@angular/core';
import type { Problem } from '../../core/api.models';

/**
 * The error summary of a case form: the server's (or the client check's) Dutch
 * message, every field message as a list, and on a 409 the reload button.
 * Focus moves here when a new error arrives, so it is seen and read.
 */
@Component({
  selector: 'ws-formulier-fout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fout(); as f) {
      <div class="melding fout" role="alert" tabindex="-1" #blok>
        <p><strong>{{ f.detail }}</strong></p>
        @if (f.fouten?.length) {
          <ul>@for (v of f.fouten!; track $index) { <li>{{ v.melding }}</li> }</ul>
        }
        @if (f.status === 409) { <button type="button" class="knop secundair" (click)="herladen.emit()">Zaak opnieuw laden</button> }
      </div>
    }
  `,
})
export class FormulierFoutComponent {
  readonly fout = input<Problem | null>(null);
  readonly herladen = output<void>();
  private readonly blok = viewChild<ElementRef<HTMLElement>>('blok');

  constructor() {
    effect(() => {
      if (this.fout()) setTimeout(() => this.blok()?.nativeElement.focus(), 0);
    });
  }
}
