import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal, viewChild, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { Rol } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { Account, NieuwAccount, Organisatie, VeldFout } from '../core/api.models';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { groepeerOrganisaties, lijktEmail, rollenVoor } from './gebruikers.model';

/**
 * A new account (beheerder): e-mail, name, organisation and a role that fits the
 * organisation's type. The role list only offers fitting roles, so a wrong
 * combination cannot be chosen; the api checks it again (422).
 */
@Component({
  selector: 'ws-gebruiker-formulier',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './gebruikers.css',
  template: `
    <form class="kaart formulier" (ngSubmit)="toevoegen()" novalidate aria-labelledby="ga-kop">
      <h2 id="ga-kop" tabindex="-1" #kop>Nieuw account</h2>
      <p class="hint">De gebruiker kan direct inloggen. Met inloggen via het organisatie-account (OIDC) koppelt de eerste inlog het account aan het geverifieerde e-mailadres.</p>
      @if (fout(); as f) {
        <div class="melding fout" role="alert" tabindex="-1" #foutBlok>
          <p><strong>{{ f.detail }}</strong></p>
          @if (f.fouten?.length) { <ul>@for (v of f.fouten!; track $index) { <li>{{ v.melding }}</li> }</ul> }
        </div>
      }
      <div class="raster">
        <div class="veld">
          <label for="ga-email">E-mailadres<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <p class="hint" id="ga-email-hint">Het werkadres bij de organisatie; één account per adres.</p>
          <input type="email" id="ga-email" name="email" autocomplete="off" spellcheck="false" [(ngModel)]="email"
                 [attr.aria-invalid]="!!veldFout('email')" [attr.aria-describedby]="beschrijving('email', 'ga-email-hint')" />
          @if (veldFout('email'); as m) { <p class="veld-fout" id="ga-email-fout">{{ m }}</p> }
        </div>
        <div class="veld">
          <label for="ga-naam">Naam<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <p class="hint" id="ga-naam-hint">Voor- en achternaam, zoals collega's die in Woonstart zien.</p>
          <input type="text" id="ga-naam" name="naam" autocomplete="off" maxlength="200" [(ngModel)]="naam"
                 [attr.aria-invalid]="!!veldFout('naam')" [attr.aria-describedby]="beschrijving('naam', 'ga-naam-hint')" />
          @if (veldFout('naam'); as m) { <p class="veld-fout" id="ga-naam-fout">{{ m }}</p> }
        </div>
        <div class="veld">
          <label for="ga-organisatieId">Organisatie<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <p class="hint" id="ga-organisatieId-hint">Gemeente, woningcorporatie, zorginstelling, toetsingscommissie of regio.</p>
          <select id="ga-organisatieId" name="organisatieId" [ngModel]="organisatieId()" (ngModelChange)="kiesOrganisatie($event)"
                  [attr.aria-invalid]="!!veldFout('organisatieId')" [attr.aria-describedby]="beschrijving('organisatieId', 'ga-organisatieId-hint')">
            <option value="">Kies een organisatie…</option>
            @for (g of groepen(); track g.type) {
              <optgroup [label]="g.label">
                @for (o of g.organisaties; track o.id) { <option [value]="o.id">{{ o.naam }}</option> }
              </optgroup>
            }
          </select>
          @if (veldFout('organisatieId'); as m) { <p class="veld-fout" id="ga-organisatieId-fout">{{ m }}</p> }
        </div>
        <div class="veld">
          <label for="ga-rol">Rol<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <p class="hint" id="ga-rol-hint">Alleen de rollen die bij de soort organisatie passen.</p>
          <select id="ga-rol" name="rol" [(ngModel)]="rol"
                  [attr.aria-invalid]="!!veldFout('rol')" [attr.aria-describedby]="beschrijving('rol', 'ga-rol-hint')">
            <option value="">{{ organisatie() ? 'Kies een rol…' : 'Kies eerst een organisatie' }}</option>
            @for (r of rollen(); track r.rol) { <option [value]="r.rol">{{ r.label }}</option> }
          </select>
          @if (veldFout('rol'); as m) { <p class="veld-fout" id="ga-rol-fout">{{ m }}</p> }
        </div>
      </div>
      <div class="knoppen">
        <button type="submit" class="knop" [disabled]="bezig()">Toevoegen</button>
        <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
      </div>
    </form>
  `,
})
export class GebruikerFormulierComponent implements OnInit {
  private readonly api = inject(ApiService);
  readonly organisaties = input<readonly Organisatie[]>([]);
  readonly toegevoegd = output<Account>();
  readonly annuleer = output<void>();
  protected readonly groepen = computed(() => groepeerOrganisaties(this.organisaties()));
  protected readonly organisatieId = signal('');
  protected readonly organisatie = computed(() => this.organisaties().find((o) => o.id === this.organisatieId()) ?? null);
  protected readonly rollen = computed(() => rollenVoor(this.organisatie()?.type));
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly bezig = this.verzending.bezig;
  protected email = '';
  protected naam = '';
  protected rol: Rol | '' = '';
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  ngOnInit(): void {
    setTimeout(() => this.kop()?.nativeElement.focus(), 0);
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `ga-${pad}-fout`);
  }

  /** Another organisation: the role chosen before may not fit, so it is chosen again (the only fitting one at once). */
  protected kiesOrganisatie(id: string): void {
    this.organisatieId.set(id);
    const passend = this.rollen();
    this.rol = passend.length === 1 ? passend[0].rol : '';
  }

  protected async toevoegen(): Promise<void> {
    const body: NieuwAccount = { email: this.email.trim(), naam: this.naam.trim(), rol: this.rol as Rol, organisatieId: this.organisatieId() };
    const fouten: VeldFout[] = [];
    if (!body.email) fouten.push({ veld: 'email', melding: 'Vul het e-mailadres in.' });
    else if (!lijktEmail(body.email)) fouten.push({ veld: 'email', melding: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.' });
    if (!body.naam) fouten.push({ veld: 'naam', melding: 'Vul de naam in.' });
    if (!body.organisatieId) fouten.push({ veld: 'organisatieId', melding: 'Kies de organisatie.' });
    if (!body.rol) fouten.push({ veld: 'rol', melding: 'Kies de rol.' });
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    await this.verzending.voer(async () => {
      this.toegevoegd.emit(await this.api.post<Account>('/beheer/gebruikers', body));
    });
  }
}
