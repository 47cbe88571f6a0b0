import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { HELE_REGIO_HAAGLANDEN, WONINGTYPE_LABEL, isWoningtype, regioGemeente, type PlafondStand } from '@woonstart/domain';
import type { Wijk, ZaakPlaatsing } from '../../core/api.models';
import { formatBedrag, formatDatum, formatDatumLang, vandaagIso } from '../../core/format';
import { WijkenService } from '../../plaatsingen/wijken.service';
import { PlafondBalkComponent } from '../../plaatsingsruimte/plafond-balk.component';
import { standTitel } from '../../plaatsingsruimte/plafond.model';
import { VORM_LABEL } from '../bemiddeling/plaatsing-labels';
import { AanbiedingenTabelComponent } from './aanbiedingen-tabel.component';
import { WoonevaluatiesLijstComponent } from './woonevaluaties-lijst.component';

/**
 * "Bemiddeling en plaatsing": what happened after the decision — the target
 * date, the placement profile, the offers, the urgentieverklaring, the placement,
 * the woonevaluaties and how full the doelgemeente's cap is.
 */
@Component({
  selector: 'ws-plaatsing-sectie',
  imports: [PlafondBalkComponent, AanbiedingenTabelComponent, WoonevaluatiesLijstComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './secties.css',
  templateUrl: './plaatsing-sectie.component.html',
  styles: `
    .streef { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; font-size: 1.1rem; }
    .subkaart { border: 1px solid #d9d9d9; border-radius: 4px; padding: 1rem; }
    .subkaart h3 { margin-top: 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
    .raster { margin-bottom: 1rem; }
    ul.uitzonderingen { list-style: none; padding: 0; margin: 0; }
  `,
})
export class PlaatsingSectieComponent {
  private readonly wijkenService = inject(WijkenService);
  readonly plaatsing = input.required<ZaakPlaatsing>();
  /** Shown for intermediaire verhuur, also before the first evaluation. */
  readonly toonEvaluaties = input(false);
  /** Directe bemiddeling: the offers table is shown, also while it is empty. */
  readonly bemiddeling = input(false);
  protected readonly vormLabel = VORM_LABEL;
  protected readonly vandaag = vandaagIso();
  private readonly wijken = signal<Wijk[]>([]);

  protected readonly streefVerstreken = computed(() => {
    const p = this.plaatsing();
    return !!p.streefdatum && !p.plaatsing && p.streefdatum < this.vandaag;
  });

  protected readonly uitgeslotenGemeenten = computed(() =>
    this.plaatsing().plaatsingsprofiel.uitgeslotenGemeenten.map((c) => (c === HELE_REGIO_HAAGLANDEN ? 'De hele regio Haaglanden' : regioGemeente(c)?.naam ?? c)),
  );

  protected readonly uitgeslotenWijken = computed(() => {
    const wijken = this.wijken();
    return this.plaatsing().plaatsingsprofiel.uitgeslotenWijken.map((code) => {
      const w = wijken.find((x) => x.code === code);
      return w ? `${w.naam} (${regioGemeente(w.gemeenteCbs)?.naam ?? w.gemeenteCbs})` : code;
    });
  });

  constructor() {
    effect(() => {
      if (this.plaatsing().plaatsingsprofiel.uitgeslotenWijken.length) {
        this.wijkenService.wijken().then((w) => this.wijken.set(w), () => undefined);
      }
    });
  }

  protected titel(s: PlafondStand): string {
    return standTitel(s);
  }

  protected lang(d: string): string {
    return formatDatumLang(d);
  }

  protected datum(d: string | null): string {
    return formatDatum(d);
  }

  protected bedrag(b: number | null): string {
    return b === null ? '–' : formatBedrag(b);
  }

  protected woningtypen(typen: readonly string[]): string {
    return typen.length ? typen.map((t) => (isWoningtype(t) ? WONINGTYPE_LABEL[t] : t)).join(', ') : 'Elk passend woningtype';
  }

  protected namen(namen: ReadonlyArray<string | null>): string {
    return namen.filter((n): n is string => !!n).join(', ') || '–';
  }
}
