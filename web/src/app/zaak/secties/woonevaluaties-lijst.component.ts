import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WOONEVALUATIE_DOELEN } from '@woonstart/workflow';
import type { WoonevaluatieView } from '../../core/api.models';
import { formatDatum, formatTijdstip } from '../../core/format';
import { DOEL_LABEL, OORDEEL_LABEL, OORDEEL_TEKEN } from '../bemiddeling/plaatsing-labels';

/** The evaluations during intermediaire verhuur: per goal the judgement and why, and whether the corporatie signed off. */
@Component({
  selector: 'ws-woonevaluaties-lijst',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  template: `
    @for (e of evaluaties(); track e.id; let n = $index) {
      <article class="evaluatie" [attr.aria-labelledby]="'evaluatie-' + e.id">
        <h4 [id]="'evaluatie-' + e.id">
          Evaluatie {{ n + 1 }} van {{ datum(e.datum) }}
          @if (e.afgetekend) {
            <span class="badge positief"><span aria-hidden="true">✓</span> Afgetekend{{ e.afgetekendOp ? ' op ' + tijdstip(e.afgetekendOp) : '' }}</span>
          } @else {
            <span class="badge waarschuwing"><span aria-hidden="true">…</span> Wacht op aftekenen door de corporatie</span>
          }
        </h4>
        <dl class="gegevens">
          @for (d of doelen; track d) {
            <dt>{{ doelLabel[d] }}</dt>
            <dd>
              <span class="oordeel" [attr.data-oordeel]="e.doelen[d].oordeel"><span aria-hidden="true">{{ teken[e.doelen[d].oordeel] }}</span> {{ oordeel[e.doelen[d].oordeel] }}</span>
              <span class="tekst"> – {{ e.doelen[d].toelichting }}</span>
            </dd>
          }
          @if (e.afspraken) { <dt>Afspraken</dt><dd class="tekst">{{ e.afspraken }}</dd> }
          @if (e.opmerking) { <dt>Opmerking corporatie</dt><dd class="tekst">{{ e.opmerking }}</dd> }
        </dl>
      </article>
    } @empty {
      <p>Er is nog geen woonevaluatie vastgelegd.</p>
    }
  `,
  styles: `
    .evaluatie { border-top: 1px solid #d9d9d9; padding-top: .5rem; margin-top: .5rem; }
    .evaluatie h4 { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .25rem 0 .5rem; font-size: 1rem; }
    .oordeel { font-weight: 700; }
    .oordeel[data-oordeel=behaald] { color: var(--ws-groen); }
    .oordeel[data-oordeel=deels] { color: #5c4700; }
    .oordeel[data-oordeel=niet] { color: var(--ws-rood); }
  `,
})
export class WoonevaluatiesLijstComponent {
  readonly evaluaties = input.required<readonly WoonevaluatieView[]>();
  protected readonly doelen = WOONEVALUATIE_DOELEN;
  protected readonly doelLabel = DOEL_LABEL;
  protected readonly oordeel = OORDEEL_LABEL;
  protected readonly teken = OORDEEL_TEKEN;

  protected datum(d: string): string {
    return formatDatum(d);
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }
}
