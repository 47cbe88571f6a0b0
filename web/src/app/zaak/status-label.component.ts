import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { statusHeeftTag, type ZaakStatus } from '@woonstart/workflow';

/**
 * The case status as a label. Its look follows the machine's tags (placed,
 * closed, objection running); the text is the api's Dutch state label, so the
 * colour never carries information on its own.
 */
@Component({
  selector: 'ws-status-label',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="label" [class.afgerond]="afgerond()" [class.gestopt]="gestopt()" [class.bezwaar]="bezwaar()">{{ label() }}</span>`,
})
export class StatusLabelComponent {
  readonly status = input.required<ZaakStatus>();
  readonly label = input.required<string>();
  protected readonly afgerond = computed(() => statusHeeftTag(this.status(), 'afgerond'));
  protected readonly gestopt = computed(() => statusHeeftTag(this.status(), 'beeindigd'));
  protected readonly bezwaar = computed(() => statusHeeftTag(this.status(), 'bezwaarLoopt'));
}
