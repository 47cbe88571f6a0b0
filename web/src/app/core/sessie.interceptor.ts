import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/**
 * A 401 on any call but the login routes and the first session check means the session has
 * ended while a page was open: it expired, or a beheerder blocked the account. The user is then
 * taken to the login page with the reason and a way back to where they were, instead of meeting
 * "niet ingelogd" errors on every button. The address they return to holds a route, never
 * personal data (cases open by id).
 */
export const sessieInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(req).pipe(catchError((fout: unknown) => {
    const pad = new URL(req.url, location.origin).pathname;
    const sessieVraag = pad.startsWith('/api/auth/') || pad === '/api/users/me';
    if (fout instanceof HttpErrorResponse && fout.status === 401 && !sessieVraag && auth.ingelogd()) {
      auth.gebruiker.set(null);
      const terug = router.url.startsWith('/inloggen') ? null : router.url;
      void router.navigate(['/inloggen'], { queryParams: { fout: 'sessie', terug } });
    }
    return throwError(() => fout);
  }));
};
