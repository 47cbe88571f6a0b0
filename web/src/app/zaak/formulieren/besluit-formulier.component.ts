import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  AFWIJZINGSGROND_INFO, MAX_GELDIGHEID_MAANDEN, MIN_GELDIGHEID_MAANDEN, REGIO_GEMEENTEN, beoordeelBesluitvoorstel, huurgrenzenVoorJaar,
} from '@woonstart/domain';
import { ApiService } from '../../core/api.service';
import type { Problem, ZaakDetail } from '../../core/api.models';
import { formatBedrag, vandaagIso } from '../../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../../core/veld-fout';
import { WONINGTYPEN, besluitContext, besluitPayload, besluitUitZaak, gronden, type BesluitForm } from './besluit-form.model';
import { verstuurEvent } from './event-versturen';
import { FormulierFoutComponent } from './formulier-fout.component';

/**
 * A proposed decision (BESLUIT_VOORSTELLEN); another member approves it (four
 * eyes). The domain rule checks it here first so messages appear at the fields;
 * the api checks again with the case's own data.
 */
@Component({
  selector: 'ws-besluit-formulier',
  imports: [FormsModule, FormulierFoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './besluit-formulier.component.html',
  styleUrl: './formulier.css',
})
export class BesluitFormulierComponent {
  private readonly api = inject(ApiService);
  readonly zaak = input.required<ZaakDetail>();
  readonly gedaan = output<ZaakDetail>();
  readonly annuleer = output<void>();
  readonly herladen = output<void>();
  protected readonly regio = REGIO_GEMEENTEN;
  protected readonly woningtypen = WONINGTYPEN;
  protected readonly grondInfo = AFWIJZINGSGROND_INFO;
  protected readonly minMaanden = MIN_GELDIGHEID_MAANDEN;
  protected readonly maxMaanden = MAX_GELDIGHEID_MAANDEN;
  protected readonly form = signal<BesluitForm>(legeBesluitForm());
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected readonly grondkeuze = computed(() => gronden(this.zaak().categorie));
  protected readonly teruggestuurd = computed(() => this.zaak().toetsing?.besluiten.at(-1)?.status === 'teruggestuurd');
  protected readonly huurgrenzen = huurgrenzenVoorJaar(Number(vandaagIso().slice(0, 4))) ?? null;
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');

  constructor() {
    effect(() => {
      this.form.set(besluitUitZaak(this.zaak()));
      this.fout.set(null);
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  protected bedrag(b: number): string {
    return formatBedrag(b);
  }

  /** The rule's reading of the proposal as it stands (e.g. that a zienswijze comes first). */
  protected gevolgen(): readonly string[] {
    const f = this.form();
    if (!f.uitkomst) return [];
    return beoordeelBesluitvoorstel(besluitPayload(f), besluitContext(this.zaak())).redenen;
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected zoekprofielFout(): string | null {
    return this.veldFout('zoekprofiel.gemeenten') ?? this.veldFout('zoekprofiel');
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `b-${pad.replace(/\./g, '-')}-fout`);
  }

  protected async verstuur(): Promise<void> {
    const payload = besluitPayload(this.form());
    // The api knows whether the medical advice is required; leave that check to it.
    const fouten = beoordeelBesluitvoorstel(payload, besluitContext(this.zaak())).fouten.filter((f) => f.veld !== 'medischAdvies');
    if (fouten.length) {
      this.fout.set(invoerProbleem(fouten));
      return;
    }
    this.bezig.set(true);
    this.fout.set(null);
    try {
      this.gedaan.emit(await verstuurEvent(this.api, this.zaak(), 'BESLUIT_VOORSTELLEN', payload));
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }
}

function legeBesluitForm(): BesluitForm {
  return { uitkomst: '', route: '', geldigheidMaanden: null, gemeenten: {}, woningtypen: {}, maxHuur: null, gronden: {}, steuntOpFeitenNietVanAanvrager: false, motivering: '' };
}
