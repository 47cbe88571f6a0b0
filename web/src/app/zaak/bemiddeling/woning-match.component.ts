import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { WONINGLABEL_LABEL, WONINGTYPE_LABEL, type GeschiktheidReden, type PlafondStand } from '@woonstart/domain';
import { ApiService } from '../../core/api.service';
import type { Problem, WoningMatch, ZaakDetail } from '../../core/api.models';
import { formatBedrag, formatDatum } from '../../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../../core/veld-fout';
import { PlafondBalkComponent } from '../../plaatsingsruimte/plafond-balk.component';
import { standTitel } from '../../plaatsingsruimte/plafond.model';
import { verstuurEvent } from '../formulieren/event-versturen';
import { FormulierFoutComponent } from '../formulieren/formulier-fout.component';
import { GewichtPipe } from './gewicht.pipe';

/**
 * One dwelling for this household: hard exclusions (red, "Uitgesloten") apart
 * from soft preferences (+n / −n), the cap standing, and — for the corporatie —
 * the offer with its reply term and, outside the doelgemeente, the motivation.
 */
@Component({
  selector: 'ws-woning-match',
  imports: [FormsModule, PlafondBalkComponent, FormulierFoutComponent, GewichtPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './woning-match.component.html',
  styleUrl: './woning-match.component.css',
})
export class WoningMatchComponent {
  private readonly api = inject(ApiService);
  readonly match = input.required<WoningMatch>();
  readonly rang = input.required<number>();
  readonly zaak = input.required<ZaakDetail>();
  readonly magAanbieden = input(false);
  readonly gedaan = output<ZaakDetail>();
  readonly herladen = output<void>();

  protected readonly open = signal(false);
  protected readonly bezig = signal(false);
  protected readonly fout = signal<Problem | null>(null);
  protected reactietermijnDagen: number | null = null;
  protected toelichting = '';
  protected motivering = '';
  private readonly eersteVeld = viewChild<ElementRef<HTMLElement>>('eersteVeld');
  private readonly openKnop = viewChild<ElementRef<HTMLElement>>('openKnop');

  protected readonly id = computed(() => `wm-${this.match().woning.id}`);
  protected readonly w = computed(() => this.match().woning);
  protected readonly b = computed(() => this.match().beoordeling);
  protected readonly uitsluitingen = computed(() => this.b().uitsluitingen);
  /** Soft reasons that count (their weight adds to the score), the informative ones (weight 0) and unmet wishes. */
  protected readonly pluspunten = computed(() => this.b().redenen.filter((r) => !r.hard && r.voldoet && r.gewicht !== 0));
  protected readonly informatie = computed(() => this.b().redenen.filter((r) => !r.hard && r.voldoet && r.gewicht === 0));
  protected readonly wensen = computed(() => this.b().redenen.filter((r) => !r.hard && !r.voldoet));
  protected readonly voldaan = computed(() => this.b().redenen.filter((r) => r.hard && r.voldoet));
  protected readonly motiveringNodig = computed(() => this.uitsluitingen().some((r) => r.opheffing === 'motivering'));
  protected readonly ontheffingNodig = computed(() => this.uitsluitingen().some((r) => r.opheffing === 'ontheffing'));
  /** Not passend, but every exclusion may be lifted by a person (a motivation on the offer, an ontheffing at placement). */
  protected readonly voorwaardelijk = computed(() => !this.b().passend && this.uitsluitingen().every((r) => !!r.opheffing));
  protected readonly kanAanbieden = computed(() => this.magAanbieden() && (this.b().passend || this.voorwaardelijk()));
  protected readonly voorwaardeTekst = computed(() => {
    const nodig = [this.motiveringNodig() && 'motivering', this.ontheffingNodig() && 'ontheffing'].filter(Boolean);
    return `Alleen met ${nodig.join(' en ')}`;
  });
  protected readonly woningtype = computed(() => WONINGTYPE_LABEL[this.w().woningtype] ?? this.w().woningtype);
  /** Addresses often carry the place already; it is added only when missing. */
  protected readonly plaats = computed(() => (this.w().adres.includes(this.w().gemeenteNaam) ? '' : ` ${this.w().gemeenteNaam}`));
  protected readonly complex = computed(() => {
    const c = this.w().complex;
    return c ? (c.toLowerCase().startsWith('complex') ? c : `complex ${c}`) : null;
  });
  protected readonly labels = computed(() => this.w().labels.map((l) => WONINGLABEL_LABEL[l] ?? l));

  protected plafondTitel(s: PlafondStand): string {
    return standTitel(s).replace(/^Gemeente /, 'gemeente ');
  }

  protected bedrag(b: number): string {
    return formatBedrag(b);
  }

  protected datum(d: string): string {
    return formatDatum(d);
  }

  protected opheffing(r: GeschiktheidReden): string | null {
    if (r.opheffing === 'motivering') return 'Aanbieden kan wel, met een schriftelijke motivering.';
    if (r.opheffing === 'ontheffing') return 'Aanbieden kan; plaatsen daarna alleen met een ontheffing van de regiocoördinator.';
    return null;
  }

  protected verdieping(): string {
    const v = this.w().verdieping;
    const lift = this.w().lift ? 'met lift' : 'zonder lift';
    return v === 0 ? 'begane grond' : `${v}e verdieping, ${lift}`;
  }

  protected openFormulier(): void {
    this.open.set(true);
    this.fout.set(null);
    setTimeout(() => this.eersteVeld()?.nativeElement.focus(), 0);
  }

  protected sluit(): void {
    this.open.set(false);
    setTimeout(() => this.openKnop()?.nativeElement.focus(), 0);
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `${this.id()}-${pad}-fout`);
  }

  protected async aanbieden(): Promise<void> {
    const fouten: Array<{ veld: string; melding: string }> = [];
    const termijn = this.reactietermijnDagen;
    if (termijn !== null && String(termijn) !== '' && (!Number.isInteger(Number(termijn)) || Number(termijn) < 1 || Number(termijn) > 60)) {
      fouten.push({ veld: 'reactietermijnDagen', melding: 'De reactietermijn is een heel aantal dagen, van 1 tot en met 60.' });
    }
    if (this.motiveringNodig() && !this.motivering.trim()) {
      fouten.push({ veld: 'motiveringAndereGemeente', melding: 'Motiveer waarom deze woning buiten de woonstartgemeente wordt aangeboden.' });
    }
    if (fouten.length) {
      this.fout.set(invoerProbleem(fouten));
      return;
    }
    const payload: Record<string, string | number> = { woningId: this.w().id };
    if (termijn !== null && String(termijn) !== '') payload['reactietermijnDagen'] = Number(termijn);
    if (this.toelichting.trim()) payload['toelichting'] = this.toelichting.trim();
    if (this.motiveringNodig() && this.motivering.trim()) payload['motiveringAndereGemeente'] = this.motivering.trim();
    this.bezig.set(true);
    this.fout.set(null);
    try {
      this.gedaan.emit(await verstuurEvent(this.api, this.zaak(), 'WONING_AANBIEDEN', payload));
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }
}
