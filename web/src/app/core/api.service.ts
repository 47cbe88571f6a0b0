import { HttpClient, HttpErrorResponse, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom, retry, throwError, timer, type Observable } from 'rxjs';
import type { Problem } from './api.models';

/** Statuses after which a change may or may not have been made: the answer got lost on the way. */
const ONBEKENDE_AFLOOP = new Set([0, 502, 503, 504]);
/** Tries after the first, 0.5 s and 1 s apart: a blip in the connection or a replica restarting. */
const HERHAALPOGINGEN = 2;

/**
 * Thin wrapper: same-origin /api calls with the session cookie; errors become Problem objects.
 * Every change carries an Idempotency-Key made once per action, and is retried with that same key
 * when its answer got lost: the api then returns the stored answer instead of doing it twice, so
 * a flaky connection never files an application twice or sends an event twice.
 */
@Injectable({ providedIn: 'root' })
export class ApiService {
  private readonly http = inject(HttpClient);

  get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
    let p = new HttpParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p = p.set(k, String(v));
    return this.wrap(this.http.get<T>(`/api${path}`, { params: p, withCredentials: true }));
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.wrap(herhaalbaar(this.http.post<T>(`/api${path}`, body, { withCredentials: true, headers: eenmalig() })));
  }

  /** multipart/form-data (a file upload); the browser sets the boundary. */
  postForm<T>(path: string, form: FormData): Promise<T> {
    return this.wrap(herhaalbaar(this.http.post<T>(`/api${path}`, form, { withCredentials: true, headers: eenmalig() })));
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.wrap(herhaalbaar(this.http.patch<T>(`/api${path}`, body, { withCredentials: true, headers: eenmalig() })));
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.wrap(herhaalbaar(this.http.put<T>(`/api${path}`, body, { withCredentials: true, headers: eenmalig() })));
  }

  private async wrap<T>(obs: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(obs);
    } catch (e) {
      throw toProblem(e);
    }
  }
}

/** A fresh key for one action; the retries of that action reuse the request, and so the key. */
function eenmalig(): HttpHeaders {
  return new HttpHeaders({ 'Idempotency-Key': crypto.randomUUID() });
}

/** Resends the same request (same key) when its answer got lost; any other error goes to the caller at once. */
export function herhaalbaar<T>(verzoek: Observable<T>): Observable<T> {
  return verzoek.pipe(retry({
    count: HERHAALPOGINGEN,
    delay: (fout: unknown, poging: number) =>
      fout instanceof HttpErrorResponse && ONBEKENDE_AFLOOP.has(fout.status) ? timer(500 * poging) : throwError(() => fout),
  }));
}

export function toProblem(e: unknown): Problem {
  if (e instanceof HttpErrorResponse) {
    const body = typeof e.error === 'string' ? safeJson(e.error) : e.error;
    if (body && typeof body === 'object' && 'detail' in body) return body as Problem;
    if (e.status === 0) return { status: 0, title: 'Geen verbinding', detail: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.' };
    return { status: e.status, title: 'Fout', detail: `Er ging iets mis (status ${e.status}).` };
  }
  return { status: 0, title: 'Fout', detail: 'Er ging iets onverwachts mis.' };
}

function safeJson(s: string): unknown {
  try { return JSON.parse(s); } catch { return null; }
}
