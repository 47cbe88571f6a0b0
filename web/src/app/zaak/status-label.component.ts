import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { statusHeeftTag, type ZaakStatus } from '@woonstart/workflow';

@Component({
  selector: 'ws-status-label',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="label" [class.afgerond]="afgerond()" [class.gestopt]="gestopt()">{{ label() }}</span>`,
})
export class StatusLabelComponent {
  readonly status = input.required<ZaakStatus>();
  readonly label = input.required<string>();
  protected readonly afgerond = computed(() => statusHeeftTag(this.status(), 'afgerond'));
  protected readonly gestopt = computed(() => statusHeeftTag(this.status(), 'beeindigd'));
}
