import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { Problem, ScenarioInvoerView, VeldFout } from '../core/api.models';
import { formatTijdstip } from '../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';

type GemeenteVeld = 'inwoners' | 'socialeVerhuringen' | 'verhuringenOnderAftoppingsgrens' | 'realisatieBijzondereDoelgroepen';

interface Regel {
  gemeenteCbs: string;
  gemeenteNaam: string;
  waarden: Record<GemeenteVeld, number | null>;
}

/** The four figures per gemeente: heading, the label a screen reader hears with the gemeente's name, and the upper bound. */
const VELDEN: ReadonlyArray<{ veld: GemeenteVeld; kop: string; label: string; max: number }> = [
  { veld: 'inwoners', kop: 'Inwoners', label: 'Inwoners', max: 5_000_000 },
  { veld: 'socialeVerhuringen', kop: 'Sociale verhuringen', label: 'Sociale verhuringen', max: 100_000 },
  { veld: 'verhuringenOnderAftoppingsgrens', kop: 'Waarvan onder 1e aftoppingsgrens', label: 'Verhuringen onder de eerste aftoppingsgrens', max: 100_000 },
  { veld: 'realisatieBijzondereDoelgroepen', kop: 'Realisatie bijzondere doelgroepen', label: 'Realisatie bijzondere doelgroepen', max: 100_000 },
];

const leeg = (v: unknown): boolean => v === null || v === undefined || String(v).trim() === '';

/**
 * The regiocoördinator's inputs of one year: per gemeente inhabitants, social
 * lettings, lettings below the eerste aftoppingsgrens and the realisation B,
 * plus the regional opgave. Saving makes a new version (audited); a year
 * without inputs starts from the nearest year's figures.
 */
@Component({
  selector: 'ws-scenario-invoer-formulier',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-invoer-formulier.component.html',
  styleUrl: './scenario.css',
})
export class ScenarioInvoerFormulierComponent {
  private readonly api = inject(ApiService);
  readonly jaar = input.required<number>();
  readonly opgeslagen = output<ScenarioInvoerView>();
  protected readonly velden = VELDEN;
  protected readonly invoer = signal<ScenarioInvoerView | null>(null);
  protected readonly regels = signal<Regel[]>([]);
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly laadFout = signal<string | null>(null);
  protected readonly bezig = this.verzending.bezig;
  protected opgave: number | null = null;
  protected toelichting = '';
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  constructor() {
    effect(() => {
      const jaar = this.jaar();
      void this.laad(jaar);
    });
  }

  protected async laad(jaar = this.jaar()): Promise<void> {
    this.fout.set(null);
    this.laadFout.set(null);
    try {
      this.zet(await this.api.get<ScenarioInvoerView>(`/monitor/scenario/invoer/${jaar}`));
    } catch (e) {
      this.invoer.set(null);
      this.laadFout.set((e as Problem).detail);
    }
  }

  protected fid(pad: string): string {
    return `si-${pad.replace(/\./g, '-')}`;
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `${this.fid(pad)}-fout`);
  }

  /** Summary entries that belong to a field link to it; others (e.g. the whole list) are plain text. */
  protected doelVan(f: VeldFout): string | null {
    const pad = f.veld.replace(/^payload\./, '');
    return /^(opgave|toelichting|gemeenten\.\d+\.\w+)$/.test(pad) ? this.fid(pad) : null;
  }

  protected naarVeld(event: Event, id: string): void {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }

  protected async opslaan(): Promise<void> {
    const fouten: VeldFout[] = [];
    const geheel = (v: unknown, veld: string, label: string, max: number): number => {
      const n = Number(v);
      if (leeg(v) || !Number.isInteger(n) || n < 0 || n > max) fouten.push({ veld, melding: `${label}: vul een heel getal in van 0 tot en met ${max.toLocaleString('nl-NL')}.` });
      return n;
    };
    const opgave = geheel(this.opgave, 'opgave', 'Verwachte opgave', 100_000);
    const gemeenten = this.regels().map((r, i) => {
      const uit = Object.fromEntries(VELDEN.map((v) => [v.veld, geheel(r.waarden[v.veld], `gemeenten.${i}.${v.veld}`, `${v.label} ${r.gemeenteNaam}`, v.max)])) as Record<GemeenteVeld, number>;
      if (Number.isInteger(uit.socialeVerhuringen) && Number.isInteger(uit.verhuringenOnderAftoppingsgrens) && uit.verhuringenOnderAftoppingsgrens > uit.socialeVerhuringen) {
        fouten.push({ veld: `gemeenten.${i}.verhuringenOnderAftoppingsgrens`, melding: `Verhuringen onder de eerste aftoppingsgrens ${r.gemeenteNaam}: kan niet meer zijn dan de sociale verhuringen.` });
      }
      return { gemeenteCbs: r.gemeenteCbs, ...uit };
    });
    if (this.toelichting.length > 2000) fouten.push({ veld: 'toelichting', melding: 'Toelichting: gebruik hoogstens 2.000 tekens.' });
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    const huidig = this.invoer();
    const body = {
      opgave, gemeenten,
      ...(this.toelichting.trim() ? { toelichting: this.toelichting.trim() } : {}),
      ...(huidig?.vastgesteld && huidig.versie !== null ? { vorigeVersie: huidig.versie } : {}),
    };
    await this.verzending.voer(async () => {
      const v = await this.api.put<ScenarioInvoerView>(`/monitor/scenario/invoer/${this.jaar()}`, body);
      this.zet(v);
      this.opgeslagen.emit(v);
    });
  }

  private zet(v: ScenarioInvoerView): void {
    this.invoer.set(v);
    this.opgave = v.opgave;
    this.toelichting = '';
    this.regels.set(v.gemeenten.map((g) => ({
      gemeenteCbs: g.gemeenteCbs, gemeenteNaam: g.gemeenteNaam,
      waarden: { inwoners: g.inwoners, socialeVerhuringen: g.socialeVerhuringen, verhuringenOnderAftoppingsgrens: g.verhuringenOnderAftoppingsgrens, realisatieBijzondereDoelgroepen: g.realisatieBijzondereDoelgroepen },
    })));
  }
}
