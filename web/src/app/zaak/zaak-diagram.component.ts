import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ZAAK_EVENT_META, zaakDiagram, type DiagramNode, type ZaakEventType } from '@woonstart/workflow';

interface Blok { node: DiagramNode; kinderen: Blok[] }

const diagram = zaakDiagram();

function bouw(prefix: string, depth: number): Blok[] {
  return diagram.nodes
    .filter((n) => n.depth === depth && (depth === 0 || n.path.startsWith(prefix + '.')) && n.path.split('.').length === depth + 1)
    .map((node) => ({ node, kinderen: bouw(node.path, depth + 1) }));
}

/**
 * The case workflow drawn from the machine definition itself (nodes and edges
 * come from libs/workflow), with the current state and its ancestors highlighted.
 * Closing states without placement are drawn apart from the main line.
 */
@Component({
  selector: 'ws-zaak-diagram',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="diagram" aria-labelledby="diagram-titel">
      <figcaption id="diagram-titel" class="visueel-verborgen">Procesdiagram van de zaak; de huidige stap is gemarkeerd.</figcaption>
      <ol class="hoofdlijn">
        @for (b of hoofdlijn; track b.node.path) {
          <li>
            <ng-container *ngTemplateOutlet="blok; context: { $implicit: b }" />
          </li>
        }
      </ol>
      <p class="afsluitingen-kop">Afsluiting zonder plaatsing</p>
      <ul class="afsluitingen">
        @for (b of afsluitingen; track b.node.path) {
          <li><ng-container *ngTemplateOutlet="blok; context: { $implicit: b }" /></li>
        }
      </ul>
      @if (vervolg().length) {
        <p class="vervolg"><strong>Mogelijke vervolgstappen in het proces:</strong>
          @for (e of vervolg(); track e.event + e.to; let last = $last) {
            {{ e.label }} → {{ e.naar }}{{ last ? '' : ';' }}
          }
        </p>
      }
    </figure>
    <ng-template #blok let-b>
      <div class="knoop" [class.actief]="isActief(b.node.path)" [class.huidig]="b.node.path === state()" [class.samengesteld]="b.kinderen.length > 0"
           [attr.aria-current]="b.node.path === state() ? 'step' : null">
        <span class="naam">{{ kort(b.node) }}</span>
        @if (b.node.path === state()) { <span class="visueel-verborgen"> (huidige stap)</span> }
        @if (b.kinderen.length) {
          <ul class="kinderen">
            @for (k of b.kinderen; track k.node.path) {
              <li><ng-container *ngTemplateOutlet="blok; context: { $implicit: k }" /></li>
            }
          </ul>
        }
      </div>
    </ng-template>
  `,
  imports: [NgTemplateOutlet],
  styles: `
    .diagram { margin: 0; }
    ol.hoofdlijn { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1.6rem; padding: 0; margin: 0; align-items: flex-start; }
    ol.hoofdlijn > li { position: relative; }
    ol.hoofdlijn > li:not(:last-child)::after { content: '→'; position: absolute; right: -1.3rem; top: .45rem; color: var(--ws-grijs); font-weight: 700; }
    ul { list-style: none; padding: 0; margin: 0; }
    .knoop { border: 2px solid var(--ws-rand); border-radius: 6px; padding: .35rem .6rem; background: #fff; font-size: .9rem; }
    .knoop.samengesteld { background: #fafafa; }
    .knoop.actief { border-color: var(--ws-blauw); }
    .knoop.huidig { background: var(--ws-blauw); color: #fff; border-color: var(--ws-blauw); font-weight: 700; }
    .kinderen { display: flex; flex-direction: column; gap: .35rem; margin-top: .35rem; }
    .afsluitingen-kop { margin: 1rem 0 .35rem; font-weight: 600; color: var(--ws-grijs); font-size: .9rem; }
    ul.afsluitingen { display: flex; flex-wrap: wrap; gap: .5rem; }
    .vervolg { margin-top: 1rem; font-size: .9rem; }
  `,
})
export class ZaakDiagramComponent {
  readonly state = input.required<string>();
  private readonly bovenste = bouw('', 0);
  private readonly eersteEinde = this.bovenste.findIndex((b) => b.node.final);
  protected readonly hoofdlijn = this.bovenste.slice(0, this.eersteEinde + 1);
  protected readonly afsluitingen = this.bovenste.slice(this.eersteEinde + 1);

  protected readonly vervolg = computed(() => {
    const pad = this.state();
    // An edge applies when it leaves the current state or one of its ancestors.
    return diagram.edges
      .filter((e) => pad === e.from || pad.startsWith(e.from + '.'))
      .map((e) => ({ ...e, label: ZAAK_EVENT_META[e.event as ZaakEventType]?.label ?? e.event, naar: diagram.nodes.find((n) => n.path === e.to)?.label ?? e.to }));
  });

  isActief(path: string): boolean {
    const s = this.state();
    return s === path || s.startsWith(path + '.');
  }

  /** Child labels repeat their parent ("Bemiddeling: woning zoeken"); inside the parent box the last part suffices. */
  kort(node: DiagramNode): string {
    return node.depth > 0 && node.label.includes(': ') ? node.label.split(': ').slice(1).join(': ') : node.label;
  }
}
