import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { ApiService } from '../core/api.service';
import type { BeleidVersie, Problem } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatDatum, formatDatumLang, vandaagIso } from '../core/format';
import { BeleidFormulierComponent } from './beleid-formulier.component';
import { groepeerPerGemeente } from './beleid.model';

/**
 * Policy versions per gemeente. Beheerders add versions; regiocoördinatoren and
 * commissieleden read along (the api refuses their POST as well).
 */
@Component({
  selector: 'ws-beleid',
  imports: [BeleidFormulierComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './beleid.page.html',
  styleUrl: './beleid.css',
})
export class BeleidPage implements OnInit {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly vandaag = vandaagIso();
  protected readonly versies = signal<BeleidVersie[]>([]);
  protected readonly geladen = signal(false);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly magWijzigen = computed(() => this.auth.gebruiker()?.rol === 'beheerder');
  protected readonly perGemeente = computed(() => groepeerPerGemeente(this.versies(), this.vandaag));

  async ngOnInit(): Promise<void> {
    await this.laad();
    this.geladen.set(true);
  }

  protected async toegevoegd(v: BeleidVersie): Promise<void> {
    await this.laad();
    const wanneer = v.geldigVanaf === this.vandaag ? 'vandaag' : formatDatumLang(v.geldigVanaf);
    this.succes.set(`De nieuwe beleidsversie voor ${v.gemeenteNaam} is vastgelegd en geldt vanaf ${wanneer} voor nieuwe aanvragen.`);
  }

  protected datum(iso: string): string {
    return formatDatum(iso);
  }

  protected aantal(n: number, enkel: string, meer: string): string {
    return `${n} ${n === 1 ? enkel : meer}`;
  }

  private async laad(): Promise<void> {
    try {
      this.versies.set(await this.api.get<BeleidVersie[]>('/beleid'));
      this.fout.set(null);
    } catch (e) {
      this.fout.set((e as Problem).detail);
    }
  }
}
