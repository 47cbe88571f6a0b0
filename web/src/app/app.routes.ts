import type { Routes } from '@angular/router';
import { ingelogdGuard } from './core/auth.guard';
import { aanvraagTitel } from './aanvraag/aanvraag-titel';

export const routes: Routes = [
  { path: 'inloggen', title: 'Inloggen – Woonstart', loadComponent: () => import('./login/login.page').then((m) => m.LoginPage) },
  // Public: the law wants the verklaring readable without an account.
  { path: 'toegankelijkheid', title: 'Toegankelijkheidsverklaring – Woonstart', loadComponent: () => import('./toegankelijkheid/toegankelijkheidsverklaring.page').then((m) => m.ToegankelijkheidsverklaringPage) },
  {
    path: '',
    canActivate: [ingelogdGuard],
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./layout/start.page').then((m) => m.StartPage) },
      { path: 'zaken', title: 'Werkvoorraad – Woonstart', loadComponent: () => import('./werkvoorraad/werkvoorraad.page').then((m) => m.WerkvoorraadPage) },
      { path: 'zaken/nieuw', title: aanvraagTitel, loadComponent: () => import('./aanvraag/nieuwe-aanvraag.page').then((m) => m.NieuweAanvraagPage) },
      { path: 'zaken/:id/wijzigen', title: 'Gegevens wijzigen – Woonstart', loadComponent: () => import('./aanvraag/nieuwe-aanvraag.page').then((m) => m.NieuweAanvraagPage) },
      { path: 'zaken/:id', title: 'Zaak – Woonstart', loadComponent: () => import('./zaak/zaak-detail.page').then((m) => m.ZaakDetailPage) },
      { path: 'woningen', title: 'Woningen – Woonstart', loadComponent: () => import('./woningen/woningen.page').then((m) => m.WoningenPage) },
      { path: 'woningen/:id', title: 'Woning – Woonstart', loadComponent: () => import('./woningen/woning-detail.page').then((m) => m.WoningDetailPage) },
      { path: 'monitor', title: 'Regionale monitor – Woonstart', loadComponent: () => import('./monitor/monitor.page').then((m) => m.MonitorPage) },
      { path: 'monitor/jaarrapportage', title: 'Jaarrapportage urgenties – Woonstart', loadComponent: () => import('./jaarrapportage/jaarrapportage.page').then((m) => m.JaarrapportagePage) },
      { path: 'monitor/simulatie', title: 'Simulatie van een jaar – Woonstart', loadComponent: () => import('./simulatie/simulatie.page').then((m) => m.SimulatiePage) },
      { path: 'monitor/scenario', title: 'Scenariotabel verdeelafspraken – Woonstart', loadComponent: () => import('./scenario/scenario.page').then((m) => m.ScenarioPage) },
      { path: 'vergaderingen', title: 'Vergaderingen – Woonstart', loadComponent: () => import('./vergaderingen/vergaderingen.page').then((m) => m.VergaderingenPage) },
      { path: 'vergaderingen/:id', title: 'Vergadering – Woonstart', loadComponent: () => import('./vergaderingen/vergadering.page').then((m) => m.VergaderingPage) },
      { path: 'beleid', title: 'Beleid – Woonstart', loadComponent: () => import('./beleid/beleid.page').then((m) => m.BeleidPage) },
      { path: 'plaatsingsruimte', title: 'Plaatsingsruimte – Woonstart', loadComponent: () => import('./plaatsingsruimte/plaatsingsruimte.page').then((m) => m.PlaatsingsruimtePage) },
      { path: 'plaatsingen', title: 'Plaatsingen – Woonstart', loadComponent: () => import('./plaatsingen/plaatsingen.page').then((m) => m.PlaatsingenPage) },
      { path: 'beheer/huurgrenzen', title: 'Huurgrenzen – Woonstart', loadComponent: () => import('./huurgrenzen/huurgrenzen.page').then((m) => m.HuurgrenzenPage) },
      { path: 'beheer/gebruikers', title: 'Gebruikers – Woonstart', loadComponent: () => import('./gebruikers/gebruikers.page').then((m) => m.GebruikersPage) },
      { path: 'meldingen', title: 'Meldingen – Woonstart', loadComponent: () => import('./meldingen/meldingen.page').then((m) => m.MeldingenPage) },
      { path: 'mailbox', title: 'Verzonden e-mail – Woonstart', loadComponent: () => import('./meldingen/mailbox.page').then((m) => m.MailboxPage) },
    ],
  },
  { path: '**', title: 'Pagina niet gevonden – Woonstart', loadComponent: () => import('./layout/niet-gevonden.page').then((m) => m.NietGevondenPage) },
];
