import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ADRESTYPE_LABEL, type Adrestype, type HerkomstVlag } from '@woonstart/domain';
import type { ZaakDetail } from '../../core/api.models';
import { formatDatum } from '../../core/format';
import { HerkomstTijdlijnComponent } from './herkomst-tijdlijn.component';

const VLAG_LABEL: Readonly<Record<HerkomstVlag, string>> = {
  KORT_VERBLIJF: 'Verblijf korter dan een jaar',
  MINDERJARIG_BIJ_OPNAME: 'Minderjarig op de peildatum',
  GEEN_OPNAME: 'Geen opname bekend',
  OVERLAPPENDE_WOONADRESSEN: 'Woonadressen overlappen elkaar',
};

/** Registration history and the herkomst proposal (full view only): timeline, reasons, flags, table, admissions. */
@Component({
  selector: 'ws-herkomst-sectie',
  imports: [HerkomstTijdlijnComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  template: `
    <section class="kaart" aria-labelledby="historie-kop">
      <h2 id="historie-kop">Inschrijvingshistorie en herkomst</h2>
      @if (zaak().herkomstvoorstel; as v) {
        <div class="melding" [class.waarschuwing]="v.vlaggen.length > 0">
          <p><strong>Voorstel herkomstgemeente: {{ v.gemeenteNaam ?? 'geen voorstel – de commissie beoordeelt' }}</strong> (regel {{ v.regel }})</p>
          @if (v.vlaggen.length) {
            <ul class="chips" aria-label="Aandachtspunten voor de commissie">
              @for (f of v.vlaggen; track f) { <li class="chip"><span aria-hidden="true">⚠</span> {{ vlag(f) }}</li> }
            </ul>
          }
          <ul>@for (r of v.redenen; track $index) { <li>{{ r }}</li> }</ul>
        </div>
      }
      <ws-herkomst-tijdlijn [inschrijvingen]="zaak().inschrijvingen ?? []" [voorstel]="zaak().herkomstvoorstel" />
      <div class="tabel-scroll">
        <table>
          <caption>Inschrijvingen in de BRP, oudste eerst</caption>
          <thead><tr><th scope="col">Gemeente</th><th scope="col">Soort adres</th><th scope="col">Van</th><th scope="col">Tot</th></tr></thead>
          <tbody>
            @for (i of zaak().inschrijvingen ?? []; track $index) {
              <tr [class.beslissend]="$index === zaak().herkomstvoorstel?.beslissendeInschrijving">
                <td>{{ i.gemeenteNaam }}@if (i.gemeenteCbs) { ({{ i.gemeenteCbs }}) }
                  @if ($index === zaak().herkomstvoorstel?.beslissendeInschrijving) { <strong> – beslissend voor het voorstel</strong> }</td>
                <td>{{ adrestype(i.adrestype) }}</td><td>{{ datum(i.van) }}</td><td>{{ i.tot ? datum(i.tot) : 'heden' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <h3>Opname</h3>
      <ul>@for (o of zaak().opnames ?? []; track $index) { <li>{{ o.instelling }}: vanaf {{ datum(o.van) }}{{ o.tot ? ' tot ' + datum(o.tot) : ' (loopt nog)' }}</li> } @empty { <li>Geen opname geregistreerd.</li> }</ul>
      <h3>Ondersteuningsplan</h3>
      <p class="tekst">{{ zaak().ondersteuningsplan ?? 'Niet ingevuld.' }}</p>
    </section>
  `,
  styles: `tr.beslissend td { background: var(--ws-geel); }`,
})
export class HerkomstSectieComponent {
  readonly zaak = input.required<ZaakDetail>();

  protected vlag(f: HerkomstVlag): string {
    return VLAG_LABEL[f] ?? f;
  }

  protected datum(d: string | null): string {
    return formatDatum(d);
  }

  protected adrestype(t: string): string {
    return ADRESTYPE_LABEL[t as Adrestype] ?? t;
  }
}
