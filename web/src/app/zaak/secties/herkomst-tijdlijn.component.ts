import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ADRESTYPES, ADRESTYPE_LABEL, type Herkomstvoorstel } from '@woonstart/domain';
import { vandaagIso } from '../../core/format';
import { maakTijdlijn, type Registratie } from './herkomst-tijdlijn.model';

/**
 * The registration history on a time axis (plain HTML and CSS): one bar per
 * registration, coloured by kind of address and named in its row, with T, the
 * five-year window and the deciding registration marked. The picture is hidden
 * from assistive technology; the sentence under it and the table are its text.
 */
@Component({
  selector: 'ws-herkomst-tijdlijn',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './herkomst-tijdlijn.component.html',
  styleUrl: './herkomst-tijdlijn.component.css',
})
export class HerkomstTijdlijnComponent {
  readonly inschrijvingen = input.required<readonly Registratie[]>();
  readonly voorstel = input<Herkomstvoorstel | undefined>();
  protected readonly typen = ADRESTYPES;
  protected readonly typeLabel = ADRESTYPE_LABEL;
  protected readonly tijdlijn = computed(() => maakTijdlijn(this.inschrijvingen(), this.voorstel(), vandaagIso()));
}
