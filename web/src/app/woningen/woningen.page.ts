import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { REGIO_GEMEENTEN, WONINGTYPEN, WONINGTYPE_LABEL, WONING_STATUSSEN, WONING_STATUS_LABEL } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { Problem, Wijk, WoningImportVerslag, WoningView } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatBedrag, formatDatum } from '../core/format';
import { WoningFormulierComponent } from './woning-formulier.component';
import { WoningImportComponent } from './woning-import.component';
import { WoningStatusComponent } from './woning-status.component';
import { labelTekst, statusTekst, toegankelijkheidTekst, typeTekst, verdiepingTekst } from './woning-weergave';

interface Filters { gemeente: string; wijk: string; status: string; woningtype: string }

/**
 * The supply of dwellings. A corporatie registers (by hand or CSV) and manages
 * its own; the commissie, coördinator and beheerder see those of every corporatie.
 */
@Component({
  selector: 'ws-woningen',
  imports: [FormsModule, RouterLink, WoningFormulierComponent, WoningImportComponent, WoningStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './woningen.page.html',
  styleUrl: './woningen.css',
})
export class WoningenPage implements OnInit {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  protected readonly corporatie = computed(() => this.auth.gebruiker()?.rol === 'corporatiemedewerker');
  protected readonly titel = computed(() => (this.corporatie() ? `Woningen van ${this.auth.gebruiker()?.organisatieNaam}` : 'Woningen'));
  protected readonly gemeenten = computed(() => {
    const g = this.auth.gebruiker();
    return g?.rol === 'corporatiemedewerker' ? REGIO_GEMEENTEN.filter((x) => g.werkgebied.includes(x.cbsCode)) : [...REGIO_GEMEENTEN].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  });
  protected readonly statussen = WONING_STATUSSEN.map((s) => ({ waarde: s, tekst: WONING_STATUS_LABEL[s] }));
  protected readonly typen = WONINGTYPEN.map((t) => ({ waarde: t, tekst: WONINGTYPE_LABEL[t] }));
  protected readonly filters = signal<Filters>({ gemeente: '', wijk: '', status: '', woningtype: '' });
  protected readonly wijken = signal<Wijk[]>([]);
  protected readonly woningen = signal<WoningView[]>([]);
  protected readonly geladen = signal(false);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly typeTekst = typeTekst;
  protected readonly verdiepingTekst = verdiepingTekst;
  protected readonly toegankelijkheidTekst = toegankelijkheidTekst;
  protected readonly labelTekst = labelTekst;
  protected readonly statusTekst = statusTekst;

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected bedrag(b: number): string {
    return formatBedrag(b);
  }

  protected datum(iso: string): string {
    return formatDatum(iso);
  }

  protected async kiesGemeente(cbs: string): Promise<void> {
    this.filters.update((f) => ({ ...f, gemeente: cbs, wijk: '' }));
    this.wijken.set([]);
    if (cbs) {
      try {
        this.wijken.set(await this.api.get<Wijk[]>('/wijken', { gemeente: cbs }));
      } catch (e) {
        this.fout.set((e as Problem).detail);
      }
    }
    await this.laad();
  }

  protected async zetFilter(veld: 'wijk' | 'status' | 'woningtype', waarde: string): Promise<void> {
    this.filters.update((f) => ({ ...f, [veld]: waarde }));
    await this.laad();
  }

  protected async aangemeld(w: WoningView): Promise<void> {
    this.succes.set(`Woning ${w.adres} (${w.wijkNaam}, ${w.gemeenteNaam}) is aangemeld en beschikbaar vanaf ${formatDatum(w.beschikbaarVanaf)}.`);
    await this.laad();
  }

  protected async geimporteerd(v: WoningImportVerslag): Promise<void> {
    this.succes.set(null);
    if (v.geimporteerd > 0) await this.laad();
  }

  protected gewijzigd(w: WoningView): void {
    this.woningen.update((lijst) => lijst.map((x) => (x.id === w.id ? w : x)));
    this.succes.set(`Woning ${w.adres} is nu ${statusTekst(w).toLowerCase()}.`);
  }

  private async laad(): Promise<void> {
    const f = this.filters();
    try {
      this.woningen.set(await this.api.get<WoningView[]>('/woningen', { gemeente: f.gemeente, wijk: f.wijk, status: f.status, woningtype: f.woningtype }));
      this.fout.set(null);
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.geladen.set(true);
    }
  }
}
