import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth.service';
import { VERKLARING } from './toegankelijkheidsverklaring.model';

/** The toegankelijkheidsverklaring: public, so anyone can read it before (or without) logging in. */
@Component({
  selector: 'ws-toegankelijkheidsverklaring',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './toegankelijkheidsverklaring.page.html',
  styles: `
    .verklaring { max-width: 50rem; }
    .verklaring > section { margin-top: 1.75rem; }
    .status { font-size: 1.1rem; }
    .beperking { border-top: 1px solid #d9d9d9; padding-top: .5rem; margin-top: 1rem; }
    .beperking dl.gegevens { grid-template-columns: minmax(10rem, 13rem) 1fr; }
  `,
})
export class ToegankelijkheidsverklaringPage {
  protected readonly verklaring = VERKLARING;
  private readonly auth = inject(AuthService);
  protected readonly ingelogd = this.auth.ingelogd;

  constructor() {
    // Outside the login guard: load the session ourselves, so a logged-in user keeps the menu here.
    void this.auth.laad();
  }
}
