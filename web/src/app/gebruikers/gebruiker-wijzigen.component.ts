import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, viewChild, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ROL_LABEL, type Rol } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { Account, AccountWijziging, VeldFout } from '../core/api.models';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { ORGANISATIE_TYPE_LABEL, rollenVoor } from './gebruikers.model';

/**
 * Name and role of one account (beheerder). The role list holds only the roles of the
 * account's organisation type. A beheerder cannot change their own role: the field is
 * not offered there, and the api refuses it as well (422).
 */
@Component({
  selector: 'ws-gebruiker-wijzigen',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './gebruikers.css',
  template: `
    <form class="paneel" (ngSubmit)="opslaan()" novalidate [attr.aria-labelledby]="pre() + 'kop'">
      <h3 [id]="pre() + 'kop'" tabindex="-1" #kop>Account van {{ account().naam }} wijzigen</h3>
      @if (fout(); as f) {
        <div class="melding fout" role="alert" tabindex="-1" #foutBlok>
          <p><strong>{{ f.detail }}</strong></p>
          @if (f.fouten?.length) { <ul>@for (v of f.fouten!; track $index) { <li>{{ v.melding }}</li> }</ul> }
        </div>
      }
      <div class="rij-velden">
        <div class="veld">
          <label [for]="pre() + 'naam'">Naam<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
          <input type="text" [id]="pre() + 'naam'" name="naam" autocomplete="off" maxlength="200" [(ngModel)]="naam"
                 [attr.aria-invalid]="!!veldFout('naam')" [attr.aria-describedby]="beschrijving('naam')" />
          @if (veldFout('naam'); as m) { <p class="veld-fout" [id]="pre() + 'naam-fout'">{{ m }}</p> }
        </div>
        @if (eigen()) {
          <div class="veld">
            <p class="label-tekst">Rol</p>
            <p>{{ rolLabel[account().rol] }}</p>
            <p class="hint">Uw eigen rol kunt u niet wijzigen; vraag dat zo nodig aan een andere beheerder.</p>
          </div>
        } @else {
          <div class="veld">
            <label [for]="pre() + 'rol'">Rol<span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span></label>
            <p class="hint" [id]="pre() + 'rol-hint'">Rollen bij {{ account().organisatieNaam }} ({{ typeLabel[account().organisatieType] }}).</p>
            <select [id]="pre() + 'rol'" name="rol" [(ngModel)]="rol"
                    [attr.aria-invalid]="!!veldFout('rol')" [attr.aria-describedby]="beschrijving('rol', pre() + 'rol-hint')">
              @for (r of rollen(); track r.rol) { <option [value]="r.rol">{{ r.label }}</option> }
            </select>
            @if (veldFout('rol'); as m) { <p class="veld-fout" [id]="pre() + 'rol-fout'">{{ m }}</p> }
          </div>
        }
      </div>
      @if (account().oidcGekoppeld) {
        <div class="veld">
          <label class="checkbox" [for]="pre() + 'ontkoppel'">
            <input type="checkbox" [id]="pre() + 'ontkoppel'" name="ontkoppel" [(ngModel)]="ontkoppelen" [attr.aria-describedby]="pre() + 'ontkoppel-hint'" />
            <span>Koppeling met het organisatie-account verbreken</span>
          </label>
          <p class="hint" [id]="pre() + 'ontkoppel-hint'">Bijvoorbeeld als de organisatie de medewerker opnieuw heeft aangemaakt in haar inlogdienst. De volgende keer dat deze persoon inlogt met het organisatie-account, koppelt Woonstart opnieuw op het bevestigde e-mailadres.</p>
        </div>
      }
      <div class="knoppen">
        <button type="submit" class="knop" [disabled]="bezig()">Opslaan</button>
        <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
      </div>
    </form>
  `,
})
export class GebruikerWijzigenComponent implements OnInit {
  private readonly api = inject(ApiService);
  readonly account = input.required<Account>();
  /** The logged-in beheerder's own account. */
  readonly eigen = input(false);
  readonly gewijzigd = output<Account>();
  readonly annuleer = output<void>();
  protected readonly rolLabel = ROL_LABEL;
  protected readonly typeLabel = ORGANISATIE_TYPE_LABEL;
  protected readonly pre = computed(() => `gw-${this.account().id}-`);
  protected readonly rollen = computed(() => rollenVoor(this.account().organisatieType));
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly bezig = this.verzending.bezig;
  protected naam = '';
  protected rol: Rol = 'gemeentemedewerker';
  protected ontkoppelen = false;
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  ngOnInit(): void {
    this.naam = this.account().naam;
    this.rol = this.account().rol;
    setTimeout(() => this.kop()?.nativeElement.focus(), 0);
  }

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint?: string): string | null {
    return beschreven(hint, this.veldFout(pad) && `${this.pre()}${pad}-fout`);
  }

  protected async opslaan(): Promise<void> {
    const a = this.account();
    const naam = this.naam.trim();
    const fouten: VeldFout[] = [];
    if (!naam) fouten.push({ veld: 'naam', melding: 'Vul de naam in.' });
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    const body: AccountWijziging = {};
    if (naam !== a.naam) body.naam = naam;
    if (!this.eigen() && this.rol !== a.rol) body.rol = this.rol;
    if (a.oidcGekoppeld && this.ontkoppelen) body.oidcOntkoppelen = true;
    if (!Object.keys(body).length) {
      this.verzending.toon({ status: 400, title: 'Niets gewijzigd', detail: 'Er is niets gewijzigd. Pas de naam of de rol aan, of kies Annuleren.' });
      return;
    }
    await this.verzending.voer(async () => {
      this.gewijzigd.emit(await this.api.patch<Account>(`/beheer/gebruikers/${encodeURIComponent(a.id)}`, body));
    });
  }
}
