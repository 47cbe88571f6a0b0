import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PlafondBasis, SimulatieConfiguratie, SimulatieResultaat } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { Problem } from '../core/api.models';

type ScenarioNaam = 'A' | 'B';

interface ScenarioInvoer {
  instroomFactor: number;
  /** Percentages in the form; the api takes shares 0–1. */
  bemiddelingProcent: number;
  plafondProcent: number;
  basis: PlafondBasis;
  verschuivingProcent: number;
  seed: number;
}

interface SimulatieView {
  readonly configuratie: SimulatieConfiguratie;
  readonly resultaat: SimulatieResultaat;
}

interface VerschilRij {
  readonly naam: string;
  readonly geplaatst: number;
  readonly nietGeplaatst: number;
  readonly plafondGebruikt: number;
}

const procent = (x: number): number => Math.round(x * 1000) / 10;

/**
 * The memo's "simulatiespel" (issue 5 §3): two scenarios of a synthetic year
 * side by side, each run through the live rules by the api, and the
 * difference B − A. Aggregates only.
 */
@Component({
  selector: 'ws-simulatie',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './simulatie.page.html',
  styleUrl: './simulatie.page.css',
})
export class SimulatiePage implements OnInit {
  private readonly api = inject(ApiService);
  protected readonly scenarios: readonly ScenarioNaam[] = ['A', 'B'];
  protected readonly standaard = signal<SimulatieConfiguratie | null>(null);
  protected readonly invoer: Record<ScenarioNaam, ScenarioInvoer> = { A: this.leeg(), B: this.leeg() };
  protected readonly resultaat = signal<Record<ScenarioNaam, SimulatieResultaat | null>>({ A: null, B: null });
  protected readonly bezig = signal<Record<ScenarioNaam, boolean>>({ A: false, B: false });
  protected readonly fout = signal<Record<ScenarioNaam, string | null>>({ A: null, B: null });
  protected readonly laadFout = signal<string | null>(null);
  protected readonly status = signal('');

  protected readonly verschil = computed(() => {
    const { A: a, B: b } = this.resultaat();
    if (!a || !b) return null;
    const rijen: VerschilRij[] = a.perGemeente.map((ga) => {
      const gb = b.perGemeente.find((g) => g.gemeenteCbs === ga.gemeenteCbs);
      return {
        naam: ga.naam,
        geplaatst: (gb?.geplaatst ?? 0) - ga.geplaatst,
        nietGeplaatst: (gb?.nietGeplaatst ?? 0) - ga.nietGeplaatst,
        plafondGebruikt: (gb?.plafond.gebruikt ?? 0) - ga.plafond.gebruikt,
      };
    });
    return {
      rijen,
      totaal: {
        gegenereerd: b.totaal.gegenereerd - a.totaal.gegenereerd,
        geplaatst: b.totaal.geplaatst - a.totaal.geplaatst,
        nietGeplaatst: b.totaal.nietGeplaatst - a.totaal.nietGeplaatst,
        mediaan: (b.wachttijd.mediaanDagen ?? 0) - (a.wachttijd.mediaanDagen ?? 0),
        p90: (b.wachttijd.p90Dagen ?? 0) - (a.wachttijd.p90Dagen ?? 0),
      },
    };
  });

  async ngOnInit(): Promise<void> {
    try {
      const s = await this.api.get<SimulatieConfiguratie>('/monitor/simulatie/standaard');
      this.standaard.set(s);
      this.invoer.A = this.vanConfiguratie(s);
      this.invoer.B = this.vanConfiguratie(s);
    } catch (e) {
      this.laadFout.set((e as Problem).detail);
    }
  }

  protected async simuleer(naam: ScenarioNaam): Promise<void> {
    const i = this.invoer[naam];
    this.bezig.update((b) => ({ ...b, [naam]: true }));
    this.fout.update((f) => ({ ...f, [naam]: null }));
    this.status.set(`Scenario ${naam} wordt gesimuleerd…`);
    try {
      const v = await this.api.post<SimulatieView>('/monitor/simulatie', {
        jaar: this.standaard()?.jaar,
        instroomFactor: Number(i.instroomFactor),
        bemiddelingAandeel: Number(i.bemiddelingProcent) / 100,
        plafondAandeel: Number(i.plafondProcent) / 100,
        basis: i.basis,
        verschuivingAandeel: Number(i.verschuivingProcent) / 100,
        seed: Number(i.seed),
      });
      this.resultaat.update((r) => ({ ...r, [naam]: v.resultaat }));
      const t = v.resultaat.totaal;
      this.status.set(`Scenario ${naam}: ${this.getal(t.geplaatst)} van ${this.getal(t.gegenereerd)} geplaatst, ${this.getal(t.nietGeplaatst)} niet geplaatst.`);
    } catch (e) {
      const p = e as Problem;
      const velden = (p.fouten ?? []).map((f) => f.melding).join(' ');
      this.fout.update((f) => ({ ...f, [naam]: [p.detail, velden].filter(Boolean).join(' ') }));
      this.status.set('');
    } finally {
      this.bezig.update((b) => ({ ...b, [naam]: false }));
    }
  }

  protected getal(n: number | null): string {
    return n === null ? '–' : n.toLocaleString('nl-NL');
  }

  protected verschilTekst(n: number): string {
    return n > 0 ? `+${this.getal(n)}` : this.getal(n);
  }

  protected percentage(n: number): string {
    return `${String(n).replace('.', ',')} %`;
  }

  private leeg(): ScenarioInvoer {
    return { instroomFactor: 1, bemiddelingProcent: 70, plafondProcent: 30, basis: 'sociaal', verschuivingProcent: 10, seed: 20250101 };
  }

  private vanConfiguratie(s: SimulatieConfiguratie): ScenarioInvoer {
    return {
      instroomFactor: 1,
      bemiddelingProcent: procent(s.bemiddelingAandeel),
      plafondProcent: procent(s.plafondAandeel),
      basis: s.basis,
      verschuivingProcent: procent(s.verschuivingAandeel),
      seed: s.seed,
    };
  }
}
