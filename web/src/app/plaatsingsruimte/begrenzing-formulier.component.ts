import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PlafondBasis } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { PlaatsingsruimteGemeente, Problem, Wijk } from '../core/api.models';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { WijkenService } from '../plaatsingen/wijken.service';

interface UitzonderingRij { soort: 'wijk' | 'complex'; code: string; naam: string; aandeelPct: number | null; verwachteMutaties: number | null }

/** Shares are entered as a percentage with at most one decimal; the api keeps a fraction with three. */
const naarPct = (aandeel: number): number => Math.round(aandeel * 1000) / 10;
const naarAandeel = (pct: number): number => Math.round(pct * 10) / 1000;
const leeg = (v: unknown): boolean => v === null || v === undefined || String(v).trim() === '';

/**
 * A new version of a gemeente's cap for the year (regiocoördinator): expected
 * lettings, the share and its basis, and wijken or complexen with their own
 * share (leefbaarheid). Every version is kept with its motivation.
 */
@Component({
  selector: 'ws-begrenzing-formulier',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './begrenzing-formulier.component.html',
  styleUrl: './plaatsingsruimte.css',
})
export class BegrenzingFormulierComponent {
  private readonly api = inject(ApiService);
  private readonly wijkenService = inject(WijkenService);
  readonly overzicht = input.required<PlaatsingsruimteGemeente>();
  readonly opgeslagen = output<void>();
  readonly annuleer = output<void>();
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly bezig = this.verzending.bezig;
  protected readonly wijken = signal<Wijk[]>([]);
  protected readonly rijen = signal<UitzonderingRij[]>([]);
  protected verwachteMutaties: number | null = null;
  protected verwachteMutatiesOnderAftopping: number | null = null;
  protected aandeelPct: number | null = null;
  protected basis: PlafondBasis = 'sociaal';
  protected motivering = '';
  protected readonly basissen: ReadonlyArray<{ waarde: PlafondBasis; label: string }> = [
    { waarde: 'sociaal', label: 'Alle sociale verhuringen' },
    { waarde: 'onderEersteAftoppingsgrens', label: 'Alleen verhuringen onder de eerste aftoppingsgrens' },
  ];
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  protected readonly p = computed(() => `bg-${this.overzicht().gemeenteCbs}`);

  constructor() {
    effect(() => {
      const o = this.overzicht();
      const i = o.instelling;
      this.verwachteMutaties = i.verwachteMutaties;
      this.verwachteMutatiesOnderAftopping = i.verwachteMutatiesOnderAftopping;
      this.aandeelPct = naarPct(i.aandeel);
      this.basis = i.basis;
      this.motivering = '';
      this.rijen.set(i.uitzonderingen.map((u) => ({ soort: u.soort, code: u.code, naam: u.naam, aandeelPct: naarPct(u.aandeel), verwachteMutaties: u.verwachteMutaties })));
      this.wijkenService.wijken(o.gemeenteCbs).then((w) => this.wijken.set(w), (e: Problem) => this.fout.set(e));
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected fid(pad: string): string {
    return `${this.p()}-${pad.replace(/\./g, '-')}`;
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `${this.fid(pad)}-fout`);
  }

  protected kiesWijk(rij: UitzonderingRij, code: string): void {
    rij.code = code;
    const w = this.wijken().find((x) => x.code === code);
    if (w) rij.naam = w.naam;
  }

  protected kiesSoort(rij: UitzonderingRij, soort: 'wijk' | 'complex'): void {
    rij.soort = soort;
    rij.code = '';
    rij.naam = '';
  }

  protected voegToe(): void {
    this.rijen.update((r) => [...r, { soort: 'wijk', code: '', naam: '', aandeelPct: null, verwachteMutaties: null }]);
    const n = this.rijen().length - 1;
    setTimeout(() => document.getElementById(this.fid(`uitzonderingen.${n}.soort`))?.focus(), 0);
  }

  protected verwijder(n: number): void {
    this.rijen.update((r) => r.filter((_, i) => i !== n));
    // Focus goes to the row that took its place, or else to the add button.
    const volgende = Math.min(n, this.rijen().length - 1);
    setTimeout(() => document.getElementById(volgende >= 0 ? this.fid(`uitzonderingen.${volgende}.soort`) : `${this.p()}-toevoegen`)?.focus(), 0);
  }

  protected async opslaan(): Promise<void> {
    const fouten: Array<{ veld: string; melding: string }> = [];
    const geheel = (v: unknown, veld: string, label: string): number => {
      const n = Number(v);
      if (leeg(v) || !Number.isInteger(n) || n < 0 || n > 100000) fouten.push({ veld, melding: `${label}: vul een heel getal in van 0 tot en met 100.000.` });
      return n;
    };
    const pct = (v: unknown, veld: string, label: string, min: number): number => {
      const n = Number(v);
      if (leeg(v) || !Number.isFinite(n) || n < min || n > 100) fouten.push({ veld, melding: `${label}: vul een percentage in van ${String(min).replace('.', ',')} tot en met 100.` });
      return n;
    };
    const body = {
      verwachteMutaties: geheel(this.verwachteMutaties, 'verwachteMutaties', 'Verwachte verhuringen'),
      verwachteMutatiesOnderAftopping: geheel(this.verwachteMutatiesOnderAftopping, 'verwachteMutatiesOnderAftopping', 'Verwachte verhuringen onder de eerste aftoppingsgrens'),
      aandeel: naarAandeel(pct(this.aandeelPct, 'aandeel', 'Aandeel bijzondere doelgroepen', 1)),
      basis: this.basis,
      uitzonderingen: this.rijen().map((r, i) => {
        const label = `Uitzondering ${i + 1}`;
        if (!r.code.trim()) fouten.push({ veld: `uitzonderingen.${i}.code`, melding: `${label}: kies een wijk of vul de code van het complex in.` });
        if (!r.naam.trim()) fouten.push({ veld: `uitzonderingen.${i}.naam`, melding: `${label}: vul een naam in.` });
        return {
          soort: r.soort, code: r.code.trim(), naam: r.naam.trim(),
          aandeel: naarAandeel(pct(r.aandeelPct, `uitzonderingen.${i}.aandeel`, `${label}, aandeel`, 0)),
          verwachteMutaties: geheel(r.verwachteMutaties, `uitzonderingen.${i}.verwachteMutaties`, `${label}, verwachte verhuringen`),
        };
      }),
      motivering: this.motivering.trim(),
    };
    const dubbel = body.uitzonderingen.findIndex((u, i) => u.code && body.uitzonderingen.findIndex((x) => x.soort === u.soort && x.code === u.code) !== i);
    if (dubbel >= 0) fouten.push({ veld: `uitzonderingen.${dubbel}.code`, melding: 'Elke wijk of elk complex mag maar één keer als uitzondering voorkomen.' });
    if (body.motivering.length < 10) fouten.push({ veld: 'motivering', melding: 'Geef een motivering van ten minste 10 tekens.' });
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    await this.verzending.voer(async () => {
      const o = this.overzicht();
      await this.api.put(`/plaatsingsruimte/${o.gemeenteCbs}/${o.jaar}`, body);
      this.opgeslagen.emit();
    });
  }
}
