import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { Agendapunt, Problem, StandpuntKeuze, Vergadering } from '../core/api.models';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { VergaderingApiService } from './vergadering-api.service';
import { STANDPUNTEN, STANDPUNT_LABEL, telling } from './vergadering-weergave';

const VELDEN = ['standpunt', 'opmerking', 'uitkomst'] as const;

/**
 * One agenda item: the case, every member's position with the tally, the
 * current member's own position (preselected from what they saved) and the
 * outcome. Read-only once the meeting is closed.
 */
@Component({
  selector: 'ws-agendapunt',
  imports: [FormsModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agendapunt.component.html',
  styleUrl: './vergadering.css',
})
export class AgendapuntComponent implements OnInit {
  private readonly api = inject(VergaderingApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly vergaderingId = input.required<string>();
  readonly punt = input.required<Agendapunt>();
  readonly nummer = input.required<number>();
  readonly gesloten = input.required<boolean>();
  /** The logged-in member, to preselect their own position. */
  readonly eigenId = input<string | null>(null);
  readonly gewijzigd = output<Vergadering>();
  readonly herladen = output<void>();

  protected readonly keuzes = STANDPUNTEN;
  protected readonly standpuntLabel = STANDPUNT_LABEL;
  protected readonly standpunt = signal<StandpuntKeuze | ''>('');
  protected readonly opmerking = signal('');
  protected readonly uitkomst = signal('');
  protected readonly fout = signal<Problem | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly bezig = signal(false);
  protected readonly stemming = computed(() => telling(this.punt().standpunten));
  protected readonly heeftVeldFout = computed(() => VELDEN.some((v) => veldMelding(this.fout(), v)));

  ngOnInit(): void {
    const p = this.punt();
    const eigen = p.standpunten.find((s) => s.gebruikerId === this.eigenId());
    this.standpunt.set(eigen?.standpunt ?? '');
    this.opmerking.set(eigen?.opmerking ?? '');
    this.uitkomst.set(p.uitkomst ?? '');
  }

  /** Ids unique on the page: one agenda item per number. */
  protected id(naam: string): string {
    return `ap${this.nummer()}-${naam}`;
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected uitkomstBeschrijving(): string | null {
    return beschreven(this.id('uitkomst-hint'), this.veldFout('uitkomst') && this.id('uitkomst-fout'));
  }

  protected async bewaarStandpunt(): Promise<void> {
    const keuze = this.standpunt();
    if (!keuze) {
      this.toonFout(invoerProbleem([{ veld: 'standpunt', melding: 'Kies voor, tegen of onthouding.' }]), 'standpunt');
      return;
    }
    await this.verstuur(() => this.api.standpunt(this.vergaderingId(), this.punt().zaakId, keuze, this.opmerking()),
      `Uw standpunt bij zaak ${this.punt().zaaknummer} is opgeslagen: ${STANDPUNT_LABEL[keuze].toLowerCase()}.`);
  }

  protected async bewaarUitkomst(): Promise<void> {
    if (!this.uitkomst().trim()) {
      this.toonFout(invoerProbleem([{ veld: 'uitkomst', melding: 'Vul de uitkomst van dit agendapunt in.' }]), 'uitkomst');
      return;
    }
    await this.verstuur(() => this.api.uitkomst(this.vergaderingId(), this.punt().zaakId, this.uitkomst()),
      `De uitkomst bij zaak ${this.punt().zaaknummer} is opgeslagen.`);
  }

  private async verstuur(actie: () => Promise<Vergadering>, melding: string): Promise<void> {
    this.bezig.set(true);
    this.fout.set(null);
    this.succes.set(null);
    try {
      this.gewijzigd.emit(await actie());
      this.succes.set(melding);
    } catch (e) {
      const p = e as Problem;
      this.toonFout(p, VELDEN.find((v) => veldMelding(p, v)) ?? null);
    } finally {
      this.bezig.set(false);
    }
  }

  /** Focus goes to the field with the message (it is read through aria-describedby), or to the summary. */
  private toonFout(p: Problem, veld: string | null): void {
    this.fout.set(p);
    this.succes.set(null);
    setTimeout(() => {
      const el = this.host.nativeElement;
      const doel = veld === 'standpunt' ? el.querySelector<HTMLElement>(`input[name="${this.id('standpunt')}"]`)
        : veld ? el.querySelector<HTMLElement>(`#${this.id(veld)}`)
          : el.querySelector<HTMLElement>('.melding.fout');
      doel?.focus();
    }, 0);
  }
}
