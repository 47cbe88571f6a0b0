import { BadRequestException, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { DOCUMENT_TE_GROOT_MELDING, WoonstartFout } from '@woonstart/domain';
import { ValidatieFout } from './problem.model';

/** Multer's (English) messages for a malformed upload, and what the user can do about each. */
const MULTIPART_FOUTEN: ReadonlyArray<[RegExp, string]> = [
  [/^Unexpected field/, "Stuur het bestand mee in het veld 'bestand'."],
  [/^Too many (files|parts|fields)/, 'Voeg één bestand tegelijk toe: een volgend bestand kan daarna.'],
  [/^Field (name|value) too long|^Field name missing/, 'Een veld van het formulier is ongeldig.'],
  [/^Multipart|^Unexpected end of (form|file)|^Malformed part header/, 'Het bestand is niet volledig ontvangen. Probeer het opnieuw.'],
];

/**
 * Wraps Nest's FileInterceptor (list this one first, so it is the outer one):
 * multer's errors become the same Dutch problems as every other error, the
 * size limit a 413 naming the maximum. Other errors pass unchanged.
 */
@Injectable()
export class UploadFoutenInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((e: unknown) => {
        if (e instanceof PayloadTooLargeException) throw new WoonstartFout('te-groot', DOCUMENT_TE_GROOT_MELDING, { veld: 'bestand' });
        if (e instanceof BadRequestException) {
          const melding = MULTIPART_FOUTEN.find(([patroon]) => patroon.test(e.message))?.[1];
          if (melding) throw new ValidatieFout([{ veld: 'bestand', melding }], `Het bestand kon niet worden verwerkt. ${melding}`);
        }
        throw e;
      }),
    );
  }
}
