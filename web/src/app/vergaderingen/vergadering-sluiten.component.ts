import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { Vergadering } from '../core/api.models';
import { VergaderingApiService } from './vergadering-api.service';

/**
 * Closing a meeting, in two steps: closing is final (positions and outcomes are
 * fixed and the minutes are drawn up), so the member confirms it first.
 */
@Component({
  selector: 'ws-vergadering-sluiten',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="kaart sluiten" aria-labelledby="sluiten-kop">
      <h2 id="sluiten-kop">Vergadering sluiten</h2>
      <p>Na het sluiten liggen de standpunten en uitkomsten vast en staan de notulen als PDF klaar. Sluiten kan niet ongedaan worden gemaakt.</p>
      @if (zonderUitkomst() > 0) {
        <div class="melding waarschuwing">{{ zonderUitkomst() === 1 ? '1 agendapunt heeft' : zonderUitkomst() + ' agendapunten hebben' }} nog geen uitkomst.
          In de notulen staat daar "Geen uitkomst vastgelegd".</div>
      }
      @if (fout(); as f) { <div class="melding fout" role="alert" tabindex="-1" #foutBlok><p><strong>{{ f.detail }}</strong></p></div> }
      @if (bevestigen()) {
        <div class="bevestiging" role="group" aria-labelledby="bevestig-vraag" (keydown.escape)="annuleer()">
          <p id="bevestig-vraag" tabindex="-1" #vraag><strong>Weet u zeker dat u de vergadering wilt sluiten? Dit is definitief.</strong></p>
          <div class="knoppen">
            <button type="button" class="knop gevaar" [disabled]="bezig()" (click)="sluit()">Ja, vergadering definitief sluiten</button>
            <button type="button" class="knop secundair" (click)="annuleer()">Annuleren</button>
          </div>
        </div>
      } @else {
        <button type="button" class="knop gevaar" #sluitKnop (click)="vraagBevestiging()">Vergadering sluiten</button>
      }
    </section>
  `,
  styleUrl: './vergadering.css',
})
export class VergaderingSluitenComponent {
  private readonly api = inject(VergaderingApiService);
  readonly vergaderingId = input.required<string>();
  readonly zonderUitkomst = input(0);
  readonly gesloten = output<Vergadering>();
  protected readonly bevestigen = signal(false);
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly bezig = this.verzending.bezig;
  protected readonly fout = this.verzending.fout;
  private readonly vraag = viewChild<ElementRef<HTMLElement>>('vraag');
  private readonly sluitKnop = viewChild<ElementRef<HTMLElement>>('sluitKnop');
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  protected vraagBevestiging(): void {
    this.fout.set(null);
    this.bevestigen.set(true);
    setTimeout(() => this.vraag()?.nativeElement.focus(), 0);
  }

  protected annuleer(): void {
    this.bevestigen.set(false);
    setTimeout(() => this.sluitKnop()?.nativeElement.focus(), 0);
  }

  protected async sluit(): Promise<void> {
    const gelukt = await this.verzending.voer(async () => { this.gesloten.emit(await this.api.sluit(this.vergaderingId())); });
    if (!gelukt) this.bevestigen.set(false);
  }
}
