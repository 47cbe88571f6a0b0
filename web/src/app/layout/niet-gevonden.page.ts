import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'ws-niet-gevonden',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">Pagina niet gevonden</h1>
    <p>Deze pagina bestaat niet (meer). Controleer het adres of ga naar <a routerLink="/">de startpagina</a>.</p>
  `,
})
export class NietGevondenPage {}
