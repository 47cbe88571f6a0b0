import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ApiService } from '../core/api.service';
import type { Problem, WoningView } from '../core/api.models';

/**
 * Reserve, release or withdraw one dwelling. Shows only what the api says the
 * caller may do now (mogelijkeStatussen); withdrawing asks for a reason first.
 */
@Component({
  selector: 'ws-woning-status',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (woning().mogelijkeStatussen.length) {
      <div class="ws-acties" role="group" [attr.aria-label]="'Status van ' + woning().adres">
        @if (mag('gereserveerd')) {
          <button type="button" class="knop secundair" [disabled]="bezig()" (click)="zet('gereserveerd')">Reserveren<span class="visueel-verborgen"> {{ woning().adres }}</span></button>
        }
        @if (mag('beschikbaar')) {
          <button type="button" class="knop secundair" [disabled]="bezig()" (click)="zet('beschikbaar')">
            {{ woning().status === 'ingetrokken' ? 'Weer beschikbaar maken' : 'Vrijgeven' }}<span class="visueel-verborgen"> {{ woning().adres }}</span></button>
        }
        @if (mag('ingetrokken') && !intrekken()) {
          <button type="button" class="knop secundair" #intrekKnop [disabled]="bezig()" (click)="startIntrekken()">Intrekken<span class="visueel-verborgen"> {{ woning().adres }}</span></button>
        }
      </div>
      @if (intrekken()) {
        <form class="ws-intrekken" (ngSubmit)="zet('ingetrokken')" (keydown.escape)="stopIntrekken()" novalidate>
          <label [for]="'reden-' + woning().id">Reden van intrekken<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <textarea #redenVeld [id]="'reden-' + woning().id" name="reden" rows="2" maxlength="500" [(ngModel)]="reden"
                    [attr.aria-invalid]="!!redenFout()" [attr.aria-describedby]="redenFout() ? 'reden-fout-' + woning().id : null"></textarea>
          @if (redenFout(); as m) { <p class="veld-fout" [id]="'reden-fout-' + woning().id">{{ m }}</p> }
          <div class="knoppen">
            <button type="submit" class="knop gevaar" [disabled]="bezig()">Intrekken bevestigen</button>
            <button type="button" class="knop secundair" (click)="stopIntrekken()">Annuleren</button>
          </div>
        </form>
      }
      @if (fout(); as f) { <p class="veld-fout" role="alert">{{ f }}</p> }
    }
  `,
  styles: `
    .ws-acties { display: flex; flex-wrap: wrap; gap: .4rem; }
    .ws-acties .knop { min-height: 36px; padding: .3rem .7rem; font-size: .9rem; }
    .ws-intrekken { margin-top: .5rem; max-width: 24rem; }
  `,
})
export class WoningStatusComponent {
  private readonly api = inject(ApiService);
  readonly woning = input.required<WoningView>();
  readonly gewijzigd = output<WoningView>();
  protected readonly bezig = signal(false);
  protected readonly intrekken = signal(false);
  protected readonly fout = signal<string | null>(null);
  protected readonly redenFout = signal<string | null>(null);
  protected reden = '';
  private readonly redenVeld = viewChild<ElementRef<HTMLTextAreaElement>>('redenVeld');
  private readonly intrekKnop = viewChild<ElementRef<HTMLElement>>('intrekKnop');

  protected mag(status: WoningView['mogelijkeStatussen'][number]): boolean {
    return this.woning().mogelijkeStatussen.includes(status);
  }

  protected startIntrekken(): void {
    this.intrekken.set(true);
    this.fout.set(null);
    setTimeout(() => this.redenVeld()?.nativeElement.focus(), 0);
  }

  /** Annuleren or Escape: the reason form closes and focus goes back to the Intrekken button. */
  protected stopIntrekken(): void {
    this.intrekken.set(false);
    this.redenFout.set(null);
    setTimeout(() => this.intrekKnop()?.nativeElement.focus(), 0);
  }

  protected async zet(status: WoningView['mogelijkeStatussen'][number]): Promise<void> {
    this.fout.set(null);
    this.redenFout.set(null);
    if (status === 'ingetrokken' && !this.reden.trim()) {
      this.redenFout.set('Geef een reden op: die komt in het auditlog.');
      this.redenVeld()?.nativeElement.focus();
      return;
    }
    this.bezig.set(true);
    try {
      const body = status === 'ingetrokken' ? { status, reden: this.reden.trim() } : { status };
      const w = await this.api.patch<WoningView>(`/woningen/${this.woning().id}/status`, body);
      this.intrekken.set(false);
      this.reden = '';
      this.gewijzigd.emit(w);
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.bezig.set(false);
    }
  }
}
