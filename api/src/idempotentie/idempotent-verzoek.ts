import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request } from 'express';
import { vingerafdruk } from './vingerafdruk';

interface Upload {
  readonly fieldname: string;
  readonly originalname: string;
  readonly mimetype: string;
  readonly buffer: Buffer;
}

/**
 * One request that carries an Idempotency-Key, as the write path sees it. The
 * interceptor creates it; TransactionService reads it from the async context to
 * claim the key inside the transaction that makes the change.
 */
export class IdempotentVerzoek {
  /** The key is claimed by this request's transaction, or was found claimed by an earlier attempt. */
  geclaimd = false;
  /** The answer is rebuilt or replayed, not made by running the change again. */
  herhaald = false;
  private afdruk: string | null = null;

  constructor(
    /** Whose key: the user id. Two users may use the same key without meeting. */
    readonly scope: string,
    readonly sleutel: string,
    private readonly req: Request,
  ) {}

  get methode(): string {
    return this.req.method;
  }

  get pad(): string {
    return this.req.originalUrl;
  }

  /** A multipart body is parsed by the route's own interceptor, after ours: its fingerprint can only be taken later. */
  get isMultipart(): boolean {
    return this.req.is('multipart/form-data') === 'multipart/form-data';
  }

  /** Taken once; for a multipart upload only once the files are parsed (inside the handler). */
  vingerafdruk(): string {
    if (this.afdruk === null) {
      const r = this.req as Request & { file?: Upload; files?: Upload[] | Record<string, Upload[]> };
      const uploads = [...(r.file ? [r.file] : []), ...(Array.isArray(r.files) ? r.files : Object.values(r.files ?? {}).flat())];
      this.afdruk = vingerafdruk({
        methode: this.req.method,
        pad: this.req.originalUrl,
        body: this.req.body,
        bestanden: uploads.map((u) => ({ veld: u.fieldname, naam: u.originalname, type: u.mimetype, inhoud: u.buffer })),
      });
    }
    return this.afdruk;
  }
}

/** The keyed request being handled, if any; empty for background work (jobs, outbox) and unkeyed requests. */
export const idempotentieContext = new AsyncLocalStorage<IdempotentVerzoek>();
