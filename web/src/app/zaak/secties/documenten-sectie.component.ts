import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DOCUMENTSOORTEN, DOCUMENTSOORT_LABEL, DOCUMENTTYPEN, MAX_DOCUMENT_BYTES, type Documentsoort } from '@woonstart/domain';
import { ApiService } from '../../core/api.service';
import type { Problem, ZaakDetail, ZaakDocument } from '../../core/api.models';
import { formatGrootte, formatTijdstip } from '../../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../../core/veld-fout';

/**
 * The documents of a case: the list this user may see (medical documents only
 * for the medisch adviseur and the organisation that added them), each a logged
 * download, and the upload form when the machine allows this user to add one.
 */
@Component({
  selector: 'ws-documenten-sectie',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  template: `
    <section class="kaart" aria-labelledby="documenten-kop">
      <h2 id="documenten-kop">Documenten</h2>
      @if (laadFout(); as f) { <div class="melding fout" role="alert">{{ f }}</div> }
      <div aria-live="polite" role="status">@if (succes(); as s) { <div class="melding succes">{{ s }}</div> }</div>
      @if (documenten(); as lijst) {
        @if (lijst.length) {
          <div class="tabel-scroll">
            <table>
              <caption>{{ lijst.length === 1 ? '1 document' : lijst.length + ' documenten' }} bij deze zaak</caption>
              <thead>
                <tr><th scope="col">Bestand</th><th scope="col">Soort</th><th scope="col">Grootte</th><th scope="col">Toegevoegd door</th><th scope="col">Toegevoegd op</th></tr>
              </thead>
              <tbody>
                @for (d of lijst; track d.id) {
                  <tr>
                    <td><a [href]="downloadUrl(d)" download [attr.aria-label]="'Download ' + d.bestandsnaam + ' (' + d.soortLabel + ')'">{{ d.bestandsnaam }}</a></td>
                    <td>{{ d.soortLabel }}@if (d.soort === 'medisch') { <span class="hint">vertrouwelijk</span> }</td>
                    <td>{{ grootte(d.grootte) }}</td>
                    <td>{{ d.geuploadDoor.naam }}<span class="hint">{{ d.geuploadDoor.organisatie }}</span></td>
                    <td>{{ tijdstip(d.geuploadOp) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p>Er zijn (voor u) geen documenten bij deze zaak.</p>
        }
        <p class="klein">Elke download wordt vastgelegd in het toegangslog. Medische documenten zijn alleen zichtbaar voor de medisch adviseur en de organisatie die ze toevoegde.</p>
      } @else if (!laadFout()) {
        <p>Documenten laden…</p>
      }

      @if (zaak().magDocumentToevoegen) {
        <h3 id="upload-kop">Document toevoegen</h3>
        @if (fout(); as f) {
          <div class="melding fout" role="alert"><p>{{ f.detail }}</p></div>
        }
        <form (ngSubmit)="upload()" novalidate aria-labelledby="upload-kop">
          <div class="veld">
            <label for="doc-bestand">Bestand <span aria-hidden="true">*</span><span class="visueel-verborgen"> (verplicht)</span>
              <span class="hint" id="doc-bestand-hint">PDF, JPEG of PNG, hoogstens 5 MB</span></label>
            <input #bestandInput id="doc-bestand" name="bestand" type="file" [attr.accept]="accept" (change)="kiesBestand($event)"
                   [attr.aria-invalid]="!!melding('bestand')" [attr.aria-describedby]="beschreven('doc-bestand-hint', melding('bestand') && 'doc-bestand-fout')" />
            @if (melding('bestand'); as m) { <p class="veld-fout" id="doc-bestand-fout">{{ m }}</p> }
          </div>
          <div class="veld">
            <label for="doc-soort">Soort document <span aria-hidden="true">*</span><span class="visueel-verborgen"> (verplicht)</span></label>
            <select id="doc-soort" name="soort" [(ngModel)]="soort" [attr.aria-invalid]="!!melding('soort')"
                    [attr.aria-describedby]="beschreven(soort === 'medisch' && 'doc-soort-hint', melding('soort') && 'doc-soort-fout')">
              <option value="">Kies een soort…</option>
              @for (s of soorten; track s) { <option [value]="s">{{ soortLabel[s] }}</option> }
            </select>
            @if (soort === 'medisch') { <p class="hint" id="doc-soort-hint">Alleen de medisch adviseur en uw organisatie kunnen dit document openen.</p> }
            @if (melding('soort'); as m) { <p class="veld-fout" id="doc-soort-fout">{{ m }}</p> }
          </div>
          <div class="knoppen">
            <button type="submit" class="knop" [disabled]="bezig()">{{ bezig() ? 'Bezig met uploaden…' : 'Document toevoegen' }}</button>
          </div>
        </form>
      }
    </section>
  `,
})
export class DocumentenSectieComponent {
  private readonly api = inject(ApiService);
  readonly zaak = input.required<ZaakDetail>();
  protected readonly documenten = signal<ZaakDocument[] | null>(null);
  protected readonly laadFout = signal<string | null>(null);
  protected readonly fout = signal<Problem | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly bezig = signal(false);
  protected readonly soorten = DOCUMENTSOORTEN;
  protected readonly soortLabel = DOCUMENTSOORT_LABEL;
  protected readonly accept = [...DOCUMENTTYPEN, '.pdf', '.jpg', '.jpeg', '.png'].join(',');
  protected readonly beschreven = beschreven;
  protected soort: Documentsoort | '' = '';
  private bestand: File | null = null;
  private readonly bestandInput = viewChild<ElementRef<HTMLInputElement>>('bestandInput');

  constructor() {
    // Another case, or the same case after an action (its row version): load the list again.
    effect(() => {
      const { id, rowVersion } = this.zaak();
      untracked(() => void this.laad(id, rowVersion));
    });
  }

  private async laad(id: string, _rowVersion: number): Promise<void> {
    this.laadFout.set(null);
    try {
      this.documenten.set(await this.api.get<ZaakDocument[]>(`/zaken/${id}/documenten`));
    } catch (e) {
      this.documenten.set(null);
      this.laadFout.set((e as Problem).detail);
    }
  }

  protected kiesBestand(event: Event): void {
    this.bestand = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.fout.set(null);
  }

  protected melding(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  /** Checks what the browser knows (chosen, size, soort); the api checks the content again. */
  protected async upload(): Promise<void> {
    this.succes.set(null);
    const bestand = this.bestand;
    const fouten = [
      ...(bestand ? [] : [{ veld: 'bestand', melding: 'Kies een bestand om te uploaden.' }]),
      ...(bestand && bestand.size > MAX_DOCUMENT_BYTES ? [{ veld: 'bestand', melding: 'Het bestand is groter dan 5 MB. Verklein het en probeer het opnieuw.' }] : []),
      ...(bestand && bestand.size === 0 ? [{ veld: 'bestand', melding: 'Het bestand is leeg. Kies een bestand met inhoud.' }] : []),
      ...(this.soort ? [] : [{ veld: 'soort', melding: 'Kies de soort van het document.' }]),
    ];
    if (!bestand || fouten.length) {
      this.fout.set(invoerProbleem(fouten));
      return;
    }
    const form = new FormData();
    form.append('soort', this.soort);
    form.append('bestand', bestand, bestand.name);
    this.bezig.set(true);
    this.fout.set(null);
    try {
      const doc = await this.api.postForm<ZaakDocument>(`/zaken/${this.zaak().id}/documenten`, form);
      this.succes.set(`Document '${doc.bestandsnaam}' is toegevoegd.`);
      this.bestand = null;
      this.soort = '';
      const invoer = this.bestandInput()?.nativeElement;
      if (invoer) invoer.value = '';
      await this.laad(this.zaak().id, this.zaak().rowVersion);
    } catch (e) {
      this.fout.set(e as Problem);
    } finally {
      this.bezig.set(false);
    }
  }

  protected downloadUrl(d: ZaakDocument): string {
    return `/api/zaken/${d.zaakId}/documenten/${d.id}`;
  }

  protected grootte(bytes: number): string {
    return formatGrootte(bytes);
  }

  protected tijdstip(t: string): string {
    return formatTijdstip(t);
  }
}
