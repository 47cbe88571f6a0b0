import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { regioGemeente, type BeslistermijnStatus } from '@woonstart/domain';
import type { ZaakToetsing } from '../../core/api.models';
import { dagenTekst, formatDatum, formatDatumLang } from '../../core/format';

const STATUS_LABEL: Readonly<Record<BeslistermijnStatus, string>> = { loopt: 'Loopt', opgeschort: 'Opgeschort', verlopen: 'Verlopen' };

/** The Awb clock: deadline, status, the policy in force, the calculation ledger and the suspensions. */
@Component({
  selector: 'ws-termijnen-sectie',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  template: `
    <section class="kaart" aria-labelledby="termijnen-kop">
      <h2 id="termijnen-kop">Termijnen</h2>
      @if (toetsing().termijn; as t) {
        <p class="termijn">
          Beslissen uiterlijk op <strong>{{ lang(t.uiterlijk) }}</strong>
          @if (loopt()) {
            <span [class]="'badge ' + t.status"><span class="visueel-verborgen">Status: </span>{{ statusLabel[t.status] }}</span>
          } @else {
            <span class="badge neutraal"><span class="visueel-verborgen">Status: </span>Loopt niet meer</span>
          }
        </p>
        <p>{{ loopt() ? resterend() : 'In deze fase van de zaak loopt de beslistermijn op de aanvraag niet meer.' }}</p>
        <dl class="gegevens">
          <dt>Oorspronkelijke termijn</dt><dd>{{ datum(t.oorspronkelijk) }}</dd>
          <dt>Dagen opgeschort</dt><dd>{{ t.dagenOpgeschort }}</dd>
          <dt>Verdaagd</dt><dd>{{ t.verdaagd ? 'Ja' : 'Nee' }}</dd>
          @if (beleid(); as b) { <dt>Beleid</dt><dd>{{ b }}</dd> }
        </dl>
        @if (t.meldingen.length) {
          <div class="melding waarschuwing"><ul>@for (m of t.meldingen; track $index) { <li>{{ m }}</li> }</ul></div>
        }
        <h3>Hoe de termijn is berekend</h3>
        <ol class="regels">
          @for (r of t.ledger; track $index) { <li><span class="datum">{{ datum(r.datum) }}</span> {{ r.omschrijving }}</li> }
        </ol>
      } @else {
        <p>Er loopt nog geen beslistermijn: die begint op de dag dat de aanvraag is ontvangen.</p>
        @if (beleid(); as b) { <p>{{ b }}</p> }
      }
      <h3>Opschortingen (aanvulling gevraagd)</h3>
      @if (toetsing().opschortingen.length) {
        <div class="tabel-scroll">
          <table>
            <caption class="visueel-verborgen">Verzoeken om aanvulling die de beslistermijn opschorten</caption>
            <thead><tr><th scope="col">Verzoek op</th><th scope="col">Hersteltermijn tot</th><th scope="col">Aangevuld op</th><th scope="col">Wat moest worden aangevuld</th></tr></thead>
            <tbody>
              @for (o of toetsing().opschortingen; track $index) {
                <tr><td>{{ datum(o.verzoekOp) }}</td><td>{{ datum(o.hersteltermijnTot) }}</td><td>{{ o.aangevuldOp ? datum(o.aangevuldOp) : 'Nog niet aangevuld' }}</td><td class="tekst">{{ o.toelichting }}</td></tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>Geen: de termijn is niet opgeschort.</p>
      }
    </section>
  `,
  styles: `.termijn { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; font-size: 1.1rem; }`,
})
export class TermijnenSectieComponent {
  readonly toetsing = input.required<ZaakToetsing>();
  /** Whether the machine says the decision term runs (or is suspended) in the current state. */
  readonly loopt = input(true);
  protected readonly statusLabel = STATUS_LABEL;

  protected readonly resterend = computed(() => {
    const t = this.toetsing().termijn;
    if (!t) return '';
    if (t.status === 'verlopen') return `De termijn is ${dagenTekst(t.dagenOverschreden)} overschreden.`;
    if (t.status === 'opgeschort') return `De termijn staat stil zolang op de aanvulling wordt gewacht (Awb 4:15); nu nog ${dagenTekst(t.dagenResterend)} tot de berekende datum.`;
    return t.dagenResterend === 0 ? 'Vandaag is de laatste dag.' : `Nog ${dagenTekst(t.dagenResterend)}.`;
  });

  /** 'Beleid Den Haag vanaf 1 januari 2025: 8 weken'. */
  protected readonly beleid = computed(() => {
    const b = this.toetsing().beleid;
    if (!b) return null;
    const naam = regioGemeente(b.gemeenteCbs)?.naam ?? b.gemeenteCbs;
    return `Beleid ${naam} vanaf ${formatDatum(b.geldigVanaf)}: ${b.beslistermijnWeken} ${b.beslistermijnWeken === 1 ? 'week' : 'weken'}; hersteltermijn ${dagenTekst(b.hersteltermijnDagen)}${b.vierOgen ? '; besluiten met vier ogen' : ''}.`;
  });

  protected lang(d: string): string {
    return formatDatumLang(d);
  }

  protected datum(d: string | null): string {
    return formatDatum(d);
  }
}
