import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { AuthService } from './auth.service';

/** UI convenience only: the api authorises every request itself. */
export const ingelogdGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return (await auth.laad()) ? true : router.createUrlTree(['/inloggen'], { queryParams: { terug: state.url } });
};
