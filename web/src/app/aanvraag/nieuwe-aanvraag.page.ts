import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ADRESTYPE_LABEL, ADRESTYPES, REGIO_GEMEENTEN, RELATIES, URGENTIECATEGORIE_INFO, URGENTIECATEGORIEEN, categorieenVoorIndiener, regioGemeente } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import type { Problem, ZaakDetail } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { ANDERE_GEMEENTE, aanvraagUitZaak, legeAanvraag, type AanvraagForm } from './aanvraag-form.model';
import { stappenVoor } from './aanvraag-stappen';

/**
 * Multi-step form for a new application, and for editing one (route with an
 * id: a concept, or a request the committee asked to complete). A zorginstelling
 * files an uitstroomverzoek; a gemeente registers a self-applicant's application
 * (the other categories, for itself, the admission step optional). Each step shows
 * what is still missing; saving an edit is the GEGEVENS_WIJZIGEN event, so every
 * version of the data is kept in the case's log.
 */
@Component({
  selector: 'ws-nieuwe-aanvraag',
  imports: [FormsModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nieuwe-aanvraag.page.html',
  styles: `
    ol.stappen { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0 0 1.25rem; counter-reset: stap; }
    ol.stappen li { counter-increment: stap; }
    ol.stappen button { font: inherit; border: 2px solid var(--ws-rand); background: #fff; border-radius: 999px; padding: .3rem .8rem; cursor: pointer; min-height: 40px; }
    ol.stappen button::before { content: counter(stap) '. '; }
    ol.stappen button[aria-current=step] { border-color: var(--ws-blauw); background: var(--ws-blauw); color: #fff; font-weight: 700; }
    ol.stappen .compleet::after { content: ' ✓'; }
    .rij { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0 1rem; border-top: 1px solid #d9d9d9; padding-top: 1rem; margin-top: .5rem; }
    fieldset { border: 0; padding: 0; margin: 0; }
    legend { font-weight: 700; font-size: 1.05rem; margin-bottom: .5rem; }
    .voortgang { font-weight: 600; }
  `,
})
export class NieuweAanvraagPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  /** A gemeente registers an application of someone who applies there; a zorginstelling files an uitstroomverzoek. */
  protected readonly isGemeente = this.auth.gebruiker()?.rol === 'gemeentemedewerker';
  protected readonly stappen = stappenVoor(this.auth.gebruiker()?.rol);
  protected readonly regio = REGIO_GEMEENTEN;
  /** The gemeente handles only its own applicants' requests (the api refuses others too). */
  protected readonly behandelendeOpties = this.isGemeente ? REGIO_GEMEENTEN.filter((g) => this.auth.gebruiker()?.werkgebied.includes(g.cbsCode)) : REGIO_GEMEENTEN;
  /** The categories this role files (controleerIndiening in the api checks the same rule). */
  protected readonly categorieen = (() => {
    const eigen = categorieenVoorIndiener(this.auth.gebruiker()?.rol ?? 'zorgmedewerker');
    return eigen.length ? eigen : URGENTIECATEGORIEEN;
  })();
  protected readonly categorieInfo = URGENTIECATEGORIE_INFO;
  protected readonly adrestypes = ADRESTYPES;
  protected readonly adrestypeLabel = ADRESTYPE_LABEL;
  protected readonly relaties = RELATIES;
  protected readonly andere = ANDERE_GEMEENTE;
  protected readonly form = signal<AanvraagForm>(legeAanvraag(
    this.auth.gebruiker()?.organisatieNaam ?? '',
    this.isGemeente && this.behandelendeOpties.length === 1 ? this.behandelendeOpties[0] : undefined,
  ));
  protected readonly stap = signal(0);
  protected readonly versie = signal(0);
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected readonly toonOntbrekend = signal(false);
  private readonly kop = viewChild<ElementRef<HTMLElement>>('stapKop');
  /** Set by the router on /zaken/:id/wijzigen. */
  readonly id = input<string>();
  protected readonly bestaand = signal<ZaakDetail | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      if (id) void this.laadBestaand(id);
    });
  }

  private async laadBestaand(id: string): Promise<void> {
    try {
      const zaak = await this.api.get<ZaakDetail>(`/zaken/${id}`);
      if (!zaak.allowedEvents.includes('GEGEVENS_WIJZIGEN')) {
        this.fout.set({ status: 409, title: 'Niet mogelijk', detail: `De gegevens van zaak ${zaak.zaaknummer} kunnen nu niet worden gewijzigd (fase: ${zaak.stateLabel}).` });
        return;
      }
      this.bestaand.set(zaak);
      this.form.set(aanvraagUitZaak(zaak));
      this.gewijzigd();
    } catch (e) {
      this.fout.set(e as Problem);
    }
  }

  /** Recomputed after every edit (versie is bumped by the template's (ngModelChange)). */
  protected readonly ontbreekt = computed(() => {
    this.versie();
    return this.stappen.map((s) => s.ontbreekt(this.form()));
  });
  protected readonly compleet = computed(() => this.ontbreekt().every((o) => o.length === 0));
  protected readonly aantalCompleet = computed(() => this.ontbreekt().slice(0, -1).filter((o) => o.length === 0).length);

  gewijzigd(): void {
    this.versie.update((v) => v + 1);
  }

  naarStap(n: number): void {
    this.stap.set(n);
    this.toonOntbrekend.set(false);
    setTimeout(() => this.kop()?.nativeElement.focus(), 0);
  }

  volgende(): void {
    if (this.ontbreekt()[this.stap()].length) {
      this.toonOntbrekend.set(true);
      return;
    }
    this.naarStap(this.stap() + 1);
  }

  voegHuishoudlidToe(): void {
    this.form().huishouden.push({ relatie: 'kind', naam: '', geboortedatum: '' });
    this.gewijzigd();
  }

  verwijderHuishoudlid(n: number): void {
    this.form().huishouden.splice(n, 1);
    this.gewijzigd();
  }

  voegInschrijvingToe(): void {
    this.form().inschrijvingen.push({ gemeenteKeuze: '', gemeenteCbs: '', gemeenteNaam: '', adrestype: 'woonadres', van: '', tot: '' });
    this.gewijzigd();
  }

  verwijderInschrijving(n: number): void {
    this.form().inschrijvingen.splice(n, 1);
    this.gewijzigd();
  }

  voegOpnameToe(): void {
    this.form().opnames.push({ instelling: this.isGemeente ? '' : this.auth.gebruiker()?.organisatieNaam ?? '', van: '', tot: '' });
    this.gewijzigd();
  }

  verwijderOpname(n: number): void {
    this.form().opnames.splice(n, 1);
    this.gewijzigd();
  }

  gemeenteNaam(cbs: string): string {
    return cbs ? regioGemeente(cbs)?.naam ?? cbs : '–';
  }

  gemeenteLabel(i: AanvraagForm['inschrijvingen'][number]): string {
    if (i.adrestype === 'buitenland') return i.gemeenteNaam || 'buitenland';
    if (i.gemeenteKeuze === ANDERE_GEMEENTE) return `${i.gemeenteNaam} (${i.gemeenteCbs})`;
    return regioGemeente(i.gemeenteKeuze)?.naam ?? '–';
  }

  async opslaan(indienen: boolean): Promise<void> {
    if (!this.compleet()) {
      const eerste = this.ontbreekt().findIndex((o) => o.length > 0);
      this.naarStap(eerste);
      this.toonOntbrekend.set(true);
      return;
    }
    this.bezig.set(true);
    this.fout.set(null);
    try {
      const bestaand = this.bestaand();
      const zaak = bestaand
        ? await this.api.post<ZaakDetail>(`/zaken/${bestaand.id}/events`, { type: 'GEGEVENS_WIJZIGEN', rowVersion: bestaand.rowVersion, payload: this.body() })
        : await this.api.post<ZaakDetail>('/zaken', this.body());
      const klaar = indienen ? await this.api.post<ZaakDetail>(`/zaken/${zaak.id}/events`, { type: 'INDIENEN', rowVersion: zaak.rowVersion, payload: {} }) : zaak;
      await this.router.navigate(['/zaken', klaar.id]);
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }

  private body() {
    const f = this.form();
    const leegNaarNull = (s: string) => (s.trim() ? s.trim() : null);
    return {
      categorie: f.categorie,
      behandelendeGemeente: f.behandelendeGemeente,
      aanvrager: { voornamen: f.aanvrager.voornamen.trim(), achternaam: f.aanvrager.achternaam.trim(), geboortedatum: f.aanvrager.geboortedatum, email: leegNaarNull(f.aanvrager.email), telefoon: leegNaarNull(f.aanvrager.telefoon) },
      woonnetInschrijfnummer: leegNaarNull(f.woonnetInschrijfnummer),
      huishouden: f.huishouden.map((h) => ({ relatie: h.relatie, naam: h.naam.trim(), geboortedatum: h.geboortedatum })),
      inschrijvingen: f.inschrijvingen.map((i) => {
        const regio = regioGemeente(i.gemeenteKeuze);
        const buitenland = i.adrestype === 'buitenland';
        return {
          gemeenteCbs: buitenland ? null : regio ? regio.cbsCode : i.gemeenteCbs,
          gemeenteNaam: buitenland ? i.gemeenteNaam.trim() : regio ? regio.naam : i.gemeenteNaam.trim(),
          adrestype: i.adrestype,
          van: i.van,
          tot: i.tot || null,
        };
      }),
      opnames: f.opnames.map((o) => ({ instelling: o.instelling.trim(), van: o.van, tot: o.tot || null })),
      ondersteuningsplan: leegNaarNull(f.ondersteuningsplan),
      begeleidingAkkoord: f.begeleidingAkkoord,
      woonwensen: leegNaarNull(f.woonwensen),
      aantalKamersMin: Number(f.aantalKamersMin) || 1,
    };
  }
}
