import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { STATE_LABEL, ZAAK_STATUSSEN } from '@woonstart/workflow';
import { ApiService } from '../core/api.service';
import type { Problem } from '../core/api.models';

interface Overzicht {
  gemeenten: Array<{ cbsCode: string; naam: string; perStatus: Partial<Record<string, number>>; geplaatst: number }>;
  stromen: Array<{ herkomst: string | null; woonstart: string; aantal: number }>;
}

/** Aggregates only (no persons): the first cut of the regional monitor, extended in a later issue. */
@Component({
  selector: 'ws-monitor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">Regionale monitor</h1>
    <p>Aantallen zaken per behandelende gemeente en status. U ziet geen persoonsgegevens.</p>
    @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
    @if (data(); as d) {
      <div class="scroll" tabindex="0" role="region" aria-label="Tabel zaken per gemeente, horizontaal scrollbaar">
        <table>
          <caption>Zaken per gemeente en status</caption>
          <thead><tr><th scope="col">Gemeente</th>@for (s of statussen; track s) { <th scope="col">{{ label[s] }}</th> }<th scope="col">Geplaatst in gemeente</th></tr></thead>
          <tbody>
            @for (g of d.gemeenten; track g.cbsCode) {
              <tr><th scope="row">{{ g.naam }}</th>@for (s of statussen; track s) { <td>{{ g.perStatus[s] ?? 0 }}</td> }<td>{{ g.geplaatst }}</td></tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `.scroll { overflow-x: auto; } td { text-align: right; }`,
})
export class MonitorPage implements OnInit {
  private readonly api = inject(ApiService);
  protected readonly statussen = ZAAK_STATUSSEN;
  protected readonly label = STATE_LABEL;
  protected readonly data = signal<Overzicht | null>(null);
  protected readonly fout = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.data.set(await this.api.get<Overzicht>('/monitor/overzicht'));
    } catch (e) {
      this.fout.set((e as Problem).detail);
    }
  }
}
