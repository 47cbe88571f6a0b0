import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { monitorCategorieLabel } from '@woonstart/domain';
import type { MonitorPlafondRij } from '../core/api.models';
import { PLAFOND_STATUS_LABEL, PLAFOND_STATUS_TEKEN } from '../plaatsingsruimte/plafond.model';
import { getal, procent } from './monitor.format';

interface Balk {
  readonly rij: MonitorPlafondRij;
  readonly breedte: number;
  readonly plafondPos: number;
  readonly minimumPos: number;
}

/**
 * Placements of bijzondere doelgroepen against the cap per gemeente: a bar with
 * the cap (solid line) and the legal minimum of 15 % (dashed line). The bars are
 * decoration (aria-hidden); the sentence under each bar and the tables carry the
 * same figures for screen readers and without colour.
 */
@Component({
  selector: 'ws-plafond-monitor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="legenda" aria-hidden="true">
      <span><span class="sleutel vulling-sleutel"></span>geplaatst</span>
      <span><span class="sleutel lijn-plafond"></span>plafond</span>
      <span><span class="sleutel lijn-minimum"></span>wettelijk minimum statutaire urgenten (15 % van de verhuringen)</span>
    </p>
    <ul class="balken">
      @for (b of balken(); track b.rij.gemeenteCbs) {
        <li>
          <p class="regel">
            <span class="titel">{{ b.rij.gemeenteNaam }}</span>
            <span class="status" [attr.data-status]="b.rij.status"><span aria-hidden="true">{{ teken[b.rij.status] }}</span> {{ statusLabel[b.rij.status] }}</span>
          </p>
          <div class="balk" aria-hidden="true">
            <div class="vulling" [attr.data-status]="b.rij.status" [style.width.%]="b.breedte"></div>
            <div class="merk plafond" [style.left.%]="b.plafondPos"></div>
            <div class="merk minimum" [style.left.%]="b.minimumPos"></div>
          </div>
          <p class="cijfers">
            {{ getal(b.rij.gebruikt) }} van {{ getal(b.rij.plafond) }} geplaatst ({{ procent(b.rij.percentage) }} van het plafond).
            Statutaire urgenten {{ getal(b.rij.wettelijkAantal) }}, wettelijk minimum {{ getal(b.rij.wettelijkMinimum) }}.
            @if (!b.rij.vastgesteld) { <span class="hint">Plafond: regionale standaard, nog niet vastgesteld.</span> }
          </p>
        </li>
      }
    </ul>

    <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="mon-plafond-caption">
      <table>
        <caption id="mon-plafond-caption">Plaatsingen bijzondere doelgroepen tegen het plafond, {{ jaar() }}</caption>
        <thead>
          <tr>
            <th scope="col">Gemeente</th><th scope="col">Geplaatst</th><th scope="col">Plafond</th><th scope="col">Gebruik</th><th scope="col">Status</th>
            <th scope="col">Ruimte</th><th scope="col">Statutaire urgenten</th><th scope="col">Wettelijk minimum (15 %)</th><th scope="col">In de selectie</th>
          </tr>
        </thead>
        <tbody>
          @for (r of rijen(); track r.gemeenteCbs) {
            <tr>
              <th scope="row">{{ r.gemeenteNaam }}</th><td>{{ getal(r.gebruikt) }}</td><td>{{ getal(r.plafond) }}</td><td>{{ procent(r.percentage) }}</td>
              <td>{{ statusLabel[r.status] }}</td><td>{{ getal(r.ruimte) }}</td>
              <td>{{ getal(r.wettelijkAantal) }} ({{ procent(r.wettelijkPercentage) }} van de verhuringen)</td><td>{{ getal(r.wettelijkMinimum) }}</td>
              <td>{{ getal(r.inSelectie) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>

    <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="mon-categorie-caption">
      <table>
        <caption id="mon-categorie-caption">Plaatsingen per doelgroep en gemeente, {{ jaar() }}</caption>
        <thead>
          <tr><th scope="col">Gemeente</th>@for (c of categorieen(); track c) { <th scope="col">{{ label(c) }}</th> }<th scope="col">Totaal</th></tr>
        </thead>
        <tbody>
          @for (r of rijen(); track r.gemeenteCbs) {
            <tr>
              <th scope="row">{{ r.gemeenteNaam }}</th>
              @for (c of categorieen(); track c) { <td>{{ getal(r.perCategorie[c] ?? 0) }}</td> }
              <td>{{ getal(totaal(r)) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .legenda { display: flex; flex-wrap: wrap; gap: .3rem 1rem; align-items: center; font-size: .9rem; color: var(--ws-grijs); margin: 0 0 .75rem; }
    .sleutel { display: inline-block; width: 1.4rem; height: .9rem; vertical-align: middle; margin-right: .35rem; }
    .vulling-sleutel { background: var(--ws-groen); }
    .lijn-plafond, .lijn-minimum { width: 0; height: 1.1rem; }
    .lijn-plafond { border-left: 3px solid var(--ws-tekst); }
    .lijn-minimum { border-left: 3px dashed var(--ws-blauw); }
    .balken { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: .5rem 2rem; }
    .regel { display: flex; flex-wrap: wrap; gap: .4rem .75rem; align-items: center; justify-content: space-between; margin: 0 0 .3rem; }
    .titel { font-weight: 600; }
    .status { display: inline-flex; gap: .3rem; padding: .05rem .6rem; border-radius: 999px; border: 2px solid currentColor; font-size: .85rem; font-weight: 700; background: #fff; white-space: nowrap; }
    .status[data-status=ruimte] { color: var(--ws-groen); }
    .status[data-status=bijna] { color: #5c4700; background: var(--ws-geel); }
    .status[data-status=vol] { color: var(--ws-rood); }
    .status[data-status=overschreden] { color: #fff; background: var(--ws-rood); border-color: var(--ws-rood); }
    .balk { position: relative; height: 1.3rem; background: #eef0f2; border: 1px solid var(--ws-tekst); border-radius: 3px; }
    .vulling { height: 100%; background: var(--ws-groen); }
    .vulling[data-status=bijna] { background: #8a6d00; }
    .vulling[data-status=vol] { background: var(--ws-rood); }
    .vulling[data-status=overschreden] { background: repeating-linear-gradient(45deg, var(--ws-rood) 0 6px, #5e0505 6px 12px); }
    .merk { position: absolute; top: -5px; bottom: -5px; width: 0; }
    .merk.plafond { border-left: 3px solid var(--ws-tekst); }
    .merk.minimum { border-left: 3px dashed var(--ws-blauw); }
    .cijfers { margin: .2rem 0 .5rem; font-size: .95rem; }
    .tabel-scroll { overflow-x: auto; margin: .75rem 0 1rem; }
    td { text-align: right; font-variant-numeric: tabular-nums; }
    tbody th { background: #fff; font-weight: 600; }
  `,
})
export class PlafondMonitorComponent {
  readonly rijen = input.required<readonly MonitorPlafondRij[]>();
  readonly categorieen = input.required<readonly string[]>();
  /** The period shown: '2026' or 'alle jaren'. */
  readonly jaar = input.required<string>();
  protected readonly statusLabel = PLAFOND_STATUS_LABEL;
  protected readonly teken = PLAFOND_STATUS_TEKEN;

  /** Every bar on its own scale: a little past the cap (or to the usage when higher), so an overrun shows. */
  protected readonly balken = computed<Balk[]>(() =>
    this.rijen().map((rij) => {
      const schaal = Math.max(rij.plafond * 1.1, rij.gebruikt, rij.wettelijkMinimum, 1);
      return {
        rij,
        breedte: Math.min(100, (100 * rij.gebruikt) / schaal),
        plafondPos: (100 * rij.plafond) / schaal,
        minimumPos: (100 * rij.wettelijkMinimum) / schaal,
      };
    }),
  );

  protected getal(n: number): string {
    return getal(n);
  }

  protected procent(p: number): string {
    return procent(p);
  }

  protected label(c: string): string {
    return monitorCategorieLabel(c);
  }

  protected totaal(r: MonitorPlafondRij): number {
    return Object.values(r.perCategorie).reduce<number>((s, n) => s + (n ?? 0), 0);
  }
}
