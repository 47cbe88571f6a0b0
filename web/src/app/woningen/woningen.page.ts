import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { REGIO_GEMEENTEN } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { Problem, Woning } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatBedrag } from '../core/format';

const WONINGTYPES = ['Studio', 'Appartement', 'Portiekwoning', 'Eengezinswoning', 'Seniorenwoning', 'Clusterwoning'];

/** A corporatie's dwellings for direct mediation: list and register a vacancy. */
@Component({
  selector: 'ws-woningen',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">Woningen van {{ auth.gebruiker()?.organisatieNaam }}</h1>
    <p>Vrijkomende woningen die u voor directe bemiddeling aanbiedt. Een aangeboden woning is gekoppeld aan één zaak.</p>
    <div aria-live="polite" role="status">@if (succes(); as s) { <div class="melding succes">{{ s }}</div> }</div>
    <form class="kaart" (ngSubmit)="opslaan()" novalidate aria-labelledby="nieuw-kop">
      <h2 id="nieuw-kop">Woning aanmelden</h2>
      @if (fout(); as f) {
        <div class="melding fout" role="alert"><p>{{ f.detail }}</p>
          @if (f.fouten?.length) { <ul>@for (v of f.fouten!; track v.veld) { <li>{{ v.melding }}</li> }</ul> }</div>
      }
      <div class="raster">
        <div class="veld"><label for="w-gemeente">Gemeente *</label>
          <select id="w-gemeente" name="gemeente" [(ngModel)]="nieuw.gemeenteCbs" required>
            <option value="">Kies…</option>
            @for (g of gemeenten(); track g.cbsCode) { <option [value]="g.cbsCode">{{ g.naam }}</option> }
          </select></div>
        <div class="veld"><label for="w-adres">Adres *</label><input id="w-adres" name="adres" type="text" [(ngModel)]="nieuw.adres" required /></div>
        <div class="veld"><label for="w-postcode">Postcode *</label><input id="w-postcode" name="postcode" type="text" [(ngModel)]="nieuw.postcode" required /></div>
        <div class="veld"><label for="w-type">Woningtype *</label>
          <select id="w-type" name="type" [(ngModel)]="nieuw.woningtype">@for (t of types; track t) { <option [value]="t">{{ t }}</option> }</select></div>
        <div class="veld"><label for="w-kamers">Kamers *</label><input id="w-kamers" name="kamers" type="number" min="1" max="8" [(ngModel)]="nieuw.kamers" /></div>
        <div class="veld"><label for="w-huur">Kale huur per maand (€) *</label><input id="w-huur" name="huur" type="number" min="100" step="0.01" [(ngModel)]="nieuw.huurprijs" /></div>
        <div class="veld"><label class="checkbox" for="w-nultreden"><input id="w-nultreden" name="nultreden" type="checkbox" [(ngModel)]="nieuw.nultreden" /> Nultredenwoning (zonder trappen bereikbaar)</label></div>
      </div>
      <button type="submit" class="knop" [disabled]="bezig()">Woning aanmelden</button>
    </form>
    <table>
      <caption>{{ woningen().length }} woningen</caption>
      <thead><tr><th scope="col">Adres</th><th scope="col">Gemeente</th><th scope="col">Type</th><th scope="col">Huur</th><th scope="col">Status</th></tr></thead>
      <tbody>
        @for (w of woningen(); track w.id) {
          <tr><td>{{ w.adres }}<br /><span class="hint">{{ w.postcode }}</span></td><td>{{ w.gemeenteNaam }}</td>
            <td>{{ w.woningtype }}, {{ w.kamers }} kamer(s){{ w.nultreden ? ', nultreden' : '' }}</td><td>{{ bedrag(w.huurprijs) }}</td><td>{{ w.status }}</td></tr>
        } @empty { <tr><td colspan="5">Nog geen woningen aangemeld.</td></tr> }
      </tbody>
    </table>
  `,
})
export class WoningenPage implements OnInit {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  protected readonly types = WONINGTYPES;
  protected readonly woningen = signal<Woning[]>([]);
  protected readonly fout = signal<Problem | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly bezig = signal(false);
  protected readonly gemeenten = computed(() => REGIO_GEMEENTEN.filter((g) => this.auth.gebruiker()?.werkgebied.includes(g.cbsCode)));
  protected nieuw = this.leeg();

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  bedrag(b: number): string {
    return formatBedrag(b);
  }

  async opslaan(): Promise<void> {
    this.bezig.set(true);
    this.fout.set(null);
    this.succes.set(null);
    try {
      const w = await this.api.post<Woning>('/woningen', { ...this.nieuw, kamers: Number(this.nieuw.kamers), huurprijs: Number(this.nieuw.huurprijs) });
      this.succes.set(`Woning ${w.adres} is aangemeld en beschikbaar voor bemiddeling.`);
      this.nieuw = this.leeg();
      await this.laad();
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }

  private async laad(): Promise<void> {
    try {
      this.woningen.set(await this.api.get<Woning[]>('/woningen'));
    } catch (e) {
      this.fout.set(e as Problem);
    }
  }

  private leeg() {
    return { gemeenteCbs: '', adres: '', postcode: '', woningtype: 'Appartement', kamers: 2, huurprijs: 600, nultreden: false };
  }
}
