import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import {
  CENTRUMREGIOS, MONITOR_ALLE_JAREN, MONITOR_CATEGORIEEN, ROUTES, ROUTE_LABEL, isCentrumregio, isMonitorCategorie, isRoute, monitorCategorieLabel,
  monitorFilterOmschrijving, monitorFilterParams, type MonitorFilter,
} from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { MonitorOverzicht, Problem } from '../core/api.models';
import { formatDatum, vandaagIso } from '../core/format';
import { dagen, getal, procent } from './monitor.format';
import { PlafondMonitorComponent } from './plafond-monitor.component';
import { StroomDiagramComponent } from './stroom-diagram.component';

/**
 * The regional monitor (issue 5): caps, herkomst and plaatsing, the weighing,
 * throughput, overdue decisions and the waiting list, for one year (or all
 * years together) with filters. Aggregates only, no persons. The filters live in the address, so a
 * reload or a shared link shows the same figures, and the downloads carry them.
 */
@Component({
  selector: 'ws-monitor',
  imports: [FormsModule, PlafondMonitorComponent, StroomDiagramComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './monitor.page.html',
  styleUrl: './monitor.page.css',
})
export class MonitorPage implements OnInit {
  private readonly api = inject(ApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly huidigJaar = Number(vandaagIso().slice(0, 4));
  protected readonly jaren = Array.from({ length: 6 }, (_, i) => this.huidigJaar - 4 + i);
  protected readonly categorieen = MONITOR_CATEGORIEEN.map((code) => ({ code, label: monitorCategorieLabel(code) }));
  protected readonly routes = ROUTES.map((code) => ({ code, label: ROUTE_LABEL[code] }));
  protected readonly centrumregios = CENTRUMREGIOS;

  /** The select's value for all years together. */
  protected readonly alleJaren = MONITOR_ALLE_JAREN;
  protected jaar: number | typeof MONITOR_ALLE_JAREN = this.huidigJaar;
  protected categorie = '';
  protected routeFilter = '';
  protected centrumregio = '';

  protected readonly data = signal<MonitorOverzicht | null>(null);
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);
  private readonly filter = signal<MonitorFilter>({ jaar: this.huidigJaar, categorie: null, route: null, centrumregio: null });

  protected readonly omschrijving = computed(() => monitorFilterOmschrijving(this.filter()));
  protected readonly csvLink = computed(() => this.exportLink('csv'));
  protected readonly xlsxLink = computed(() => this.exportLink('xlsx'));
  protected readonly regio = computed(() => this.data()?.doorlooptijden.at(-1) ?? null);
  protected readonly samenvatting = computed(() => {
    const d = this.data();
    if (!d) return '';
    return `Monitor geladen: ${this.omschrijving().toLowerCase()}. ${getal(d.herkomstPlaatsing.totaal)} plaatsingen met een zaak, ` +
      `${getal(d.termijnOverschreden.totaal)} beslistermijnen overschreden, ${getal(d.wachtlijst.totaal.wachtend)} op de wachtlijst.`;
  });

  async ngOnInit(): Promise<void> {
    const q = this.route.snapshot.queryParamMap;
    const jaar = Number(q.get('jaar'));
    if (q.get('jaar') === MONITOR_ALLE_JAREN) this.jaar = MONITOR_ALLE_JAREN;
    else if (Number.isInteger(jaar) && jaar >= 2000 && jaar <= 2100) this.jaar = jaar;
    if (this.jaar !== MONITOR_ALLE_JAREN && !this.jaren.includes(this.jaar)) this.jaren.push(this.jaar);
    const categorie = q.get('categorie');
    const route = q.get('route');
    const centrumregio = q.get('centrumregio');
    this.categorie = isMonitorCategorie(categorie) ? categorie : '';
    this.routeFilter = isRoute(route) ? route : '';
    this.centrumregio = isCentrumregio(centrumregio) ? centrumregio : '';
    await this.laad();
  }

  protected async pasToe(): Promise<void> {
    await this.router.navigate([], { queryParams: monitorFilterParams(this.huidigFilter()), replaceUrl: true });
    await this.laad();
  }

  /** The download of every table with the filters of the figures on screen (not of unapplied choices). */
  private exportLink(formaat: 'csv' | 'xlsx'): string {
    return `/api/monitor/export?${new URLSearchParams({ ...monitorFilterParams(this.filter()), formaat }).toString()}`;
  }

  private huidigFilter(): MonitorFilter {
    return {
      jaar: this.jaar === MONITOR_ALLE_JAREN ? null : Number(this.jaar),
      categorie: isMonitorCategorie(this.categorie) ? this.categorie : null,
      route: isRoute(this.routeFilter) ? this.routeFilter : null,
      centrumregio: isCentrumregio(this.centrumregio) ? this.centrumregio : null,
    };
  }

  private async laad(): Promise<void> {
    const filter = this.huidigFilter();
    this.filter.set(filter);
    this.laden.set(true);
    this.fout.set(null);
    try {
      this.data.set(await this.api.get<MonitorOverzicht>('/monitor', monitorFilterParams(filter)));
    } catch (e) {
      this.data.set(null);
      this.fout.set((e as Problem).detail);
    } finally {
      this.laden.set(false);
    }
  }

  /** '2026', or 'alle jaren' for all years together (in headings and captions). */
  protected periode(jaar: number | null): string {
    return jaar === null ? 'alle jaren' : String(jaar);
  }

  /** 'in 2026', or 'in alle jaren samen' (in running text). */
  protected inPeriode(jaar: number | null): string {
    return jaar === null ? 'in alle jaren samen' : `in ${jaar}`;
  }

  protected getal(n: number | null | undefined): string {
    return getal(n);
  }

  protected procent(p: number | null | undefined): string {
    return procent(p);
  }

  protected dagen(n: number | null | undefined): string {
    return dagen(n);
  }

  protected datum(iso: string): string {
    return formatDatum(iso);
  }

  /** In-page links move focus to the section heading (a #fragment would reload under <base href>). */
  protected naar(id: string): void {
    const kop = document.getElementById(id);
    kop?.scrollIntoView({ block: 'start' });
    kop?.focus();
  }

  /** Width of a criterion's bar: its share of the moves. */
  protected breedte(aandeel: number | null): number {
    return Math.max(0, Math.min(100, aandeel ?? 0));
  }
}
