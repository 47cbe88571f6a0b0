import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  KANDIDAAT_BRON_LABEL, OORDEEL_LABEL, WEGING_CRITERIA, WEGING_CRITERIUM_INFO, regioGemeente, telOordelen,
  type Kandidaatgemeente, type Oordeel, type Woonstartweging,
} from '@woonstart/domain';
import type { WegingVersie } from '../../core/api.models';
import { formatTijdstip } from '../../core/format';

const TEKEN: Readonly<Record<Oordeel, string>> = { voor: '+', tegen: '−', neutraal: '=' };

/** The kansrijke-woonstart weighing: the latest version in full, earlier versions folded with what changed. */
@Component({
  selector: 'ws-weging-sectie',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  templateUrl: './weging-sectie.component.html',
  styles: `
    .oordeel { display: inline-flex; gap: .35rem; align-items: center; font-weight: 700; }
    .teken { display: inline-block; min-width: 1.4rem; text-align: center; border: 2px solid currentColor; border-radius: 3px; }
    .oordeel.voor { color: var(--ws-groen); } .oordeel.tegen { color: var(--ws-rood); } .oordeel.neutraal { color: var(--ws-grijs); }
    td p { margin: .25rem 0 0; white-space: pre-line; }
    th.doel { background: #d7e6d9; }
    tfoot td { font-weight: 600; }
  `,
})
export class WegingSectieComponent {
  readonly wegingen = input.required<readonly WegingVersie[]>();
  protected readonly criteria = WEGING_CRITERIA;
  protected readonly info = WEGING_CRITERIUM_INFO;
  protected readonly oordeelLabel = OORDEEL_LABEL;
  protected readonly bronLabel = KANDIDAAT_BRON_LABEL;
  protected readonly teken = TEKEN;
  protected readonly laatste = computed(() => this.wegingen().at(-1) ?? null);
  protected readonly eerdere = computed(() => this.wegingen().slice(0, -1).reverse());

  protected naam(w: Woonstartweging, cbs: string): string {
    return w.kandidaten.find((k) => k.gemeenteCbs === cbs)?.gemeenteNaam ?? regioGemeente(cbs)?.naam ?? cbs;
  }

  protected telling(k: Kandidaatgemeente): string {
    const t = telOordelen(k);
    return `${t.voor} voor, ${t.tegen} tegen, ${t.neutraal} neutraal`;
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }
}
