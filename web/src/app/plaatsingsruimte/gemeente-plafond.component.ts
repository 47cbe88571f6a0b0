import { ChangeDetectionStrategy, Component, ElementRef, computed, input, output, signal, viewChild } from '@angular/core';
import { WETTELIJK_MINIMUM_AANDEEL, maakStand, percentageTekst, type PlafondStand } from '@woonstart/domain';
import type { PlaatsingsruimteGemeente } from '../core/api.models';
import { BegrenzingFormulierComponent } from './begrenzing-formulier.component';
import { PlafondBalkComponent } from './plafond-balk.component';
import { PLAFOND_STATUS_LABEL, categorieLabel, getal, procent, standTitel } from './plafond.model';

const BASIS_LABEL = {
  sociaal: 'alle sociale huurwoningen',
  onderEersteAftoppingsgrens: 'alleen onder de eerste aftoppingsgrens',
} as const;

/**
 * The cap of one gemeente for a year: usage against the cap (and per wijk or
 * complex), the legal minimum for statutory urgents and the ceiling for
 * allocations with binding, the counts per group — each bar also as a table.
 * The regiocoördinator changes the cap here.
 */
@Component({
  selector: 'ws-gemeente-plafond',
  imports: [PlafondBalkComponent, BegrenzingFormulierComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gemeente-plafond.component.html',
  styleUrl: './plaatsingsruimte.css',
})
export class GemeentePlafondComponent {
  readonly overzicht = input.required<PlaatsingsruimteGemeente>();
  readonly magWijzigen = input(false);
  readonly gewijzigd = output<string>();
  protected readonly bewerken = signal(false);
  protected readonly statusLabel = PLAFOND_STATUS_LABEL;
  private readonly wijzigKnop = viewChild<ElementRef<HTMLElement>>('wijzigKnop');

  protected readonly id = computed(() => `pr-${this.overzicht().gemeenteCbs}`);
  protected readonly instelling = computed(() => this.overzicht().instelling);
  protected readonly basisAantal = computed(() => {
    const i = this.instelling();
    return i.basis === 'sociaal' ? i.verwachteMutaties : i.verwachteMutatiesOnderAftopping;
  });
  protected readonly basisLabel = computed(() => BASIS_LABEL[this.instelling().basis]);
  /** The 50 % ceiling as a stand, so it reads like every other cap. */
  protected readonly binding = computed<PlafondStand>(() => {
    const o = this.overzicht();
    return maakStand('gemeente', o.gemeenteCbs, `Binding ${o.gemeenteNaam}`, o.binding.maximum, o.binding.aantal);
  });
  protected readonly minimumBreedte = computed(() => {
    const w = this.overzicht().wettelijk;
    return w.minimum === 0 ? 100 : Math.min(100, (100 * w.aantal) / w.minimum);
  });
  protected readonly categorieen = computed(() =>
    Object.entries(this.overzicht().perCategorie).map(([c, n]) => ({ code: c, label: categorieLabel(c), aantal: n })).sort((a, b) => b.aantal - a.aantal),
  );
  protected readonly totaal = computed(() => this.categorieen().reduce((s, c) => s + c.aantal, 0));
  protected readonly minimumPct = procent(WETTELIJK_MINIMUM_AANDEEL * 100);

  protected titel(s: PlafondStand): string {
    return standTitel(s);
  }

  protected getal(n: number): string {
    return getal(n);
  }

  protected procent(p: number): string {
    return procent(p);
  }

  protected aandeel(a: number): string {
    return `${percentageTekst(a * 100)} %`;
  }

  protected opgeslagen(): void {
    this.bewerken.set(false);
    this.gewijzigd.emit(this.overzicht().gemeenteNaam);
  }

  protected sluit(): void {
    this.bewerken.set(false);
    setTimeout(() => this.wijzigKnop()?.nativeElement.focus(), 0);
  }
}
