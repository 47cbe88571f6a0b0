import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NIET_IN_BEELD, SCENARIO_KOLOMMEN, SCENARIO_KOLOM_INFO, type ScenarioKolom } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { Problem, ScenarioInvoerView, ScenariotabelView } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatTijdstip, vandaagIso } from '../core/format';
import { ScenarioInvoerFormulierComponent } from './scenario-invoer-formulier.component';

/**
 * The memo's scenario table for a year (issue 5 §2): per gemeente what each
 * way of sharing the yearly opgave gives, with the total and how many stay
 * unplaced. Aggregates only. The regiocoördinator keeps the year's inputs here.
 */
@Component({
  selector: 'ws-scenario',
  imports: [FormsModule, ScenarioInvoerFormulierComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario.page.html',
  styleUrl: './scenario.css',
})
export class ScenarioPage implements OnInit {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly huidigJaar = Number(vandaagIso().slice(0, 4));
  protected readonly kolommen = SCENARIO_KOLOMMEN;
  protected readonly info = SCENARIO_KOLOM_INFO;
  protected readonly nietInBeeld = NIET_IN_BEELD;
  /** Null until the first answer: the api then picks the current year or the latest with inputs. */
  protected readonly jaar = signal<number | null>(null);
  protected readonly tabel = signal<ScenariotabelView | null>(null);
  protected readonly beschikbareJaren = signal<number[]>([]);
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly magInvoeren = computed(() => this.auth.gebruiker()?.rol === 'regiocoordinator');
  protected readonly jaren = computed(() => {
    const set = new Set([...this.beschikbareJaren(), this.huidigJaar - 1, this.huidigJaar, this.huidigJaar + 1]);
    const j = this.jaar();
    if (j !== null) set.add(j);
    return [...set].sort((a, b) => a - b);
  });
  protected readonly samenvatting = computed(() => {
    const t = this.tabel();
    if (!t) return '';
    return `Scenariotabel ${t.jaar}: opgave ${this.getal(t.opgave)}; niet geplaatst bij C (30 % sociale huur) ${this.cel(t.nietGeplaatst.C)}, bij E (15 %) ${this.cel(t.nietGeplaatst.E)}.`;
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

  protected async opgeslagen(v: ScenarioInvoerView): Promise<void> {
    await this.laad();
    this.succes.set(`De invoer voor ${v.jaar} is opgeslagen als versie ${v.versie}. De tabel is bijgewerkt.`);
    setTimeout(() => this.succesMelding()?.nativeElement.focus(), 0);
  }

  protected getal(n: number): string {
    return n.toLocaleString('nl-NL');
  }

  protected cel(n: number | null): string {
    return n === null ? '–' : this.getal(n);
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }

  protected exportUrl(formaat: 'csv' | 'xlsx'): string {
    return `/api/monitor/scenario/export?jaar=${this.tabel()?.jaar ?? this.jaar()}&formaat=${formaat}`;
  }

  protected kop(k: ScenarioKolom): string {
    return this.info[k].kop;
  }

  private async laad(): Promise<void> {
    this.laden.set(true);
    this.fout.set(null);
    try {
      const t = await this.api.get<ScenariotabelView>('/monitor/scenario', { jaar: this.jaar() ?? undefined });
      this.tabel.set(t);
      this.jaar.set(t.jaar);
      this.beschikbareJaren.set(t.beschikbareJaren);
    } catch (e) {
      const p = e as Problem & { jaar?: number | null; beschikbareJaren?: number[] };
      this.tabel.set(null);
      if (Array.isArray(p.beschikbareJaren)) this.beschikbareJaren.set(p.beschikbareJaren);
      if (this.jaar() === null) this.jaar.set(p.jaar ?? this.huidigJaar);
      this.fout.set(p.detail);
    } finally {
      this.laden.set(false);
    }
  }
}
