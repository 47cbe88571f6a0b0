import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { regioGemeente } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { PlaatsingsruimteGemeente, PlafondOntheffing, Problem } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatTijdstip, vandaagIso } from '../core/format';
import { GemeentePlafondComponent } from './gemeente-plafond.component';
import { OntheffingFormulierComponent } from './ontheffing-formulier.component';
import { PLAFOND_STATUS_LABEL, getal, procent } from './plafond.model';

/**
 * Principles 3 and 4 of the region: per gemeente how much of the yearly room
 * for bijzondere doelgroepen is used, beside the legal minimum and the ceiling
 * for binding. Aggregates only, no persons. The regiocoördinator sets the caps
 * and grants overrides here.
 */
@Component({
  selector: 'ws-plaatsingsruimte',
  imports: [FormsModule, RouterLink, GemeentePlafondComponent, OntheffingFormulierComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plaatsingsruimte.page.html',
  styleUrl: './plaatsingsruimte.css',
})
export class PlaatsingsruimtePage implements OnInit {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly huidigJaar = Number(vandaagIso().slice(0, 4));
  protected readonly jaren = [this.huidigJaar - 2, this.huidigJaar - 1, this.huidigJaar, this.huidigJaar + 1];
  protected readonly jaar = signal(this.huidigJaar);
  protected readonly gemeenten = signal<PlaatsingsruimteGemeente[]>([]);
  protected readonly ontheffingen = signal<PlafondOntheffing[]>([]);
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly statusLabel = PLAFOND_STATUS_LABEL;
  protected readonly magWijzigen = computed(() => this.auth.gebruiker()?.rol === 'regiocoordinator');
  protected readonly zietOntheffingen = computed(() => ['regiocoordinator', 'commissielid', 'beheerder'].includes(this.auth.gebruiker()?.rol ?? ''));
  /** Only the commissie opens cases from here; the regiocoördinator sees no persons. */
  protected readonly opentZaken = computed(() => this.auth.gebruiker()?.rol === 'commissielid');
  protected readonly samenvatting = computed(() => {
    const g = this.gemeenten();
    const krap = g.filter((x) => x.gemeente.status !== 'ruimte').length;
    return `Plaatsingsruimte ${this.jaar()}: ${g.length} gemeenten, waarvan ${krap} bijna vol, vol of overschreden.`;
  });
  private readonly succesMelding = viewChild<ElementRef<HTMLElement>>('succesMelding');

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected async kiesJaar(jaar: number): Promise<void> {
    this.jaar.set(Number(jaar));
    this.succes.set(null);
    await this.laad();
  }

  protected async gewijzigd(naam: string): Promise<void> {
    await this.laad();
    this.meld(`De nieuwe begrenzing van ${naam} voor ${this.jaar()} is vastgelegd.`);
  }

  protected async verleend(o: PlafondOntheffing): Promise<void> {
    await this.laadOntheffingen();
    const zonderZaak = o.zaakId ? '' : ` Geef bij de plaatsing zonder zaak het id ${o.id} op.`;
    this.meld(`Ontheffing verleend voor ${this.gemeenteNaam(o.gemeenteCbs)} (${o.jaar}).${zonderZaak}`);
  }

  protected gemeenteNaam(cbs: string): string {
    return regioGemeente(cbs)?.naam ?? cbs;
  }

  protected getal(n: number): string {
    return getal(n);
  }

  protected procent(p: number): string {
    return procent(p);
  }

  /** The overview links to a gemeente's card; focus goes with it (a #fragment would reload under <base href>). */
  protected naar(id: string): void {
    const kop = document.getElementById(id);
    kop?.setAttribute('tabindex', '-1');
    kop?.scrollIntoView({ block: 'start' });
    kop?.focus();
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }

  private meld(tekst: string): void {
    this.succes.set(tekst);
    setTimeout(() => this.succesMelding()?.nativeElement.focus(), 0);
  }

  private async laad(): Promise<void> {
    this.laden.set(true);
    this.fout.set(null);
    try {
      this.gemeenten.set(await this.api.get<PlaatsingsruimteGemeente[]>('/plaatsingsruimte', { jaar: this.jaar() }));
      await this.laadOntheffingen();
    } catch (e) {
      this.gemeenten.set([]);
      this.fout.set((e as Problem).detail);
    } finally {
      this.laden.set(false);
    }
  }

  private async laadOntheffingen(): Promise<void> {
    if (!this.zietOntheffingen()) return;
    this.ontheffingen.set(await this.api.get<PlafondOntheffing[]>('/plaatsingsruimte/ontheffingen', { jaar: this.jaar() }));
  }
}
