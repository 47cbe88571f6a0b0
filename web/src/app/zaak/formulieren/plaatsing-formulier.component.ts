import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { REGIO_GEMEENTEN, WONINGTYPEN, WONINGTYPE_LABEL } from '@woonstart/domain';
import { ApiService } from '../../core/api.service';
import type { Problem, Wijk, ZaakDetail } from '../../core/api.models';
import { vandaagIso } from '../../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../../core/veld-fout';
import { WijkenService } from '../../plaatsingen/wijken.service';
import { plafondZin } from '../../plaatsingsruimte/plafond.model';
import { VORM_LABEL } from '../bemiddeling/plaatsing-labels';
import { verstuurEvent } from './event-versturen';
import { FormulierFoutComponent } from './formulier-fout.component';

/**
 * The placement (PLAATSING_REGISTREREN): contract date, huur or intermediaire
 * verhuur, and the support agreement that is a condition for these groups. After
 * zelf zoeken the dwelling is not in Woonstart, so its facts are asked here too.
 * The api counts the placement against the cap and refuses it when the cap is full.
 */
@Component({
  selector: 'ws-plaatsing-formulier',
  imports: [FormsModule, FormulierFoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './formulier.css',
  templateUrl: './plaatsing-formulier.component.html',
  // Fields in a row start at the top, so an error under one does not push its neighbours down.
  styles: `.rij-velden { align-items: flex-start; }`,
})
export class PlaatsingFormulierComponent {
  private readonly api = inject(ApiService);
  private readonly wijkenService = inject(WijkenService);
  readonly zaak = input.required<ZaakDetail>();
  readonly gedaan = output<ZaakDetail>();
  readonly annuleer = output<void>();
  readonly herladen = output<void>();
  protected readonly regio = [...REGIO_GEMEENTEN].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  protected readonly woningtypen = WONINGTYPEN.map((t) => ({ waarde: t, label: WONINGTYPE_LABEL[t] }));
  protected readonly vormen = (['huur', 'intermediair'] as const).map((v) => ({ waarde: v, label: VORM_LABEL[v] }));
  protected readonly vandaag = vandaagIso();
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected readonly wijken = signal<Wijk[]>([]);
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');

  protected ingangsdatum = vandaagIso();
  protected vorm: 'huur' | 'intermediair' = 'huur';
  protected begeleidingAkkoord = false;
  protected begeleidingsafspraak = '';
  protected gemeenteCbs = '';
  protected wijkCode = '';
  protected adres = '';
  protected huurprijs: number | null = null;
  protected woningtype = '';
  protected kamers: number | null = null;

  /** Zelf zoeken: the decision's route, so no accepted offer carries the dwelling. */
  protected readonly zelfZoeken = computed(() => this.zaak().route === 'zelfZoeken');
  protected readonly aanbieding = computed(() => this.zaak().plaatsing?.aanbiedingen.find((a) => a.uitkomst === 'geaccepteerd') ?? null);
  /** A warning before the attempt when the doelgemeente's cap is (nearly) full. */
  protected readonly plafondWaarschuwing = computed(() => {
    const o = this.zaak().plaatsing?.plafondDoelgemeente;
    if (!o || o.gemeente.status === 'ruimte') return null;
    const naam = o.gemeenteNaam ?? o.gemeente.naam;
    const s = o.gemeente;
    if (s.status === 'bijna') {
      return `Plafond bijzondere doelgroepen ${naam}: ${plafondZin(s)}. Is het plafond vol, dan kan plaatsen alleen met een ontheffing van de regiocoördinator.`;
    }
    return `Het plafond bijzondere doelgroepen van ${naam} is ${s.status === 'vol' ? 'bereikt' : 'overschreden'} (${s.gebruikt} van ${s.plafond}). `
      + 'Een plaatsing in deze gemeente kan alleen met een ontheffing van de regiocoördinator voor deze zaak.';
  });
  /** The api refused because the cap is full: that asks for another step (an ontheffing), not a correction. */
  protected readonly plafondFout = computed(() => {
    const f = this.fout() as (Problem & { overschrijdingen?: unknown }) | null;
    return !!f && f.status === 409 && Array.isArray(f.overschrijdingen);
  });
  /** A full cap is a 409 too, but reloading the case does not help there: no reload button for it. */
  protected readonly getoondeFout = computed(() => {
    const f = this.fout();
    return f && this.plafondFout() ? { ...f, status: 422 } : f;
  });

  constructor() {
    effect(() => {
      const z = this.zaak();
      this.fout.set(null);
      this.begeleidingAkkoord = z.begeleidingAkkoord;
      this.gemeenteCbs = z.woonstartgemeente?.cbsCode ?? '';
      void this.laadWijken(this.gemeenteCbs);
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  protected kiesGemeente(cbs: string): void {
    this.gemeenteCbs = cbs;
    this.wijkCode = '';
    void this.laadWijken(cbs);
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `pl-${pad}-fout`);
  }

  protected async verstuur(): Promise<void> {
    const fouten: Array<{ veld: string; melding: string }> = [];
    if (!this.ingangsdatum) fouten.push({ veld: 'ingangsdatum', melding: 'Vul de ingangsdatum van het huurcontract in.' });
    if (!this.begeleidingAkkoord) fouten.push({ veld: 'begeleidingAkkoord', melding: 'Plaatsen kan alleen als de aanvrager akkoord is met begeleiding.' });
    if (!this.begeleidingsafspraak.trim()) fouten.push({ veld: 'begeleidingsafspraak', melding: 'Beschrijf de begeleidingsafspraak (wie begeleidt, hoe vaak).' });
    const payload: Record<string, string | number | boolean> = {
      ingangsdatum: this.ingangsdatum, vorm: this.vorm, begeleidingAkkoord: this.begeleidingAkkoord, begeleidingsafspraak: this.begeleidingsafspraak.trim(),
    };
    if (this.zelfZoeken()) {
      if (!this.gemeenteCbs) fouten.push({ veld: 'gemeenteCbs', melding: 'Kies de gemeente van de woning.' });
      if (!this.adres.trim()) fouten.push({ veld: 'adres', melding: 'Vul het adres van de woning in.' });
      const huur = this.huurprijs === null || String(this.huurprijs) === '' ? NaN : Number(this.huurprijs);
      if (!Number.isFinite(huur) || huur < 100 || huur > 3000) fouten.push({ veld: 'huurprijs', melding: 'Vul de kale huur in euro in (tussen 100 en 3000).' });
      const kamers = this.kamers === null || String(this.kamers) === '' ? null : Number(this.kamers);
      if (kamers !== null && (!Number.isInteger(kamers) || kamers < 1 || kamers > 8)) fouten.push({ veld: 'kamers', melding: 'Het aantal kamers is een heel getal van 1 tot en met 8.' });
      Object.assign(payload, { gemeenteCbs: this.gemeenteCbs, adres: this.adres.trim(), huurprijs: Math.round(huur * 100) / 100 });
      if (this.wijkCode) payload['wijkCode'] = this.wijkCode;
      if (this.woningtype) payload['woningtype'] = this.woningtype;
      if (kamers !== null) payload['kamers'] = kamers;
    }
    if (fouten.length) {
      this.fout.set(invoerProbleem(fouten));
      return;
    }
    this.bezig.set(true);
    this.fout.set(null);
    try {
      this.gedaan.emit(await verstuurEvent(this.api, this.zaak(), 'PLAATSING_REGISTREREN', payload));
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }

  private async laadWijken(cbs: string): Promise<void> {
    if (!this.zelfZoeken() || !cbs) {
      this.wijken.set([]);
      return;
    }
    try {
      this.wijken.set(await this.wijkenService.wijken(cbs));
    } catch (e) {
      this.fout.set(e as Problem);
    }
  }
}
