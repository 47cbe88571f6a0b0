import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { REGIO_GEMEENTEN, WONINGLABELS, WONINGTYPEN, WONINGTYPE_LABEL, addDays, type Woninglabel, type Woningtype } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { Problem, VeldFout, Wijk, WoningView } from '../core/api.models';
import { AuthService } from '../core/auth.service';
import { vandaagIso } from '../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { labelTekst } from './woning-weergave';

interface WoningForm {
  gemeenteCbs: string; wijkCode: string; complex: string; adres: string; postcode: string; woningtype: Woningtype;
  kamers: number | null; huurprijs: number | null; verdieping: number | null; lift: boolean; nultreden: boolean;
  rolstoeltoegankelijk: boolean; labels: Woninglabel[]; beschikbaarVanaf: string;
}

const leeg = (): WoningForm => ({
  gemeenteCbs: '', wijkCode: '', complex: '', adres: '', postcode: '', woningtype: 'appartement', kamers: 2, huurprijs: null,
  verdieping: 0, lift: false, nultreden: false, rolstoeltoegankelijk: false, labels: [], beschikbaarVanaf: vandaagIso(),
});

/** Register one vacancy: the wijk list follows the chosen gemeente, the server checks the rest. */
@Component({
  selector: 'ws-woning-formulier',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './woning-formulier.component.html',
  styleUrl: './woningen.css',
})
export class WoningFormulierComponent {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  readonly aangemeld = output<WoningView>();
  protected readonly gemeenten = computed(() => REGIO_GEMEENTEN.filter((g) => this.auth.gebruiker()?.werkgebied.includes(g.cbsCode)));
  protected readonly typen = WONINGTYPEN.map((t) => ({ waarde: t, tekst: WONINGTYPE_LABEL[t] }));
  protected readonly labels = WONINGLABELS.map((l) => ({ waarde: l, tekst: labelTekst(l) }));
  protected readonly vandaag = vandaagIso();
  protected readonly uiterst = addDays(vandaagIso(), 365);
  protected readonly form = signal<WoningForm>(leeg());
  protected readonly wijken = signal<Wijk[]>([]);
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly bezig = this.verzending.bezig;
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  protected veldFout(veld: string): string | null {
    return veldMelding(this.fout(), veld);
  }

  protected beschrijving(veld: string, hint = false): string | null {
    return beschreven(hint && `wf-${veld}-hint`, this.veldFout(veld) && `wf-${veld}-fout`);
  }

  /** A new gemeente has other wijken: the chosen wijk is cleared and the list reloaded. */
  protected async kiesGemeente(cbs: string): Promise<void> {
    this.form.update((f) => ({ ...f, gemeenteCbs: cbs, wijkCode: '' }));
    this.wijken.set([]);
    if (!cbs) return;
    try {
      this.wijken.set(await this.api.get<Wijk[]>('/wijken', { gemeente: cbs }));
    } catch (e) {
      this.verzending.toon(e as Problem);
    }
  }

  protected heeftLabel(l: Woninglabel): boolean {
    return this.form().labels.includes(l);
  }

  protected wisselLabel(l: Woninglabel, aan: boolean): void {
    this.form.update((f) => ({ ...f, labels: aan ? [...f.labels.filter((x) => x !== l), l] : f.labels.filter((x) => x !== l) }));
  }

  protected async opslaan(): Promise<void> {
    const f = this.form();
    const fouten: VeldFout[] = [];
    if (!f.gemeenteCbs) fouten.push({ veld: 'gemeenteCbs', melding: 'Kies de gemeente.' });
    if (!f.wijkCode) fouten.push({ veld: 'wijkCode', melding: 'Kies de wijk.' });
    if (!f.adres.trim()) fouten.push({ veld: 'adres', melding: 'Vul het adres in.' });
    if (!f.postcode.trim()) fouten.push({ veld: 'postcode', melding: 'Vul de postcode in.' });
    if (f.huurprijs === null) fouten.push({ veld: 'huurprijs', melding: 'Vul de kale huur per maand in.' });
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    await this.verzending.voer(async () => {
      const w = await this.api.post<WoningView>('/woningen', {
        ...f, complex: f.complex.trim() || null, adres: f.adres.trim(), postcode: f.postcode.trim().toUpperCase(),
        kamers: Number(f.kamers), huurprijs: Number(f.huurprijs), verdieping: Number(f.verdieping),
      });
      this.form.set({ ...leeg(), gemeenteCbs: f.gemeenteCbs });
      this.aangemeld.emit(w);
    });
  }
}
