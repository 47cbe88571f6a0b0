import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { REGIO_GEMEENTEN } from '@woonstart/domain';
import { ZAAK_EVENT_META, type EventVeld, type ZaakEventType } from '@woonstart/workflow';
import { ApiService } from '../core/api.service';
import type { GemeenteRef, Problem, Woning, ZaakDetail } from '../core/api.models';
import { formatBedrag, vandaagIso } from '../core/format';

/**
 * The form for one case action, built from the event's metadata in libs/workflow.
 * Required fields are marked here for the user; the api validates them again.
 */
@Component({
  selector: 'ws-zaak-actie',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="kaart actie" [attr.aria-labelledby]="'actie-' + type()">
      <h3 [id]="'actie-' + type()" tabindex="-1" #kop>{{ meta().label }}</h3>
      @if (fout(); as f) {
        <div class="melding fout" role="alert">
          <p>{{ f.detail }}</p>
          @if (f.status === 409) { <button type="button" class="knop secundair" (click)="herladen.emit()">Zaak opnieuw laden</button> }
        </div>
      }
      <form (ngSubmit)="verstuur()" novalidate>
        @for (v of meta().velden; track v.naam) {
          @if (v.type === 'jaNee') {
            <div class="veld">
              <label class="checkbox" [for]="id(v)">
                <input type="checkbox" [id]="id(v)" [name]="v.naam" [attr.name]="v.naam" [(ngModel)]="waarden[v.naam]"
                       [attr.aria-invalid]="!!veldFout(v)" [attr.aria-describedby]="veldFout(v) ? id(v) + '-fout' : null" />
                <span>{{ v.label }}</span>
              </label>
              @if (veldFout(v); as m) { <p class="veld-fout" [id]="id(v) + '-fout'">{{ m }}</p> }
            </div>
          } @else {
          <div class="veld">
            <label [for]="id(v)">{{ v.label }}@if (v.verplicht) { <span aria-hidden="true"> *</span><span class="visueel-verborgen"> (verplicht)</span> }</label>
            @switch (v.type) {
              @case ('tekst') {
                <textarea [id]="id(v)" [name]="v.naam" [(ngModel)]="waarden[v.naam]" [required]="v.verplicht" [attr.aria-invalid]="!!veldFout(v)" [attr.aria-describedby]="veldFout(v) ? id(v) + '-fout' : null"></textarea>
              }
              @case ('getal') {
                <input type="number" inputmode="numeric" step="1" min="1" [id]="id(v)" [name]="v.naam" [(ngModel)]="waarden[v.naam]" [required]="v.verplicht" [attr.aria-invalid]="!!veldFout(v)" [attr.aria-describedby]="veldFout(v) ? id(v) + '-fout' : null" />
              }
              @case ('datum') {
                <input type="date" [id]="id(v)" [name]="v.naam" [(ngModel)]="waarden[v.naam]" [required]="v.verplicht" [attr.aria-invalid]="!!veldFout(v)" [attr.aria-describedby]="veldFout(v) ? id(v) + '-fout' : null" />
              }
              @case ('gemeente') {
                <select [id]="id(v)" [name]="v.naam" [(ngModel)]="waarden[v.naam]" [required]="v.verplicht" [attr.aria-invalid]="!!veldFout(v)" [attr.aria-describedby]="veldFout(v) ? id(v) + '-fout' : null">
                  <option value="">Kies een gemeente…</option>
                  @for (g of gemeenteOpties(); track g.cbsCode) { <option [value]="g.cbsCode">{{ g.naam }} ({{ g.cbsCode }})</option> }
                </select>
              }
              @case ('woning') {
                <select [id]="id(v)" [name]="v.naam" [(ngModel)]="waarden[v.naam]" [required]="v.verplicht" [attr.aria-invalid]="!!veldFout(v)" [attr.aria-describedby]="veldFout(v) ? id(v) + '-fout' : null">
                  <option value="">{{ woningen().length ? 'Kies een woning…' : 'Geen beschikbare woningen in ' + (zaak().woonstartgemeente?.naam ?? 'deze gemeente') }}</option>
                  @for (w of woningen(); track w.id) {
                    <option [value]="w.id">{{ w.adres }} – {{ w.woningtype }}, {{ w.kamers }} kamer(s), {{ bedrag(w.huurprijs) }}{{ w.nultreden ? ', nultreden' : '' }}</option>
                  }
                </select>
              }
            }
            @if (veldFout(v); as m) { <p class="veld-fout" [id]="id(v) + '-fout'">{{ m }}</p> }
          </div>
          }
        }
        @if (type() === 'HERKOMST_VASTSTELLEN' && zaak().herkomstvoorstel?.gemeenteCbs) {
          <p class="hint">Voorstel: {{ zaak().herkomstvoorstel!.gemeenteNaam }} ({{ zaak().herkomstvoorstel!.regel }}). Bij een andere keuze is een motivering verplicht.</p>
        }
        <div class="knoppen">
          <button type="submit" class="knop" [class.gevaar]="meta().soort === 'gevaar'" [disabled]="bezig()">{{ meta().label }}</button>
          <button type="button" class="knop secundair" (click)="annuleer.emit()">Annuleren</button>
        </div>
      </form>
    </section>
  `,
  styles: `.actie { border-left: 6px solid var(--ws-blauw); } .actie h3 { margin-top: 0; }`,
})
export class ZaakActieComponent {
  private readonly api = inject(ApiService);
  readonly zaak = input.required<ZaakDetail>();
  readonly type = input.required<ZaakEventType>();
  readonly gedaan = output<ZaakDetail>();
  readonly annuleer = output<void>();
  readonly herladen = output<void>();
  protected readonly meta = computed(() => ZAAK_EVENT_META[this.type()]);
  protected readonly fout = signal<Problem | null>(null);
  protected readonly bezig = signal(false);
  protected readonly woningen = signal<Woning[]>([]);
  protected waarden: Record<string, string | number | boolean | null> = {};
  private readonly kop = viewChild<ElementRef<HTMLElement>>('kop');

  protected readonly gemeenteOpties = computed<GemeenteRef[]>(() => {
    const regio = REGIO_GEMEENTEN.map((g) => ({ cbsCode: g.cbsCode, naam: g.naam }));
    if (this.type() !== 'HERKOMST_VASTSTELLEN') return regio;
    // Herkomst may lie outside the region: offer the gemeenten from the person's own history too.
    const uitHistorie = (this.zaak().inschrijvingen ?? [])
      .filter((i) => i.gemeenteCbs && !regio.some((r) => r.cbsCode === i.gemeenteCbs))
      .map((i) => ({ cbsCode: i.gemeenteCbs!, naam: `${i.gemeenteNaam} (buiten de regio)` }));
    return [...regio, ...uitHistorie.filter((g, n) => uitHistorie.findIndex((x) => x.cbsCode === g.cbsCode) === n)];
  });

  constructor() {
    effect(() => {
      const type = this.type();
      const zaak = this.zaak();
      this.waarden = {};
      this.fout.set(null);
      for (const v of ZAAK_EVENT_META[type].velden) {
        if (v.type === 'datum') this.waarden[v.naam] = vandaagIso();
        if (v.type === 'jaNee') this.waarden[v.naam] = false;
        if (v.type === 'gemeente') this.waarden[v.naam] = type === 'HERKOMST_VASTSTELLEN' ? zaak.herkomstvoorstel?.gemeenteCbs ?? '' : zaak.herkomstgemeente && REGIO_GEMEENTEN.some((g) => g.cbsCode === zaak.herkomstgemeente!.cbsCode) ? zaak.herkomstgemeente.cbsCode : '';
        if (v.type === 'woning') void this.laadWoningen(zaak);
      }
      setTimeout(() => this.kop()?.nativeElement.focus(), 0);
    });
  }

  bedrag(b: number): string {
    return formatBedrag(b);
  }

  id(v: EventVeld): string {
    return `veld-${this.type()}-${v.naam}`;
  }

  veldFout(v: EventVeld): string | null {
    return this.fout()?.fouten?.find((f) => f.veld === `payload.${v.naam}` || f.veld === v.naam)?.melding ?? null;
  }

  async verstuur(): Promise<void> {
    const payload: Record<string, string | number | boolean> = {};
    const ontbrekend: Array<{ veld: string; melding: string }> = [];
    for (const v of this.meta().velden) {
      // A yes/no question is always answered: unticked is 'no'. A required one must be ticked.
      if (v.type === 'jaNee') {
        payload[v.naam] = this.waarden[v.naam] === true;
        if (v.verplicht && !payload[v.naam]) ontbrekend.push({ veld: v.naam, melding: `${v.label}: dit moet zijn aangevinkt.` });
        continue;
      }
      // A number input gives a number (or null); send numbers as numbers.
      const waarde = String(this.waarden[v.naam] ?? '').trim();
      if (waarde && v.type === 'getal') {
        if (Number.isInteger(Number(waarde))) payload[v.naam] = Number(waarde);
        else ontbrekend.push({ veld: v.naam, melding: `${v.label}: vul een heel getal in.` });
      } else if (waarde) payload[v.naam] = waarde;
      else if (v.verplicht) ontbrekend.push({ veld: v.naam, melding: `${v.label} is verplicht.` });
    }
    if (ontbrekend.length) {
      this.fout.set({ status: 400, title: 'Ongeldig', detail: 'Vul de verplichte velden in.', fouten: ontbrekend });
      return;
    }
    this.bezig.set(true);
    this.fout.set(null);
    try {
      const zaak = await this.api.post<ZaakDetail>(`/zaken/${this.zaak().id}/events`, { type: this.type(), rowVersion: this.zaak().rowVersion, payload });
      this.gedaan.emit(zaak);
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }

  private async laadWoningen(zaak: ZaakDetail): Promise<void> {
    try {
      this.woningen.set(await this.api.get<Woning[]>('/woningen', { gemeente: zaak.woonstartgemeente?.cbsCode, status: 'beschikbaar' }));
    } catch (e) {
      this.fout.set(e as Problem);
    }
  }
}
