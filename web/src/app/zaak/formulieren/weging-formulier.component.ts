import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { LowerCasePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import {
  KANDIDAAT_BRON_LABEL, OORDEEL_LABEL, OORDELEN, WEGING_CRITERIA, WEGING_CRITERIUM_INFO, beoordeelWeging, isRegioGemeente, telOordelen,
  type Kandidaatgemeente, type WegingCriterium,
} from '@woonstart/domain';
import { ApiService } from '../../core/api.service';
import type { Problem, ZaakDetail } from '../../core/api.models';
import { beschreven, invoerProbleem, veldMelding } from '../../core/veld-fout';
import { verstuurEvent } from './event-versturen';
import { FormulierFoutComponent } from './formulier-fout.component';
import { alsWeging, gemeenteNaam, legeKandidaat, toevoegbareGemeenten, wegingPayload, wegingUitZaak, type KandidaatForm, type WegingForm } from './weging-form.model';

/**
 * The kansrijke-woonstart weighing (principle 2): candidates × the five criteria,
 * the client's wish, the doelgemeente and its motivation. Revising starts from the
 * latest recorded version; the api keeps every version.
 */
@Component({
  selector: 'ws-weging-formulier',
  imports: [FormsModule, LowerCasePipe, FormulierFoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './weging-formulier.component.html',
  styleUrl: './formulier.css',
})
export class WegingFormulierComponent {
  private readonly api = inject(ApiService);
  readonly zaak = input.required<ZaakDetail>();
  readonly gedaan = output<ZaakDetail>();
  readonly annuleer = output<void>();
  readonly herladen = output<void>();
  protected readonly criteria = WEGING_CRITERIA;
  protected readonly info = WEGING_CRITERIUM_INFO;
  protected readonly oordelen = OORDELEN;
  protected readonly oordeelLabel = OORDEEL_LABEL;
  protected readonly bronLabel = KANDIDAAT_BRON_LABEL;
  protected readonly form = signal<WegingForm>({ kandidaten: [], wensClient: '', doelgemeenteCbs: '', motivering: '' });
  protected readonly versie = signal(0);
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected readonly melding = signal('');
  protected readonly herziening = computed(() => (this.zaak().toetsing?.wegingen.length ?? 0) > 0);
  protected readonly toevoegbaar = computed(() => {
    this.versie();
    return toevoegbareGemeenten(this.form());
  });
  protected nieuweGemeente = '';
  protected nieuweBron: 'commissie' | 'wensClient' = 'commissie';
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');

  constructor() {
    effect(() => {
      this.form.set(wegingUitZaak(this.zaak()));
      this.fout.set(null);
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  protected herkomstCbs(): string | null {
    return this.zaak().herkomstgemeente?.cbsCode ?? null;
  }

  protected telling(k: KandidaatForm): string {
    const t = telOordelen(k as unknown as Kandidaatgemeente);
    const open = WEGING_CRITERIA.length - t.voor - t.tegen - t.neutraal;
    return `${t.voor} voor, ${t.tegen} tegen, ${t.neutraal} neutraal${open ? `, ${open} nog zonder oordeel` : ''}`;
  }

  /** Why a motivation is required now, or null (the domain rule decides again on save). */
  protected motiveringReden(): string | null {
    const f = this.form();
    const herkomst = this.herkomstCbs();
    if (!f.doelgemeenteCbs) return null;
    if (herkomst === null) return 'de herkomstgemeente is niet vastgesteld';
    if (f.doelgemeenteCbs !== herkomst) return 'de doelgemeente wijkt af van de herkomstgemeente';
    const doel = f.kandidaten.find((k) => k.gemeenteCbs === f.doelgemeenteCbs);
    const t = doel ? telOordelen(doel as unknown as Kandidaatgemeente) : null;
    return t && t.tegen > t.voor ? 'voor de doelgemeente pleiten meer criteria tegen dan voor' : null;
  }

  protected kanDoel(k: KandidaatForm): boolean {
    return isRegioGemeente(k.gemeenteCbs);
  }

  protected id(pad: string): string {
    return `w-${pad.replace(/\./g, '-')}`;
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  /** aria-describedby for a field: its hint (if any) and its error (if any). */
  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `${this.id(pad)}-fout`);
  }

  protected criteriumPad(i: number, c: WegingCriterium, deel: 'bevinding' | 'oordeel'): string {
    return `kandidaten.${i}.criteria.${c}.${deel}`;
  }

  protected voegToe(): void {
    const cbs = this.nieuweGemeente;
    if (!cbs) {
      this.melding.set('Kies eerst een gemeente om toe te voegen.');
      return;
    }
    const naam = gemeenteNaam(cbs, this.zaak());
    this.form().kandidaten.push(legeKandidaat(cbs, naam, this.nieuweBron));
    this.nieuweGemeente = '';
    this.versie.update((v) => v + 1);
    this.melding.set(`${naam} is als kandidaat ${this.form().kandidaten.length} toegevoegd.`);
  }

  protected verwijder(i: number): void {
    const f = this.form();
    const [weg] = f.kandidaten.splice(i, 1);
    if (f.doelgemeenteCbs === weg.gemeenteCbs) f.doelgemeenteCbs = '';
    this.versie.update((v) => v + 1);
    this.melding.set(`${weg.gemeenteNaam} is van de lijst met kandidaten gehaald.`);
  }

  protected async verstuur(): Promise<void> {
    const controle = beoordeelWeging(alsWeging(this.form()), this.herkomstCbs());
    if (!controle.geldig) {
      this.fout.set(invoerProbleem(controle.fouten));
      return;
    }
    this.bezig.set(true);
    this.fout.set(null);
    try {
      this.gedaan.emit(await verstuurEvent(this.api, this.zaak(), 'WEGING_VASTLEGGEN', wegingPayload(this.form())));
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }
}
