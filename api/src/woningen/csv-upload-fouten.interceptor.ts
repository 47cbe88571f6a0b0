import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { WoonstartFout } from '@woonstart/domain';
import { MAX_CSV_REGELS } from './woning-csv.parser';

/**
 * Sits between UploadFoutenInterceptor and multer: multer's size stop becomes a
 * 413 about this file's limit (1 MB) instead of the document limit the shared
 * interceptor names. Everything else passes on to the shared one.
 */
@Injectable()
export class CsvUploadFoutenInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((e: unknown) => {
        if (e instanceof PayloadTooLargeException) {
          throw new WoonstartFout('te-groot', `Het bestand is groter dan 1 MB. Splits het in bestanden van hoogstens ${MAX_CSV_REGELS.toLocaleString('nl-NL')} woningen en importeer ze na elkaar.`, { veld: 'bestand' });
        }
        throw e;
      }),
    );
  }
}
