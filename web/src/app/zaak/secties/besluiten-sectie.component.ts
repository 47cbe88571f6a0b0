import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { AFWIJZINGSGROND_INFO, regioGemeente, type Afwijzingsgrond } from '@woonstart/domain';
import type { Besluit, BesluitStatus, Bezwaar, ZaakToetsing } from '../../core/api.models';
import { formatBedrag, formatDatum, formatTijdstip, vandaagIso } from '../../core/format';

const STATUS: Readonly<Record<BesluitStatus, { label: string; klasse: string }>> = {
  voorgesteld: { label: 'Voorgesteld, wacht op goedkeuring', klasse: 'waarschuwing' },
  teruggestuurd: { label: 'Teruggestuurd', klasse: 'neutraal' },
  zienswijze: { label: 'Wacht op zienswijze', klasse: 'waarschuwing' },
  genomen: { label: 'Genomen', klasse: 'positief' },
};

const BEZWAAR_UITKOMST: Readonly<Record<NonNullable<Bezwaar['uitkomst']>, string>> = {
  gegrond: 'Gegrond: er wordt opnieuw besloten',
  ongegrond: 'Ongegrond: het besluit blijft staan',
  nietOntvankelijk: 'Niet-ontvankelijk',
};

/** Proposals and decisions (four eyes), the zienswijzen asked and the objections, with the decision letter. */
@Component({
  selector: 'ws-besluiten-sectie',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  templateUrl: './besluiten-sectie.component.html',
  styles: `
    article { border-top: 1px solid #d9d9d9; padding-top: .75rem; margin-top: .75rem; }
    article h3 { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: 0; }
    .brief { font-weight: 600; }
  `,
})
export class BesluitenSectieComponent {
  readonly zaakId = input.required<string>();
  readonly toetsing = input.required<ZaakToetsing>();
  protected readonly status = STATUS;
  protected readonly vandaag = vandaagIso();
  protected readonly besluiten = computed(() => [...this.toetsing().besluiten].map((b, n) => ({ b, nummer: n + 1 })).reverse());
  protected readonly briefBeschikbaar = computed(() => this.toetsing().besluiten.at(-1)?.status === 'genomen');

  protected uitkomst(b: Besluit): string {
    if (b.uitkomst === 'afwijzen') return 'Afwijzen';
    if (b.route === 'bemiddeling') return 'Toekennen met directe bemiddeling';
    if (b.route === 'zelfZoeken') return 'Toekennen: zelf zoeken met een urgentieverklaring';
    return 'Toekennen';
  }

  protected grond(g: string): string {
    return AFWIJZINGSGROND_INFO[g as Afwijzingsgrond]?.label ?? g;
  }

  protected zoekprofiel(b: Besluit): string | null {
    const p = b.zoekprofiel;
    if (!p) return null;
    const gemeenten = p.gemeenten.map((c) => regioGemeente(c)?.naam ?? c).join(', ') || 'geen gemeente';
    const typen = p.woningtypen.length ? p.woningtypen.join(', ') : 'elk passend woningtype';
    const huur = p.maxHuur ? `tot ${formatBedrag(p.maxHuur)}` : 'tot de liberalisatiegrens';
    return `${gemeenten}; ${typen}; huur ${huur}.`;
  }

  protected bezwaarUitkomst(b: Bezwaar): string {
    return b.uitkomst ? BEZWAAR_UITKOMST[b.uitkomst] : 'Nog niet beslist';
  }

  protected datum(d: string | null): string {
    return formatDatum(d);
  }

  protected tijdstip(t: string | null): string {
    return t ? formatTijdstip(t) : '–';
  }
}
