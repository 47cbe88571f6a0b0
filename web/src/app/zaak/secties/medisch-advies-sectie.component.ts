import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { WOONVEREISTE_LABEL, type Woonvereiste } from '@woonstart/domain';
import { ApiService } from '../../core/api.service';
import type { MedischAdviesDetails, Problem, ZaakDetail } from '../../core/api.models';
import { AuthService } from '../../core/auth.service';
import { formatTijdstip } from '../../core/format';

export function woonvereisteLabel(w: string): string {
  return WOONVEREISTE_LABEL[w as Woonvereiste] ?? w;
}

/**
 * The outcome of the medical advice for everyone who may see the case; the
 * details only for the medisch adviseur, loaded on request (each read is logged).
 */
@Component({
  selector: 'ws-medisch-advies-sectie',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  template: `
    <section class="kaart" aria-labelledby="medisch-sectie-kop">
      <h2 id="medisch-sectie-kop">Medisch advies</h2>
      @if (uitkomst(); as m) {
        <dl class="gegevens">
          <dt>Status</dt><dd><span [class]="'badge ' + (m.status === 'uitgebracht' ? 'positief' : 'waarschuwing')">{{ m.status === 'uitgebracht' ? 'Uitgebracht' : 'Gevraagd' }}</span></dd>
          <dt>Gevraagd op</dt><dd>{{ tijdstip(m.gevraagdOp) }}</dd>
          <dt>Vraag</dt><dd class="tekst">{{ m.vraag }}</dd>
          @if (m.status === 'uitgebracht') {
            <dt>Uitgebracht op</dt><dd>{{ m.uitgebrachtOp ? tijdstip(m.uitgebrachtOp) : '–' }}</dd>
            <dt>Urgent op medische gronden</dt><dd><strong>{{ m.urgent ? 'Ja' : 'Nee' }}</strong></dd>
            <dt>Woonvereisten</dt><dd>{{ lijst(m.woonvereisten) }}</dd>
          } @else {
            <dt>Uitkomst</dt><dd>Nog niet bekend: de medisch adviseur heeft nog geen advies uitgebracht.</dd>
          }
        </dl>
        <p class="klein">De medische onderbouwing is alleen zichtbaar voor de medisch adviseur.</p>
      } @else {
        <p>Er is geen medisch advies gevraagd.</p>
      }
      @if (isAdviseur()) {
        <h3>Medische gegevens</h3>
        @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
        @if (details(); as adviezen) {
          @for (a of adviezen; track a.id) {
            <div class="melding vertrouwelijk">
              <p><strong>Vraag</strong> ({{ tijdstip(a.gevraagdOp) }}): {{ a.vraag }}</p>
              @if (a.uitgebrachtOp) {
                <p><strong>Urgent op medische gronden:</strong> {{ a.urgent ? 'ja' : 'nee' }} · <strong>Woonvereisten:</strong> {{ lijst(a.woonvereisten) }}</p>
                <p class="tekst"><strong>Medische onderbouwing:</strong> {{ a.details }}</p>
                <p class="klein">Uitgebracht op {{ tijdstip(a.uitgebrachtOp) }} door {{ a.uitgebrachtDoor ?? 'onbekend' }}.</p>
              } @else {
                <p>Nog niet uitgebracht.</p>
              }
            </div>
          } @empty { <p>Er zijn geen medische adviezen bij deze zaak.</p> }
          <button type="button" class="knop secundair" (click)="details.set(null)">Medische gegevens verbergen</button>
        } @else {
          <p>Het openen van de medische gegevens wordt vastgelegd in het toegangslog.</p>
          <button type="button" class="knop secundair" [disabled]="bezig()" (click)="toon()">Medische gegevens tonen (wordt gelogd)</button>
        }
      }
    </section>
  `,
  styles: `.vertrouwelijk { border-left-color: #6b2c91; background: #f3ecf7; } .vertrouwelijk p { margin: .25rem 0; }`,
})
export class MedischAdviesSectieComponent {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  readonly zaak = input.required<ZaakDetail>();
  protected readonly uitkomst = computed(() => this.zaak().medischAdvies ?? this.zaak().toetsing?.medischAdvies ?? null);
  protected readonly isAdviseur = computed(() => this.auth.gebruiker()?.rol === 'medischAdviseur');
  protected readonly details = signal<MedischAdviesDetails[] | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly bezig = signal(false);
  private getoondVoor: string | null = null;

  constructor() {
    // Another case: hide what was shown for the previous one.
    effect(() => {
      const id = this.zaak().id;
      untracked(() => {
        if (this.getoondVoor !== id) this.details.set(null);
      });
    });
  }

  protected async toon(): Promise<void> {
    this.bezig.set(true);
    this.fout.set(null);
    try {
      const id = this.zaak().id;
      this.details.set(await this.api.get<MedischAdviesDetails[]>(`/zaken/${id}/medisch-advies`));
      this.getoondVoor = id;
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.bezig.set(false);
    }
  }

  protected lijst(w: readonly string[]): string {
    return w.length ? w.map(woonvereisteLabel).join(', ') : 'Geen bijzondere eisen';
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }
}
