import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { WoonstartFout, type FoutSoort } from '@woonstart/domain';
import { ValidatieFout, type Problem } from './problem.model';

const STATUS_VOOR_SOORT: Record<FoutSoort, number> = {
  ongeldig: HttpStatus.UNPROCESSABLE_ENTITY,
  'niet-gevonden': HttpStatus.NOT_FOUND,
  verboden: HttpStatus.FORBIDDEN,
  conflict: HttpStatus.CONFLICT,
  'te-groot': HttpStatus.PAYLOAD_TOO_LARGE,
  'niet-ondersteund': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

const TITELS: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Niet-ondersteund formaat',
  422: 'Niet verwerkbaar',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
};

/**
 * The one place errors become HTTP: typed domain errors, validation errors,
 * Nest's HTTP exceptions, body-parser errors and database errors all leave as
 * application/problem+json with a Dutch message. Nothing internal leaks.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Fouten');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const problem = { ...this.toProblem(exception), instance: req.originalUrl };
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(e: unknown): Problem {
    if (e instanceof ValidatieFout) {
      return this.problem(400, e.message, { fouten: e.fouten });
    }
    if (e instanceof WoonstartFout) {
      return this.problem(STATUS_VOOR_SOORT[e.soort], e.message, e.details);
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const body = e.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return this.problem(status, this.dutch(status, typeof message === 'string' ? message : e.message));
    }
    const bodyParser = e as { type?: string; status?: number };
    if (bodyParser?.type === 'entity.too.large') return this.problem(413, 'Het verzoek is te groot. Verstuur minder gegevens in één keer.');
    if (bodyParser?.type === 'entity.parse.failed') return this.problem(400, 'De inhoud van het verzoek is geen geldige JSON.');
    if (bodyParser?.type === 'encoding.unsupported' || bodyParser?.type === 'charset.unsupported') return this.problem(415, 'Deze tekenset wordt niet ondersteund; gebruik UTF-8.');
    if (e instanceof QueryFailedError) {
      const code = (e as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (code === '22P02') return this.problem(400, 'Een opgegeven id of waarde heeft een ongeldig formaat.');
      if (code === '23505') return this.problem(409, 'Dit gegeven bestaat al.');
      if (code === '23503') return this.problem(422, 'Een verwijzing naar een ander gegeven klopt niet.');
      if (code === '40001' || code === '40P01') return this.problem(409, 'De zaak werd tegelijk door iemand anders gewijzigd. Probeer het opnieuw.');
    }
    return this.problem(500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder.');
  }

  /** Nest's own messages are English; keep Dutch ones we threw ourselves. */
  private dutch(status: number, message: string): string {
    // Nest maps body-parser's SyntaxError (invalid JSON) and Express's URIError (bad %-encoding)
    // to a 400 carrying the raw English message before this filter sees them.
    if (status === 400 && /\bJSON\b/.test(message)) return 'De inhoud van het verzoek is geen geldige JSON.';
    if (status === 400 && /^(Failed to decode param|URI malformed)/.test(message)) return 'Het adres van het verzoek bevat een ongeldige tekencodering.';
    if (/^(Cannot (GET|POST|PUT|PATCH|DELETE)|Not Found|Forbidden|Unauthorized|Bad Request|Internal server error|Forbidden resource)/i.test(message)) {
      if (status === 404) return 'Deze route of dit gegeven bestaat niet.';
      if (status === 403) return 'U heeft geen toegang tot deze functie.';
      if (status === 401) return 'U bent niet ingelogd.';
      if (status === 400) return 'Het verzoek is ongeldig.';
    }
    return message;
  }

  private problem(status: number, detail: string, extra: Record<string, unknown> = {}): Problem {
    return { type: `https://woonstart.nl/problemen/${status}`, title: TITELS[status] ?? 'Fout', status, detail, ...extra };
  }
}
