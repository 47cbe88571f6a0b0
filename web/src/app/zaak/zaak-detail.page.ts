import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROL_LABEL, type Rol } from '@woonstart/domain';
import { ZAAK_EVENT_META, statusHeeftTag, stateHeeftTag, type ZaakEventType } from '@woonstart/workflow';
import { ApiService } from '../core/api.service';
import type { Problem, ZaakDetail } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatBedrag, formatDatum, formatTijdstip } from '../core/format';
import { PassendeWoningenComponent } from './bemiddeling/passende-woningen.component';
import { AanbiedingFormulierComponent } from './formulieren/aanbieding-formulier.component';
import { BesluitFormulierComponent } from './formulieren/besluit-formulier.component';
import { MedischAdviesFormulierComponent } from './formulieren/medisch-advies-formulier.component';
import { PlaatsingFormulierComponent } from './formulieren/plaatsing-formulier.component';
import { PlaatsingsprofielFormulierComponent } from './formulieren/plaatsingsprofiel-formulier.component';
import { WegingFormulierComponent } from './formulieren/weging-formulier.component';
import { WoonevaluatieFormulierComponent } from './formulieren/woonevaluatie-formulier.component';
import { BesluitenSectieComponent } from './secties/besluiten-sectie.component';
import { DocumentenSectieComponent } from './secties/documenten-sectie.component';
import { HerkomstSectieComponent } from './secties/herkomst-sectie.component';
import { MedischAdviesSectieComponent, woonvereisteLabel } from './secties/medisch-advies-sectie.component';
import { PlaatsingSectieComponent } from './secties/plaatsing-sectie.component';
import { TermijnenSectieComponent } from './secties/termijnen-sectie.component';
import { WegingSectieComponent } from './secties/weging-sectie.component';
import { StatusLabelComponent } from './status-label.component';
import { ZaakActieComponent } from './zaak-actie.component';
import { ZaakDiagramComponent } from './zaak-diagram.component';

/**
 * One case: the actions the machine allows this user (inline forms, dedicated
 * ones for weging, besluit and medisch advies), then what the user may see.
 */
@Component({
  selector: 'ws-zaak-detail',
  imports: [
    RouterLink, StatusLabelComponent, ZaakActieComponent, ZaakDiagramComponent,
    WegingFormulierComponent, BesluitFormulierComponent, MedischAdviesFormulierComponent,
    TermijnenSectieComponent, HerkomstSectieComponent, WegingSectieComponent, MedischAdviesSectieComponent, BesluitenSectieComponent,
    DocumentenSectieComponent, PlaatsingSectieComponent, PassendeWoningenComponent,
    PlaatsingsprofielFormulierComponent, PlaatsingFormulierComponent, WoonevaluatieFormulierComponent, AanbiedingFormulierComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './zaak-detail.page.html',
  styles: `
    h1 { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
    ol.tijdlijn { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--ws-blauw); }
    ol.tijdlijn li { padding: 0 0 1rem 1rem; position: relative; }
    ol.tijdlijn li::before { content: ''; position: absolute; left: -8px; top: .45rem; width: 13px; height: 13px; border-radius: 50%; background: var(--ws-blauw); }
    ol.tijdlijn p { margin: 0; }
    .reden { white-space: pre-line; margin-top: .25rem !important; }
  `,
})
export class ZaakDetailPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  readonly id = input.required<string>();
  protected readonly zaak = signal<ZaakDetail | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly actie = signal<ZaakEventType | null>(null);
  /** What the machine allows this user now; system events are never offered. */
  protected readonly acties = computed(() => (this.zaak()?.allowedEvents ?? []).filter((e) => !ZAAK_EVENT_META[e]?.systeem));
  /** By the machine's tags: the Awb decision term runs, or stands still while the request is completed. */
  protected readonly termijnLoopt = computed(() => {
    const z = this.zaak();
    return !!z && (statusHeeftTag(z.status, 'beslistermijnLoopt') || stateHeeftTag(z.state, 'opgeschort'));
  });
  protected readonly isAdviseur = computed(() => this.auth.gebruiker()?.rol === 'medischAdviseur');
  /** The corporatie may offer one of its dwellings now (the machine says so). */
  protected readonly magAanbieden = computed(() => this.acties().includes('WONING_AANBIEDEN'));
  /**
   * Passende woningen: for whoever may offer, and read-only for the commissie
   * while a mediation case is not yet housed or closed (by the machine's tags).
   */
  protected readonly toonWoningen = computed(() => {
    const z = this.zaak();
    if (!z) return false;
    if (this.magAanbieden()) return true;
    return this.auth.gebruiker()?.rol === 'commissielid' && z.route === 'bemiddeling' && !!z.plaatsing && !z.plaatsing.plaatsing
      && !stateHeeftTag(z.state, 'beeindigd') && !stateHeeftTag(z.state, 'geplaatst');
  });
  private readonly succesMelding = viewChild<ElementRef<HTMLElement>>('succesMelding');

  constructor() {
    effect(() => {
      this.id();
      void this.laad();
    });
  }

  async laad(): Promise<void> {
    this.fout.set(null);
    this.actie.set(null);
    try {
      const zaak = await this.api.get<ZaakDetail>(`/zaken/${this.id()}`);
      this.zaak.set(zaak);
      document.title = `Zaak ${zaak.zaaknummer} – Woonstart`;
    } catch (e) {
      this.zaak.set(null);
      this.fout.set((e as Problem).detail);
    }
  }

  gedaan(zaak: ZaakDetail, type: ZaakEventType): void {
    this.zaak.set(zaak);
    this.actie.set(null);
    this.succes.set(`${ZAAK_EVENT_META[type].label}: gelukt. De zaak staat nu op '${zaak.stateLabel}'.`);
    // The form that had focus is gone: put focus on the confirmation, so keyboard users keep their place.
    setTimeout(() => this.succesMelding()?.nativeElement.focus(), 0);
  }

  /** Closes an action form (Annuleren or Escape) and gives focus back to the button that opened it. */
  sluitActie(type: ZaakEventType): void {
    this.actie.set(null);
    setTimeout(() => document.getElementById(`actie-knop-${type}`)?.focus(), 0);
  }

  /** The reasons per dwelling stand in the Passende woningen panel: take the user there. */
  naarWoningen(): void {
    const kop = document.getElementById('woningen-kop');
    kop?.scrollIntoView({ block: 'start' });
    kop?.focus();
  }

  meta(e: ZaakEventType) {
    return ZAAK_EVENT_META[e];
  }

  datum(d: string | null): string {
    return formatDatum(d);
  }

  bedrag(b: number): string {
    return formatBedrag(b);
  }

  tijdstip(t: string): string {
    return formatTijdstip(t);
  }

  rol(r: string): string {
    return ROL_LABEL[r as Rol] ?? r;
  }

  woonvereisten(w: readonly string[]): string {
    return w.length ? w.map(woonvereisteLabel).join(', ') : 'Geen bijzondere eisen bekend';
  }
}
