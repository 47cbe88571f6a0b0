import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AanbiedingRegel } from '../../core/api.models';
import { formatBedrag, formatDatum, formatTijdstip } from '../../core/format';
import { GEVOLG_LABEL, UITKOMST_LABEL } from '../bemiddeling/plaatsing-labels';

/** Every offer of a case with its outcome and, for a refusal, what it meant under the gemeente's policy. */
@Component({
  selector: 'ws-aanbiedingen-tabel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  template: `
    @if (aanbiedingen().length) {
      <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="aanbiedingen-caption">
        <table>
          <caption id="aanbiedingen-caption" class="visueel-verborgen">Aanbiedingen ({{ aanbiedingen().length }})</caption>
          <thead>
            <tr>
              <th scope="col">Adres</th><th scope="col">Wijk</th><th scope="col">Huur</th><th scope="col">Aangeboden op</th>
              <th scope="col">Reageren uiterlijk op</th><th scope="col">Uitkomst</th><th scope="col">Reden</th><th scope="col">Gevolg</th>
            </tr>
          </thead>
          <tbody>
            @for (a of aanbiedingen(); track a.id) {
              <tr>
                <th scope="row">
                  {{ a.adres }}@if (a.gemeenteNaam) {<br /><span class="klein">{{ a.gemeenteNaam }}</span>}
                  @if (a.motiveringAndereGemeente) { <br /><span class="klein">Buiten de doelgemeente, gemotiveerd: {{ a.motiveringAndereGemeente }}</span> }
                </th>
                <td>{{ a.wijkNaam ?? '–' }}</td>
                <td>{{ a.huurprijs === null ? '–' : bedrag(a.huurprijs) }}</td>
                <td>{{ tijdstip(a.aangebodenOp) }}</td>
                <td>{{ datum(a.reactieTot) }}</td>
                <td>
                  <span class="badge" [class.positief]="a.uitkomst === 'geaccepteerd' || a.uitkomst === 'verhuurd'" [class.waarschuwing]="a.uitkomst === 'open'"
                        [class.neutraal]="a.uitkomst !== 'open' && a.uitkomst !== 'geaccepteerd' && a.uitkomst !== 'verhuurd'">{{ uitkomst[a.uitkomst] }}</span>
                  @if (a.uitkomst === 'geweigerd' && a.gegrond !== null) { <br /><span class="klein">{{ a.gegrond ? 'Weigering gegrond: woning bleek niet passend' : 'Weigering niet gegrond' }}</span> }
                </td>
                <td class="tekst">{{ a.reden ?? '–' }}</td>
                <td>
                  @if (a.gevolg; as g) {
                    <span class="badge" [class.negatief]="g === 'urgentieVervalt'" [class.waarschuwing]="g === 'waarschuwing'" [class.neutraal]="g === 'geenGevolg'">{{ gevolg[g] }}</span>
                  } @else { – }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p>Er is nog geen woning aangeboden.</p>
    }
  `,
  styles: `tbody th { background: #fff; font-weight: 600; }`,
})
export class AanbiedingenTabelComponent {
  readonly aanbiedingen = input.required<readonly AanbiedingRegel[]>();
  protected readonly uitkomst = UITKOMST_LABEL;
  protected readonly gevolg = GEVOLG_LABEL;

  protected bedrag(b: number): string {
    return formatBedrag(b);
  }

  protected datum(d: string): string {
    return formatDatum(d);
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }
}
