import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { AuthService } from '../core/auth.service';

/** The page title of /zaken/nieuw: a gemeente registers an application, a zorginstelling files an uitstroomverzoek. */
export const aanvraagTitel: ResolveFn<string> = () =>
  inject(AuthService).gebruiker()?.rol === 'gemeentemedewerker' ? 'Nieuwe aanvraag – Woonstart' : 'Nieuw uitstroomverzoek – Woonstart';
