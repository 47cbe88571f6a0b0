import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { Router } from '@angular/router';
import { AuthService } from '../core/auth.service';
import { startpagina } from '../core/startpagina';

/** Sends each role to its own starting page. */
@Component({
  selector: 'ws-start',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1 tabindex="-1">Woonstart</h1><p>U wordt doorgestuurd…</p>`,
})
export class StartPage implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  async ngOnInit(): Promise<void> {
    const g = await this.auth.laad();
    await this.router.navigateByUrl(g ? startpagina(g.rol) : '/inloggen', { replaceUrl: true });
  }
}
