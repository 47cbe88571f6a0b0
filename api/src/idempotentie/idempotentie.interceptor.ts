import { BadRequestException, Inject, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { Request, Response } from 'express';
import { Observable, catchError, concatMap, from, of, switchMap, throwError } from 'rxjs';
import { WoonstartFout } from '@woonstart/domain';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { IdempotentVerzoek, idempotentieContext } from './idempotent-verzoek';
import { IdempotentieOpslag, type OpgeslagenSleutel } from './idempotentie.opslag';
import { HerhaalAntwoord, SLEUTEL_HERGEBRUIKT } from './transaction.service';
import { isGeldigeSleutel } from './vingerafdruk';

export const IDEMPOTENCY_KEY = 'idempotency-key';
/** Set on an answer that was replayed or rebuilt rather than made by running the change. */
export const HERHAALD_HEADER = 'Idempotent-Replayed';

const SCHRIJVEND = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Login and logout change no data; a session token is never stored at rest. */
const ZONDER_SLEUTEL = /^\/api\/auth(\/|$)/;

/**
 * Idempotency-Key on every state-changing route (optional for the client). A
 * key already answered gets the stored answer; a key used for another request
 * is a 422; otherwise the handler runs with the key in the async context, where
 * TransactionService claims it together with the change. After the handler the
 * response is stored with the key.
 */
@Injectable()
export class IdempotentieInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotentie');

  constructor(@Inject(IdempotentieOpslag) private readonly opslag: IdempotentieOpslag) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request & { gebruiker?: GebruikerContext }>();
    const res = context.switchToHttp().getResponse<Response>();
    const sleutel = req.get(IDEMPOTENCY_KEY);
    if (sleutel === undefined || !SCHRIJVEND.has(req.method) || ZONDER_SLEUTEL.test(req.path)) return next.handle();
    if (!isGeldigeSleutel(sleutel)) {
      throw new BadRequestException('De Idempotency-Key moet 1 tot 255 zichtbare ASCII-tekens zijn, zonder spaties (bijvoorbeeld een UUID).');
    }
    const verzoek = new IdempotentVerzoek(req.gebruiker?.id ?? 'publiek', sleutel, req);
    const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? (req.method === 'POST' ? 201 : 200);
    const herhaal = (o: OpgeslagenSleutel) => {
      res.setHeader(HERHAALD_HEADER, 'true');
      return of(o.antwoord === null || o.antwoord === '' ? undefined : JSON.parse(o.antwoord));
    };

    return from(this.voorcontrole(verzoek)).pipe(
      switchMap((beantwoord) => {
        if (beantwoord) return herhaal(beantwoord);
        // The handler (and every await in it) runs inside the context; next.handle() binds it when called.
        const handler$ = new Observable<unknown>((sub) => idempotentieContext.run(verzoek, () => next.handle().subscribe(sub)));
        return handler$.pipe(
          concatMap(async (body) => {
            if (verzoek.herhaald) res.setHeader(HERHAALD_HEADER, 'true');
            await this.bewaar(verzoek, status, body);
            return body;
          }),
          catchError((e: unknown) => (e instanceof HerhaalAntwoord ? herhaal(e.opgeslagen) : throwError(() => e))),
        );
      }),
    );
  }

  /** The stored answer of this key, if any. A multipart body is not parsed yet: TransactionService checks that one. */
  private async voorcontrole(v: IdempotentVerzoek): Promise<OpgeslagenSleutel | null> {
    if (v.isMultipart) return null;
    const bestaand = await this.opslag.vind(v.scope, v.sleutel);
    if (!bestaand) return null;
    if (bestaand.vingerafdruk !== v.vingerafdruk()) throw new WoonstartFout('ongeldig', SLEUTEL_HERGEBRUIKT, { code: 'idempotentie-sleutel-hergebruikt' });
    return bestaand.antwoord === null ? null : bestaand;
  }

  /** A failure here loses only the stored copy, not the change: a retry rebuilds the answer, so the caller still gets its 2xx. */
  private async bewaar(v: IdempotentVerzoek, status: number, body: unknown): Promise<void> {
    try {
      await this.opslag.bewaarAntwoord(v, status, body === undefined ? '' : JSON.stringify(body));
    } catch (e) {
      this.logger.warn(`Antwoord bij Idempotency-Key niet bewaard (${v.methode} ${v.pad}): ${(e as Error).message}`);
    }
  }
}
