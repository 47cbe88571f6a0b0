import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { REGIO_GEMEENTEN } from '@woonstart/domain';
import { ApiService } from '../core/api.service';
import { FormulierVerzending } from '../core/formulier-verzending';
import type { BeleidVersie } from '../core/api.models';
import { vandaagIso } from '../core/format';
import { beschreven, invoerProbleem, veldMelding } from '../core/veld-fout';
import { GRENZEN, TERMIJNVELDEN, beleidPayload, controleerBeleid, geldendeVersie, legeBeleidForm, type BeleidForm, type Termijnveld } from './beleid.model';

const UITLEG: Readonly<Record<Termijnveld, string>> = {
  beslistermijnWeken: 'Binnen deze termijn na ontvangst beslist de gemeente op de aanvraag (Awb 4:13).',
  hersteltermijnDagen: 'Termijn voor de aanvrager om een onvolledige aanvraag aan te vullen (Awb 4:5).',
  zienswijzetermijnDagen: 'Termijn voor de zienswijze op een voorgenomen afwijzing (Awb 4:7).',
  geldigheidMaanden: 'Standaardgeldigheid van een urgentieverklaring bij zelf zoeken.',
};

const LABELS: Readonly<Record<Termijnveld, string>> = {
  beslistermijnWeken: 'Beslistermijn',
  hersteltermijnDagen: 'Hersteltermijn',
  zienswijzetermijnDagen: 'Zienswijzetermijn',
  geldigheidMaanden: 'Geldigheid urgentieverklaring',
};

/** A new policy version for a gemeente (beheerder only). */
@Component({
  selector: 'ws-beleid-formulier',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './beleid-formulier.component.html',
  styleUrl: './beleid.css',
})
export class BeleidFormulierComponent {
  private readonly api = inject(ApiService);
  /** All versions, to take over the values of the version in force when a gemeente is chosen. */
  readonly versies = input<readonly BeleidVersie[]>([]);
  readonly toegevoegd = output<BeleidVersie>();
  /** A new attempt: the page clears its previous success message. */
  readonly gestart = output<void>();
  protected readonly gemeenten = [...REGIO_GEMEENTEN].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  protected readonly vandaag = vandaagIso();
  protected readonly termijnen = TERMIJNVELDEN.map((veld) => ({ veld, ...GRENZEN[veld], label: LABELS[veld], uitleg: UITLEG[veld] }));
  protected readonly form = signal<BeleidForm>(legeBeleidForm());
  private readonly verzending = new FormulierVerzending(() => this.foutBlok());
  protected readonly fout = this.verzending.fout;
  protected readonly bezig = this.verzending.bezig;
  private readonly foutBlok = viewChild<ElementRef<HTMLElement>>('foutBlok');

  protected veldFout(pad: string): string | null {
    return veldMelding(this.fout(), pad);
  }

  protected beschrijving(pad: string, hint: boolean): string | null {
    return beschreven(hint && `nb-${pad}-hint`, this.veldFout(pad) && `nb-${pad}-fout`);
  }

  /** Choosing a gemeente takes over the terms of its version in force, so only the change needs typing. */
  protected kiesGemeente(cbs: string): void {
    const huidig = geldendeVersie(this.versies().filter((v) => v.gemeenteCbs === cbs), this.vandaag);
    this.form.update((f) => huidig
      ? { ...f, gemeenteCbs: cbs, beslistermijnWeken: huidig.beslistermijnWeken, hersteltermijnDagen: huidig.hersteltermijnDagen, zienswijzetermijnDagen: huidig.zienswijzetermijnDagen,
        geldigheidMaanden: huidig.geldigheidMaanden, vierOgen: huidig.vierOgen, adviescommissieBezwaar: huidig.adviescommissieBezwaar }
      : { ...f, gemeenteCbs: cbs });
  }

  protected async opslaan(): Promise<void> {
    this.gestart.emit();
    const fouten = controleerBeleid(this.form(), this.vandaag);
    if (fouten.length) {
      this.verzending.toon(invoerProbleem(fouten));
      return;
    }
    await this.verzending.voer(async () => {
      this.toegevoegd.emit(await this.api.post<BeleidVersie>('/beleid', beleidPayload(this.form())));
      this.form.set(legeBeleidForm());
    });
  }
}
