import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { Problem, Vergadering } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { AgendapuntComponent } from './agendapunt.component';
import { VergaderingApiService } from './vergadering-api.service';
import { VergaderingSluitenComponent } from './vergadering-sluiten.component';
import { STATUS_LABEL, vergaderdatum } from './vergadering-weergave';

/** One meeting: its agenda with positions and outcomes, closing it, and the minutes once closed. */
@Component({
  selector: 'ws-vergadering',
  imports: [RouterLink, AgendapuntComponent, VergaderingSluitenComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vergadering.page.html',
  styleUrl: './vergadering.css',
})
export class VergaderingPage {
  private readonly api = inject(VergaderingApiService);
  private readonly auth = inject(AuthService);
  readonly id = input.required<string>();
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly vergadering = signal<Vergadering | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  /** After planning, the list page hands over its message through the navigation state; shown once the page is there. */
  private melding = meldingUitNavigatie(inject(Router));
  protected readonly eigenId = computed(() => this.auth.gebruiker()?.id ?? null);
  protected readonly zonderUitkomst = computed(() => this.vergadering()?.agenda.filter((p) => !p.uitkomst).length ?? 0);
  private readonly notulen = viewChild<ElementRef<HTMLElement>>('notulen');

  constructor() {
    effect(() => {
      this.id();
      void this.laad();
    });
  }

  async laad(): Promise<void> {
    this.fout.set(null);
    try {
      const v = await this.api.detail(this.id());
      this.vergadering.set(v);
      document.title = `Vergadering ${vergaderdatum(v.datum)} – Woonstart`;
      const melding = this.melding;
      this.melding = null;
      if (melding) setTimeout(() => this.succes.set(melding), 50);
    } catch (e) {
      this.vergadering.set(null);
      this.fout.set((e as Problem).detail);
    }
  }

  protected gesloten(v: Vergadering): void {
    this.vergadering.set(v);
    this.succes.set('De vergadering is gesloten. De notulen staan klaar als PDF.');
    setTimeout(() => this.notulen()?.nativeElement.focus(), 0);
  }

  protected datumTekst(iso: string): string {
    return vergaderdatum(iso);
  }

  protected notulenUrl(id: string): string {
    return this.api.notulenUrl(id);
  }
}

function meldingUitNavigatie(router: Router): string | null {
  const melding = router.currentNavigation()?.extras.state?.['melding'];
  return typeof melding === 'string' ? melding : null;
}
