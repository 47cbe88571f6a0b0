import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Problem } from './api.models';

/** Thin wrapper: same-origin /api calls with the session cookie; errors become Problem objects. */
@Injectable({ providedIn: 'root' })
export class ApiService {
  private readonly http = inject(HttpClient);

  get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
    let p = new HttpParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p = p.set(k, String(v));
    return this.wrap(this.http.get<T>(`/api${path}`, { params: p, withCredentials: true }));
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.wrap(this.http.post<T>(`/api${path}`, body, { withCredentials: true }));
  }

  /** multipart/form-data (a file upload); the browser sets the boundary. */
  postForm<T>(path: string, form: FormData): Promise<T> {
    return this.wrap(this.http.post<T>(`/api${path}`, form, { withCredentials: true }));
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.wrap(this.http.patch<T>(`/api${path}`, body, { withCredentials: true }));
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.wrap(this.http.put<T>(`/api${path}`, body, { withCredentials: true }));
  }

  private async wrap<T>(obs: import('rxjs').Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(obs);
    } catch (e) {
      throw toProblem(e);
    }
  }
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
