import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ROL_LABEL } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { Account, Organisatie, Problem } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { GebruikerBlokkerenComponent } from './gebruiker-blokkeren.component';
import { GebruikerFormulierComponent } from './gebruiker-formulier.component';
import { GebruikerWijzigenComponent } from './gebruiker-wijzigen.component';
import { aantalAccounts, filterAccounts, groepeerOrganisaties, type StatusFilter } from './gebruikers.model';

type PaneelSoort = 'wijzigen' | 'blokkeren';

/**
 * The accounts of all organisations in the region (beheerder): add one, change its name
 * or role, block and unblock it. Every change goes through the api, which refuses what
 * does not fit (a role of another organisation type, the own account, the last beheerder).
 */
@Component({
  selector: 'ws-gebruikers',
  imports: [FormsModule, GebruikerFormulierComponent, GebruikerWijzigenComponent, GebruikerBlokkerenComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gebruikers.page.html',
  styleUrl: './gebruikers.css',
})
export class GebruikersPage implements OnInit {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly rolLabel = ROL_LABEL;
  protected readonly accounts = signal<Account[]>([]);
  protected readonly organisaties = signal<Organisatie[]>([]);
  protected readonly geladen = signal(false);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly filterOrganisatie = signal('');
  protected readonly filterStatus = signal<StatusFilter>('');
  protected readonly toevoegen = signal(false);
  protected readonly paneel = signal<{ soort: PaneelSoort; id: string } | null>(null);
  protected readonly magBeheren = computed(() => this.auth.gebruiker()?.rol === 'beheerder');
  protected readonly eigenId = computed(() => this.auth.gebruiker()?.id ?? null);
  protected readonly groepen = computed(() => groepeerOrganisaties(this.organisaties()));
  protected readonly zichtbaar = computed(() => filterAccounts(this.accounts(), this.filterOrganisatie(), this.filterStatus()));
  protected readonly aantal = computed(() => {
    const n = this.zichtbaar().length;
    const totaal = this.accounts().length;
    return n === totaal ? aantalAccounts(n) : `${aantalAccounts(n)} (van ${totaal})`;
  });
  /** What the filters select, for the table's caption. */
  protected readonly filterOmschrijving = computed(() => {
    const org = this.organisaties().find((o) => o.id === this.filterOrganisatie());
    const status = this.filterStatus();
    return `${org ? ` van ${org.naam}` : ' van alle organisaties'}${status === 'actief' ? ', actief' : status === 'geblokkeerd' ? ', geblokkeerd' : ''}`;
  });
  private readonly succesMelding = viewChild<ElementRef<HTMLElement>>('succesMelding');

  async ngOnInit(): Promise<void> {
    if (!this.magBeheren()) return;
    await this.laad();
  }

  /** An address in parts that may wrap after the @ (a long domain no longer widens the table). */
  protected emailDelen(email: string): [string, string] {
    const at = email.indexOf('@');
    return at < 0 ? [email, ''] : [email.slice(0, at + 1), email.slice(at + 1)];
  }

  protected kiesOrganisatie(id: string): void {
    this.paneel.set(null);
    this.filterOrganisatie.set(id);
  }

  protected kiesStatus(status: StatusFilter): void {
    this.paneel.set(null);
    this.filterStatus.set(status);
  }

  protected wisselToevoegen(): void {
    if (this.toevoegen()) {
      this.sluitToevoegen();
      return;
    }
    this.succes.set(null);
    this.paneel.set(null);
    this.toevoegen.set(true);
  }

  /** Annuleren or Escape: the form closes and focus goes back to the button that opened it. */
  protected sluitToevoegen(): void {
    this.toevoegen.set(false);
    setTimeout(() => document.getElementById('gb-toevoegen-knop')?.focus(), 0);
  }

  protected isOpen(a: Account, soort: PaneelSoort): boolean {
    const p = this.paneel();
    return p?.id === a.id && p.soort === soort;
  }

  protected wisselPaneel(a: Account, soort: PaneelSoort): void {
    if (this.isOpen(a, soort)) {
      this.sluitPaneel();
      return;
    }
    this.succes.set(null);
    this.toevoegen.set(false);
    this.paneel.set({ soort, id: a.id });
  }

  /** Annuleren or Escape: the panel closes and focus goes back to the row's button that opened it. */
  protected sluitPaneel(): void {
    const p = this.paneel();
    this.paneel.set(null);
    if (p) setTimeout(() => document.getElementById(`gb-${p.soort}-${p.id}`)?.focus(), 0);
  }

  protected async toegevoegd(a: Account): Promise<void> {
    this.toevoegen.set(false);
    await this.laad();
    const verborgen = !this.zichtbaar().some((z) => z.id === a.id) ? ' Het valt buiten de gekozen filters.' : '';
    this.meld(`Account toegevoegd. ${a.naam} (${ROL_LABEL[a.rol]}, ${a.organisatieNaam}) kan nu inloggen met ${a.email}.${verborgen}`);
  }

  protected async gewijzigd(a: Account, soort: PaneelSoort): Promise<void> {
    this.paneel.set(null);
    await this.laad();
    if (soort === 'wijzigen') this.meld(`Account gewijzigd. ${a.naam} heeft de rol ${ROL_LABEL[a.rol]}.`);
    else if (a.actief) this.meld(`Account gedeblokkeerd. ${a.naam} kan weer inloggen.`);
    else this.meld(`Account geblokkeerd. ${a.naam} kan niet meer inloggen.`);
  }

  /** The form or panel that had focus is gone: focus goes to the confirmation, so keyboard users keep their place. */
  private meld(tekst: string): void {
    this.succes.set(tekst);
    setTimeout(() => this.succesMelding()?.nativeElement.focus(), 0);
  }

  private async laad(): Promise<void> {
    try {
      const [accounts, organisaties] = await Promise.all([
        this.api.get<Account[]>('/beheer/gebruikers'),
        this.api.get<Organisatie[]>('/organisaties'),
      ]);
      this.accounts.set(accounts);
      this.organisaties.set(organisaties);
      this.fout.set(null);
    } catch (e) {
      this.fout.set((e as Problem).detail);
    } finally {
      this.geladen.set(true);
    }
  }
}
