import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MailLijst, Problem } from '../core/api.models';
import { formatTijdstip } from '../core/format';
import { MAIL_STATUS_LABEL, MAIL_STATUS_UITLEG } from './mail-status';
import { MeldingenApiService } from './meldingen-api.service';

/**
 * The mail Woonstart sent (or, without a mail server, kept) for the meldingen:
 * the beheerder sees all of it, everyone else the mail to their own organisation.
 */
@Component({
  selector: 'ws-mailbox',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">Verzonden e-mail</h1>
    <p>De e-mail die Woonstart bij <a routerLink="/meldingen">meldingen</a> verstuurt, met de status van elk bericht.
      Berichten bevatten alleen het zaaknummer en wat er gebeurde, geen persoonsgegevens.</p>
    @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
    @if (lijst(); as l) {
      @if (bewaard()) {
        <div class="melding waarschuwing">Er is geen mailserver ingesteld. E-mail wordt niet verzonden maar hier bewaard, zodat u ziet wat er verstuurd zou zijn.</div>
      }
      <div class="scroll" tabindex="0" role="region" aria-label="Tabel verzonden e-mail, horizontaal scrollbaar">
        <table>
          <caption>E-mail, nieuwste eerst ({{ l.totaal }} in totaal)</caption>
          <thead><tr><th scope="col">Datum</th><th scope="col">Aan</th><th scope="col">Onderwerp en tekst</th><th scope="col">Status</th></tr></thead>
          <tbody>
            @for (e of l.items; track e.id) {
              <tr>
                <td><time [attr.datetime]="e.aangemaaktOp">{{ tijd(e.aangemaaktOp) }}</time></td>
                <td>{{ e.aan }}</td>
                <td>
                  <details>
                    <summary>{{ e.onderwerp }}</summary>
                    <pre class="tekst">{{ e.tekst }}</pre>
                  </details>
                </td>
                <td>
                  <span class="label" [class.afgerond]="e.status === 'verzonden'" [class.gestopt]="e.status === 'mislukt' || e.status === 'onbekend'">{{ statusLabel[e.status] }}</span>
                  @if (e.verzondenOp) { <span class="hint">op {{ tijd(e.verzondenOp) }}</span> }
                  @if (uitleg[e.status]; as u) { <span class="hint">{{ u }}</span> }
                  @if (e.fout) { <span class="hint">Foutmelding van de mailserver: {{ e.fout }}</span> }
                </td>
              </tr>
            } @empty { <tr><td colspan="4">Er is nog geen e-mail.</td></tr> }
          </tbody>
        </table>
      </div>
      @if (paginas() > 1) {
        <nav class="knoppen" aria-label="Pagina's met e-mail">
          <button type="button" class="knop secundair" [disabled]="pagina() <= 1" (click)="laad(pagina() - 1)">Vorige pagina</button>
          <span class="pagina">Pagina {{ pagina() }} van {{ paginas() }}</span>
          <button type="button" class="knop secundair" [disabled]="pagina() >= paginas()" (click)="laad(pagina() + 1)">Volgende pagina</button>
        </nav>
      }
    } @else if (!fout()) {
      <p>E-mail wordt geladen…</p>
    }
  `,
  styles: `
    .scroll { overflow-x: auto; }
    summary { cursor: pointer; color: var(--ws-blauw); }
    .tekst { white-space: pre-wrap; font: inherit; margin: .5rem 0 0; }
    .pagina { align-self: center; }
  `,
})
export class MailboxPage implements OnInit {
  private readonly api = inject(MeldingenApiService);
  protected readonly statusLabel = MAIL_STATUS_LABEL;
  protected readonly uitleg = MAIL_STATUS_UITLEG;
  protected readonly tijd = formatTijdstip;
  protected readonly lijst = signal<MailLijst | null>(null);
  protected readonly pagina = signal(1);
  protected readonly fout = signal<string | null>(null);
  protected readonly bewaard = computed(() => this.lijst()?.items.some((e) => e.status === 'bewaard') ?? false);
  protected readonly paginas = computed(() => {
    const l = this.lijst();
    return l ? Math.max(1, Math.ceil(l.totaal / l.perPagina)) : 1;
  });

  ngOnInit(): void {
    void this.laad(1);
  }

  async laad(pagina: number): Promise<void> {
    try {
      this.fout.set(null);
      this.lijst.set(await this.api.mailbox(pagina));
      this.pagina.set(pagina);
    } catch (e) {
      this.fout.set((e as Problem).detail);
    }
  }
}
