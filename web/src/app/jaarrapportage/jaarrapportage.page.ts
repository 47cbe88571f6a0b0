import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { URGENTIECATEGORIE_INFO } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { Problem } from '../core/api.models';

interface Rapportage {
  jaar: number;
  categorieen: string[];
  gemeenten: Array<{ cbsCode: string; naam: string; perCategorie: Record<string, number>; totaal: number }>;
  regioPerCategorie: Record<string, number>;
  regioTotaal: number;
}

/** The yearly report for the Province: granted urgencies per statutory category and gemeente, with downloads. */
@Component({
  selector: 'ws-jaarrapportage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule],
  template: `
    <h1 tabindex="-1">Jaarrapportage urgenties</h1>
    <p>Verleende urgenties per wettelijke categorie en gemeente, zoals de provincie ze vraagt. Een urgentie telt in het jaar
      waarin het besluit tot toekenning bekend is gemaakt, bij de gemeente die besliste. U ziet geen persoonsgegevens.</p>
    <form class="filter" (ngSubmit)="laad()">
      <label for="jr-jaar">Jaar</label>
      <input id="jr-jaar" name="jaar" type="number" min="2000" max="2100" [(ngModel)]="jaar" />
      <button type="submit" class="knop">Tonen</button>
    </form>
    @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
    <div aria-live="polite">
      @if (data(); as d) {
        <p class="downloads">Downloaden:
          <a [href]="'/api/monitor/jaarrapportage?jaar=' + d.jaar + '&formaat=pdf'" download>PDF (brief aan de provincie)</a> ·
          <a [href]="'/api/monitor/jaarrapportage?jaar=' + d.jaar + '&formaat=xlsx'" download>XLSX</a> ·
          <a [href]="'/api/monitor/jaarrapportage?jaar=' + d.jaar + '&formaat=csv'" download>CSV</a>
        </p>
        <div class="scroll" tabindex="0" role="region" aria-labelledby="jr-caption">
          <table>
            <caption id="jr-caption">Verleende urgenties {{ d.jaar }} per wettelijke categorie en gemeente (totaal regio: {{ getal(d.regioTotaal) }})</caption>
            <thead><tr><th scope="col">Gemeente</th>@for (c of d.categorieen; track c) { <th scope="col"><abbr [title]="label(c)">{{ c }}</abbr></th> }<th scope="col">Totaal</th></tr></thead>
            <tbody>
              @for (g of d.gemeenten; track g.cbsCode) {
                <tr><th scope="row">{{ g.naam }}</th>@for (c of d.categorieen; track c) { <td>{{ getal(g.perCategorie[c] ?? 0) }}</td> }<td>{{ getal(g.totaal) }}</td></tr>
              }
            </tbody>
            <tfoot><tr><th scope="row">Regio Haaglanden</th>@for (c of d.categorieen; track c) { <td>{{ getal(d.regioPerCategorie[c] ?? 0) }}</td> }<td>{{ getal(d.regioTotaal) }}</td></tr></tfoot>
          </table>
        </div>
      }
    </div>
  `,
  styles: `.scroll { overflow-x: auto; } td { text-align: right; } tfoot th, tfoot td { font-weight: 700; border-top: 2px solid currentColor; }
    .filter { display: flex; gap: .5rem; align-items: end; margin: 1rem 0; } .filter input { width: 7rem; }`,
})
export class JaarrapportagePage implements OnInit {
  private readonly api = inject(ApiService);
  protected jaar = new Date().getFullYear();
  protected readonly data = signal<Rapportage | null>(null);
  protected readonly fout = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected async laad(): Promise<void> {
    this.fout.set(null);
    try {
      this.data.set(await this.api.get<Rapportage>('/monitor/jaarrapportage', { jaar: this.jaar }));
    } catch (e) {
      this.data.set(null);
      this.fout.set((e as Problem).detail);
    }
  }

  protected label(c: string): string {
    return URGENTIECATEGORIE_INFO[c as keyof typeof URGENTIECATEGORIE_INFO]?.label ?? c;
  }

  protected getal(n: number): string {
    return n.toLocaleString('nl-NL');
  }
}
