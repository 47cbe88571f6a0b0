import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, viewChild, type OnInit } from '@angular/core';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { Account } from '../core/api.models';

/**
 * Blocking or unblocking one account, after a confirmation. A blocked account is refused
 * at once: its open session ends on its next request.
 */
@Component({
  selector: 'ws-gebruiker-blokkeren',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './gebruikers.css',
  template: `
    <div class="paneel bevestiging" role="group" [attr.aria-labelledby]="vraagId()">
      <p [id]="vraagId()" tabindex="-1" #vraag>
        @if (blokkeren()) {
          <strong>Weet u zeker dat u het account van {{ account().naam }} wilt blokkeren?</strong> {{ account().naam }} kan dan direct niet meer inloggen.
        } @else {
          <strong>Weet u zeker dat u het account van {{ account().naam }} wilt deblokkeren?</strong> {{ account().naam }} kan dan weer inloggen.
        }
      </p>
      @if (fout(); as f) { <div class="melding fout" role="alert" tabindex="-1" #foutBlok><p><strong>{{ f.detail }}</strong></p></div> }
      <div class="knoppen">
        @if (blokkeren()) {
          <button type="button" class="knop gevaar" [disabled]="bezig()" (click)="bevestig()">Ja, blokkeren</button>
        } @else {
          <button type="button" class="knop" [disabled]="bezig()" (click)="bevestig()">Ja, deblokkeren</button>
        }
        <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
      </div>
    </div>
  `,
})
export class GebruikerBlokkerenComponent implements OnInit {
  private readonly api = inject(ApiService);
  readonly account = input.required<Account>();
  readonly gewijzigd = output<Account>();
  readonly annuleer = output<void>();
  /** An active account is blocked; a blocked one unblocked. */
  protected readonly blokkeren = computed(() => this.account().actief);
  protected readonly vraagId = computed(() => `gb-${this.account().id}-vraag`);
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly bezig = this.verzending.bezig;
  protected readonly fout = this.verzending.fout;
  private readonly vraag = viewChild<ElementRef<HTMLElement>>('vraag');
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  ngOnInit(): void {
    setTimeout(() => this.vraag()?.nativeElement.focus(), 0);
  }

  protected async bevestig(): Promise<void> {
    await this.verzending.voer(async () => {
      this.gewijzigd.emit(await this.api.patch<Account>(`/beheer/gebruikers/${encodeURIComponent(this.account().id)}`, { actief: !this.account().actief }));
    });
  }
}
