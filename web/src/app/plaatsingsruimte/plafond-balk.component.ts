import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PLAFOND_BIJNA_AANDEEL, type PlafondStand } from '@woonstart/domain';
import { PLAFOND_STATUS_LABEL, PLAFOND_STATUS_TEKEN, plafondZin } from './plafond.model';

/**
 * One cap as a horizontal bar with the 90 % and 100 % marks. The bar is
 * decoration: the status word and the sentence under it carry the same facts
 * for screen readers and for people who do not see colour.
 */
@Component({
  selector: 'ws-plafond-balk',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="plafond-balk">
      <p class="regel">
        <span class="titel">{{ titel() || stand().naam }}</span>
        <span class="status" [attr.data-status]="stand().status"><span aria-hidden="true">{{ teken() }}</span> {{ statusLabel() }}</span>
      </p>
      <div class="balk" aria-hidden="true">
        <div class="vulling" [attr.data-status]="stand().status" [style.width.%]="breedte()"></div>
        <div class="merk m90" [style.left.%]="pos90()"></div>
        <div class="merk m100" [style.left.%]="pos100()"></div>
      </div>
      <div class="schaal" aria-hidden="true">
        <span class="l90" [style.left.%]="pos90()">90 %</span>
        <span class="l100" [style.left.%]="pos100()">100 %</span>
      </div>
      <p class="cijfers">{{ zin() }}.</p>
    </div>
  `,
  styles: `
    .plafond-balk { margin: .25rem 0 1rem; max-width: 44rem; }
    .regel { display: flex; flex-wrap: wrap; gap: .4rem .75rem; align-items: center; justify-content: space-between; margin: 0 0 .3rem; }
    .titel { font-weight: 600; }
    .status { display: inline-flex; gap: .3rem; align-items: center; padding: .05rem .6rem; border-radius: 999px; border: 2px solid currentColor; font-size: .9rem; font-weight: 700; background: #fff; white-space: nowrap; }
    .status[data-status=ruimte] { color: var(--ws-groen); }
    .status[data-status=bijna] { color: #5c4700; background: var(--ws-geel); }
    .status[data-status=vol] { color: var(--ws-rood); }
    .status[data-status=overschreden] { color: #fff; background: var(--ws-rood); border-color: var(--ws-rood); }
    .balk { position: relative; height: 1.4rem; background: #eef0f2; border: 1px solid var(--ws-tekst); border-radius: 3px; }
    .vulling { height: 100%; background: var(--ws-groen); border-radius: 2px 0 0 2px; }
    .vulling[data-status=bijna] { background: #8a6d00; }
    .vulling[data-status=vol] { background: var(--ws-rood); }
    .vulling[data-status=overschreden] { background: repeating-linear-gradient(45deg, var(--ws-rood) 0 6px, #5e0505 6px 12px); }
    .merk { position: absolute; top: -5px; bottom: -5px; width: 0; border-left: 2px dashed var(--ws-tekst); }
    .merk.m100 { border-left: 3px solid var(--ws-tekst); }
    .schaal { position: relative; height: 1.2rem; font-size: .8rem; color: var(--ws-grijs); }
    .schaal span { position: absolute; top: .1rem; white-space: nowrap; }
    .l90 { transform: translateX(-100%); padding-right: .3rem; }
    .l100 { padding-left: .3rem; }
    .cijfers { margin: .1rem 0 0; }
  `,
})
export class PlafondBalkComponent {
  readonly stand = input.required<PlafondStand>();
  /** Heading of the bar; the stand's own name when empty. */
  readonly titel = input('');

  protected readonly statusLabel = computed(() => PLAFOND_STATUS_LABEL[this.stand().status]);
  protected readonly teken = computed(() => PLAFOND_STATUS_TEKEN[this.stand().status]);
  protected readonly zin = computed(() => plafondZin(this.stand()));
  /** The bar runs a little past 100 % (or to the usage when higher), so an overrun shows. */
  private readonly schaal = computed(() => {
    const s = this.stand();
    return Math.max(s.plafond * 1.1, s.gebruikt, 1);
  });
  protected readonly breedte = computed(() => Math.min(100, (100 * this.stand().gebruikt) / this.schaal()));
  protected readonly pos90 = computed(() => (100 * this.stand().plafond * PLAFOND_BIJNA_AANDEEL) / this.schaal());
  protected readonly pos100 = computed(() => (100 * this.stand().plafond) / this.schaal());
}
