import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { REGIO_GEMEENTEN, URGENTIECATEGORIE_INFO, URGENTIECATEGORIEEN, addDays } from '@woonstart/domain';
import { STATE_LABEL, ZAAK_STATUSSEN, statusHeeftTag, stateHeeftTag } from '@woonstart/workflow';
import { ApiService } from '../core/api.service';
import type { Problem, ZaakLijst, ZaakSamenvatting } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { formatDatum, vandaagIso } from '../core/format';
import { StatusLabelComponent } from '../zaak/status-label.component';

/** A decision term ending within this many days is shown as due soon. */
const BINNENKORT_DAGEN = 7;

const TITELS: Record<string, { titel: string; uitleg: string }> = {
  zorgmedewerker: { titel: 'Uitstroomverzoeken van mijn organisatie', uitleg: 'Alle verzoeken die uw instelling heeft aangemaakt of ingediend, met hun status.' },
  gemeentemedewerker: { titel: 'Aanvragen van mijn gemeente', uitleg: 'Alle urgentieaanvragen die uw gemeente heeft geregistreerd of ingediend (medisch, mantelzorg, sociaal en de andere groepen), met hun status.' },
  commissielid: { titel: 'Werkvoorraad toetsingscommissie', uitleg: 'Ingediende zaken in de gemeenten van de commissie. De zaak met de eerste beslistermijn staat bovenaan.' },
  medischAdviseur: { titel: 'Werkvoorraad medisch advies', uitleg: 'Medisch urgente zaken waarvoor advies gevraagd kan worden.' },
  corporatiemedewerker: { titel: 'Bemiddelingskandidaten', uitleg: 'Toegekende zaken voor directe bemiddeling in het werkgebied van uw corporatie.' },
};

@Component({
  selector: 'ws-werkvoorraad',
  imports: [FormsModule, RouterLink, StatusLabelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ kop().titel }}</h1>
    <p>{{ kop().uitleg }}</p>
    @if (auth.gebruiker()?.rol === 'zorgmedewerker') {
      <p><a class="knop" routerLink="/zaken/nieuw">Nieuw uitstroomverzoek</a></p>
    } @else if (auth.gebruiker()?.rol === 'gemeentemedewerker') {
      <p><a class="knop" routerLink="/zaken/nieuw">Nieuwe aanvraag</a></p>
    }
    <form class="kaart filters" role="search" aria-label="Zaken filteren" (ngSubmit)="zoek(1)">
      <div class="veld">
        <label for="f-status">Status</label>
        <select id="f-status" name="status" [(ngModel)]="status">
          <option value="">Alle statussen</option>
          @for (s of statussen; track s) { <option [value]="s">{{ stateLabel[s] }}</option> }
        </select>
      </div>
      <div class="veld">
        <label for="f-categorie">Categorie</label>
        <select id="f-categorie" name="categorie" [(ngModel)]="categorie">
          <option value="">Alle categorieën</option>
          @for (c of categorieen; track c) { <option [value]="c">{{ categorieInfo[c].label }}</option> }
        </select>
      </div>
      <div class="veld">
        <label for="f-gemeente">Behandelende gemeente</label>
        <select id="f-gemeente" name="gemeente" [(ngModel)]="gemeente">
          <option value="">Alle gemeenten</option>
          @for (g of gemeenten; track g.cbsCode) { <option [value]="g.cbsCode">{{ g.naam }}</option> }
        </select>
      </div>
      <div class="veld">
        <label for="f-sort">Sorteren</label>
        <select id="f-sort" name="sort" [(ngModel)]="sort">
          <option value="beslistermijn">Beslistermijn (eerst verlopend)</option>
          <option value="-beslistermijn">Beslistermijn (laatst verlopend)</option>
          <option value="-aangemaakt">Nieuwste eerst</option>
          <option value="aangemaakt">Oudste eerst</option>
        </select>
      </div>
      <button type="submit" class="knop">Filteren</button>
    </form>

    @if (fout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
    <div aria-live="polite" class="visueel-verborgen">{{ lijst() ? aantalTekst(lijst()!) + ' gevonden' : '' }}</div>
    @if (lijst(); as l) {
      <table>
        <caption>{{ aantalTekst(l) }} · pagina {{ l.pagina }}{{ l.totaalBegrensd ? '' : ' van ' + paginas() }}</caption>
        <thead>
          <tr>
            <th scope="col">Zaak</th>
            <th scope="col">Aanvrager</th>
            <th scope="col">Categorie</th>
            <th scope="col">Status</th>
            <th scope="col">Gemeente</th>
            <th scope="col">Beslistermijn</th>
            <th scope="col">Acties</th>
          </tr>
        </thead>
        <tbody>
          @for (z of l.items; track z.id) {
            <tr>
              <td><a [routerLink]="['/zaken', z.id]">{{ z.zaaknummer }}</a></td>
              <td>{{ z.aanvragerNaam }}<br /><span class="hint">{{ z.indienendeOrganisatie }}</span></td>
              <td>{{ z.categorieLabel }}</td>
              <td><ws-status-label [status]="z.status" [label]="z.stateLabel" /></td>
              <td>{{ z.woonstartgemeente?.naam ?? z.behandelendeGemeente.naam }}</td>
              @let u = urgentie(z);
              <td [class.termijn-verlopen]="u === 'verlopen'" [class.termijn-binnenkort]="u === 'binnenkort'">
                {{ datum(z.beslistermijn) }}
                @switch (u) {
                  @case ('verlopen') { <span class="hint">termijn verstreken</span> }
                  @case ('binnenkort') { <span class="hint">binnen 7 dagen</span> }
                }
                @if (opgeschort(z)) { <span class="label opgeschort">opgeschort</span> }
              </td>
              <td>{{ z.allowedEvents.length ? z.allowedEvents.length + ' mogelijk' : '–' }}</td>
            </tr>
          } @empty {
            <tr><td colspan="7">Geen zaken gevonden met deze filters.</td></tr>
          }
        </tbody>
      </table>
      <nav class="knoppen" aria-label="Paginering">
        <button type="button" class="knop secundair" [disabled]="l.pagina <= 1" (click)="zoek(l.pagina - 1)">Vorige pagina</button>
        <button type="button" class="knop secundair" [disabled]="!l.totaalBegrensd && l.pagina >= paginas()" (click)="zoek(l.pagina + 1)">Volgende pagina</button>
      </nav>
    } @else if (!fout()) {
      <p>Zaken laden…</p>
    }
  `,
})
export class WerkvoorraadPage implements OnInit {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly statussen = ZAAK_STATUSSEN;
  protected readonly stateLabel = STATE_LABEL;
  protected readonly categorieen = URGENTIECATEGORIEEN;
  protected readonly categorieInfo = URGENTIECATEGORIE_INFO;
  protected readonly gemeenten = REGIO_GEMEENTEN;
  protected readonly lijst = signal<ZaakLijst | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly kop = computed(() => TITELS[this.auth.gebruiker()?.rol ?? ''] ?? { titel: 'Werkvoorraad', uitleg: '' });
  protected readonly paginas = computed(() => Math.max(1, Math.ceil((this.lijst()?.totaal ?? 0) / (this.lijst()?.perPagina ?? 25))));
  protected status = '';
  protected categorie = '';
  protected gemeente = '';
  protected sort = 'beslistermijn';

  async ngOnInit(): Promise<void> {
    const q = this.route.snapshot.queryParamMap;
    this.status = q.get('status') ?? '';
    this.categorie = q.get('categorie') ?? '';
    this.gemeente = q.get('gemeente') ?? '';
    this.sort = q.get('sort') ?? 'beslistermijn';
    await this.zoek(Number(q.get('pagina') ?? 1) || 1);
  }

  async zoek(pagina: number): Promise<void> {
    this.fout.set(null);
    const params = { status: this.status, categorie: this.categorie, gemeente: this.gemeente, sort: this.sort, pagina };
    // Keep the filters in the address so a reload or a shared link shows the same list.
    await this.router.navigate([], { queryParams: { ...params, pagina: pagina > 1 ? pagina : undefined }, replaceUrl: true });
    try {
      this.lijst.set(await this.api.get<ZaakLijst>('/zaken', { ...params, perPagina: 25 }));
    } catch (e) {
      this.fout.set((e as Problem).detail);
    }
  }

  datum(d: string | null): string {
    return formatDatum(d);
  }

  /** '1 zaak', '12 zaken', or 'meer dan 1.000 zaken' when the api stopped counting. */
  aantalTekst(l: ZaakLijst): string {
    if (l.totaalBegrensd) return `meer dan ${l.totaal.toLocaleString('nl-NL')} zaken`;
    return `${l.totaal} ${l.totaal === 1 ? 'zaak' : 'zaken'}`;
  }

  /** The machine tags the state: waiting for the applicant to complete the request (Awb 4:15). */
  opgeschort(z: ZaakSamenvatting): boolean {
    return stateHeeftTag(z.state, 'opgeschort');
  }

  /** How urgent the decision term is: late, or due within a week, only while the machine says it runs. */
  urgentie(z: ZaakSamenvatting): 'verlopen' | 'binnenkort' | null {
    if (!z.beslistermijn || !statusHeeftTag(z.status, 'beslistermijnLoopt')) return null;
    const vandaag = vandaagIso();
    if (z.beslistermijn < vandaag) return 'verlopen';
    return z.beslistermijn <= addDays(vandaag, BINNENKORT_DAGEN) ? 'binnenkort' : null;
  }
}
