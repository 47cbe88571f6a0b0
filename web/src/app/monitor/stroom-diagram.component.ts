import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MonitorStroom } from '../core/api.models';
import { getal } from './monitor.format';

interface Knoop { readonly sleutel: string; readonly naam: string; readonly totaal: number; readonly y: number; readonly hoogte: number }
interface Lijn { readonly stroom: MonitorStroom; readonly pad: string; readonly dikte: number }

const BREEDTE = 720;
const LINKS_X = 200;
const RECHTS_X = 520;
const KNOOP_BREEDTE = 10;
const TUSSENRUIMTE = 14;
const MIN_HOOGTE = 20;
const MAX_DIKTE = 28;
const MIN_DIKTE = 2;
const BESCHIKBAAR = 360;

/**
 * Herkomst → plaatsing as a simple flow chart: herkomst on the left, the gemeente
 * of placement on the right, one band per flow whose thickness follows the count.
 * The picture has a title and summary for screen readers; the list under it and
 * the matrix table hold every figure.
 */
@Component({
  selector: 'ws-stroom-diagram',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (stromen().length) {
      <figure>
        <svg [attr.viewBox]="'0 0 ' + breedte + ' ' + tekening().hoogte" role="img" aria-labelledby="stroom-titel stroom-uitleg" class="stromen">
          <title id="stroom-titel">Stroomdiagram herkomst naar plaatsing, {{ jaar() }}</title>
          <desc id="stroom-uitleg">{{ samenvatting() }}</desc>
          <text [attr.x]="linksX - 8" y="14" text-anchor="end" class="kop">Herkomst</text>
          <text [attr.x]="rechtsX + knoopBreedte + 8" y="14" class="kop">Geplaatst in</text>
          @for (l of tekening().lijnen; track l.stroom.van + l.stroom.naar) {
            <path [attr.d]="l.pad" [attr.stroke-width]="l.dikte" class="band"><title>{{ l.stroom.vanNaam }} naar {{ l.stroom.naarNaam }}: {{ getal(l.stroom.aantal) }}</title></path>
          }
          @for (k of tekening().links; track k.sleutel) {
            <rect [attr.x]="linksX" [attr.y]="k.y" [attr.width]="knoopBreedte" [attr.height]="k.hoogte" class="knoop" />
            <text [attr.x]="linksX - 8" [attr.y]="k.y + k.hoogte / 2 + 5" text-anchor="end">{{ k.naam }} ({{ getal(k.totaal) }})</text>
          }
          @for (k of tekening().rechts; track k.sleutel) {
            <rect [attr.x]="rechtsX" [attr.y]="k.y" [attr.width]="knoopBreedte" [attr.height]="k.hoogte" class="knoop" />
            <text [attr.x]="rechtsX + knoopBreedte + 8" [attr.y]="k.y + k.hoogte / 2 + 5">{{ k.naam }} ({{ getal(k.totaal) }})</text>
          }
        </svg>
        <figcaption class="hint">De dikte van een band volgt het aantal plaatsingen (minimaal {{ minDikte }} pixels, zodat ook één plaatsing zichtbaar is).</figcaption>
      </figure>
      <details>
        <summary>Stroomdiagram als tekst</summary>
        <ul class="tekst">
          @for (s of stromen(); track s.van + s.naar) {
            <li>Van {{ s.vanNaam }} naar {{ s.naarNaam }}: {{ getal(s.aantal) }} {{ s.aantal === 1 ? 'plaatsing' : 'plaatsingen' }}</li>
          }
        </ul>
      </details>
    } @else {
      <p>Geen plaatsingen met een zaak in {{ jaar() }} voor deze selectie: er is geen stroom te tekenen.</p>
    }
  `,
  styles: `
    figure { margin: 0 0 .5rem; }
    .stromen { width: 100%; max-width: 720px; height: auto; display: block; font-size: 13px; }
    .stromen text { fill: var(--ws-tekst); }
    .stromen .kop { font-weight: 700; fill: var(--ws-grijs); }
    .band { fill: none; stroke: var(--ws-blauw); stroke-opacity: .45; }
    .band:hover { stroke-opacity: .8; }
    .knoop { fill: var(--ws-tekst); }
    figcaption { margin-top: .25rem; }
    details { margin: .5rem 0 1rem; }
    summary { cursor: pointer; font-weight: 600; color: var(--ws-blauw); }
    .tekst { margin: .5rem 0 0; }
  `,
})
export class StroomDiagramComponent {
  readonly stromen = input.required<readonly MonitorStroom[]>();
  /** The period shown: '2026' or 'alle jaren'. */
  readonly jaar = input.required<string>();
  protected readonly breedte = BREEDTE;
  protected readonly linksX = LINKS_X;
  protected readonly rechtsX = RECHTS_X;
  protected readonly knoopBreedte = KNOOP_BREEDTE;
  protected readonly minDikte = MIN_DIKTE;

  protected readonly samenvatting = computed(() => {
    const s = this.stromen();
    const totaal = s.reduce((n, x) => n + x.aantal, 0);
    const grootste = s.slice(0, 3).map((x) => `${x.vanNaam} naar ${x.naarNaam} (${getal(x.aantal)})`).join(', ');
    return `${getal(totaal)} plaatsingen in ${s.length} ${s.length === 1 ? 'stroom' : 'stromen'}. Grootste: ${grootste}. Alle aantallen staan in de lijst en de tabel hieronder.`;
  });

  /**
   * A Sankey in miniature: nodes stacked top to bottom in the order of the
   * matrix, each as tall as its bands together, bands leaving and arriving in
   * the order of the other side so they cross as little as this simple layout allows.
   */
  protected readonly tekening = computed(() => {
    const stromen = this.stromen();
    const volgorde = (sleutels: string[]) => [...new Set(sleutels)];
    const vanSleutels = volgorde(stromen.map((s) => s.van));
    const naarSleutels = volgorde(stromen.map((s) => s.naar));
    const som = (f: (s: MonitorStroom) => boolean) => stromen.filter(f).reduce((n, s) => n + s.aantal, 0);
    const grootste = Math.max(1, ...stromen.map((s) => s.aantal));
    const totaal = Math.max(1, som(() => true));
    const schaal = Math.min(MAX_DIKTE / grootste, BESCHIKBAAR / totaal);
    const dikte = (s: MonitorStroom) => Math.max(MIN_DIKTE, s.aantal * schaal);

    const knopen = (sleutels: string[], kant: 'van' | 'naar'): Knoop[] => {
      let y = 24;
      return sleutels.map((sleutel) => {
        const eigen = stromen.filter((s) => s[kant] === sleutel);
        const hoogte = Math.max(MIN_HOOGTE, eigen.reduce((n, s) => n + dikte(s), 0));
        const naam = kant === 'van' ? eigen[0].vanNaam : eigen[0].naarNaam;
        const knoop = { sleutel, naam, totaal: som((s) => s[kant] === sleutel), y, hoogte };
        y += hoogte + TUSSENRUIMTE;
        return knoop;
      });
    };
    const links = knopen(vanSleutels, 'van');
    const rechts = knopen(naarSleutels, 'naar');

    // Where each band starts within its herkomst node and ends within its placement node.
    const vertrek = new Map<MonitorStroom, number>();
    const aankomst = new Map<MonitorStroom, number>();
    const stapel = (knoop: Knoop, eigen: MonitorStroom[], doel: Map<MonitorStroom, number>) => {
      const bezet = eigen.reduce((n, s) => n + dikte(s), 0);
      let y = knoop.y + (knoop.hoogte - bezet) / 2;
      for (const s of eigen) {
        doel.set(s, y + dikte(s) / 2);
        y += dikte(s);
      }
    };
    for (const k of links) stapel(k, stromen.filter((s) => s.van === k.sleutel).sort((a, b) => naarSleutels.indexOf(a.naar) - naarSleutels.indexOf(b.naar)), vertrek);
    for (const k of rechts) stapel(k, stromen.filter((s) => s.naar === k.sleutel).sort((a, b) => vanSleutels.indexOf(a.van) - vanSleutels.indexOf(b.van)), aankomst);

    const x0 = LINKS_X + KNOOP_BREEDTE;
    const x1 = RECHTS_X;
    const midden = (x0 + x1) / 2;
    const lijnen: Lijn[] = stromen.map((s) => {
      const y0 = vertrek.get(s) ?? 0;
      const y1 = aankomst.get(s) ?? 0;
      return { stroom: s, dikte: dikte(s), pad: `M${x0},${y0} C${midden},${y0} ${midden},${y1} ${x1},${y1}` };
    });
    const onderkant = Math.max(...[...links, ...rechts].map((k) => k.y + k.hoogte), 40);
    return { links, rechts, lijnen, hoogte: Math.ceil(onderkant + 10) };
  });

  protected getal(n: number): string {
    return getal(n);
  }
}
