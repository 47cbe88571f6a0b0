import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { Problem, VergaderingSamenvatting } from '../core/api.models';
import { vandaagIso } from '../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { VergaderingApiService } from './vergadering-api.service';
import { STATUS_LABEL, vergaderdatum } from './vergadering-weergave';

/** The committee's meetings: the list, and planning a new one (the api fills the agenda). */
@Component({
  selector: 'ws-vergaderingen',
  imports: [FormsModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">Vergaderingen</h1>
    <p>Vergaderingen van de toetsingscommissie. Bij het plannen zet Woonstart alle zaken die dan in besluitvorming zijn op de agenda.
      Per agendapunt legt ieder lid een standpunt vast; na de vergadering sluit u die en staan de notulen klaar.</p>

    <form class="kaart" (ngSubmit)="plan()" novalidate aria-labelledby="plan-kop">
      <h2 id="plan-kop">Vergadering plannen</h2>
      @if (fout(); as f) {
        @if (!veldFout('datum')) { <div class="melding fout" role="alert" tabindex="-1" #foutBlok><p><strong>{{ f.detail }}</strong></p></div> }
      }
      <div class="veld">
        <label for="v-datum">Vergaderdatum<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
        <p class="hint" id="v-datum-hint">Vandaag of later. De agenda bevat de zaken die nu in besluitvorming zijn.</p>
        <input type="date" id="v-datum" #datumVeld name="datum" [min]="vandaag" [(ngModel)]="datum" required
               [attr.aria-invalid]="!!veldFout('datum')" [attr.aria-describedby]="beschrijving()" />
        @if (veldFout('datum'); as m) { <p class="veld-fout" id="v-datum-fout">{{ m }}</p> }
      </div>
      <button type="submit" class="knop" [disabled]="bezig()">Vergadering plannen</button>
    </form>

    <table>
      <caption>Geplande en gesloten vergaderingen</caption>
      <thead><tr><th scope="col">Datum</th><th scope="col">Status</th></tr></thead>
      <tbody>
        @for (v of vergaderingen(); track v.id) {
          <tr>
            <td><a [routerLink]="['/vergaderingen', v.id]">{{ datumTekst(v.datum) }}</a></td>
            <td><span class="label" [class.afgerond]="v.status === 'gesloten'">{{ statusLabel[v.status] }}</span></td>
          </tr>
        } @empty { <tr><td colspan="2">{{ geladen() ? 'Er zijn nog geen vergaderingen gepland.' : 'Vergaderingen worden geladen…' }}</td></tr> }
      </tbody>
    </table>
  `,
})
export class VergaderingenPage implements OnInit {
  private readonly api = inject(VergaderingApiService);
  private readonly router = inject(Router);
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly vandaag = vandaagIso();
  protected readonly vergaderingen = signal<VergaderingSamenvatting[]>([]);
  protected readonly geladen = signal(false);
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected datum = '';
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');
  private readonly datumVeld = viewChild<ElementRef<HTMLInputElement>>('datumVeld');

  async ngOnInit(): Promise<void> {
    try {
      this.vergaderingen.set(await this.api.lijst());
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.geladen.set(true);
    }
  }

  protected datumTekst(iso: string): string {
    return vergaderdatum(iso);
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(): string | null {
    return beschreven('v-datum-hint', this.veldFout('datum') && 'v-datum-fout');
  }

  protected async plan(): Promise<void> {
    if (!this.datum || this.datum < this.vandaag) {
      this.toonFout(invoerProbleem([{ veld: 'datum', melding: this.datum ? 'Kies vandaag of een latere datum.' : 'Vul de vergaderdatum in.' }]));
      return;
    }
    this.bezig.set(true);
    this.fout.set(null);
    try {
      const v = await this.api.plan(this.datum);
      const punten = v.agenda.length === 1 ? '1 agendapunt' : `${v.agenda.length} agendapunten`;
      await this.router.navigate(['/vergaderingen', v.id], { state: { melding: `De vergadering van ${vergaderdatum(v.datum)} is gepland met ${punten}.` } });
    } catch (e) {
      this.toonFout(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }

  /** A message about the date goes to the field (read via aria-describedby); anything else to the summary. */
  private toonFout(p: Problem): void {
    this.fout.set(p);
    setTimeout(() => (veldMelding(p, 'datum') ? this.datumVeld() : this.foutBlok())?.nativeElement.focus(), 0);
  }
}
