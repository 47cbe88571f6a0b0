import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { TeVeelPogingenFout } from '../../security/te-veel-pogingen.fout';
import { OidcFout } from './oidc-fout';

/**
 * The OIDC routes are browser navigations, not API calls: a refusal sends the user back to the
 * login page with a reason code the page explains in Dutch, never a JSON error or a 500. Too
 * many attempts stays a 429 (with Retry-After) and gets a small Dutch page.
 */
@Catch()
export class OidcFoutFilter implements ExceptionFilter {
  private readonly logger = new Logger('OIDC');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof TeVeelPogingenFout) {
      res.status(429).type('html').send(teVeelPogingenPagina(exception.wachtSeconden));
      return;
    }
    if (exception instanceof OidcFout) {
      this.logger.warn(exception.message);
      res.redirect(303, `/inloggen?fout=${exception.code}`);
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.name) : String(exception));
    res.redirect(303, '/inloggen?fout=mislukt');
  }
}

function teVeelPogingenPagina(seconden: number): string {
  return `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Te veel inlogpogingen – Woonstart</title></head>
  <body>
    <main>
      <h1>Te veel inlogpogingen</h1>
      <p>Er is in korte tijd te vaak geprobeerd in te loggen. Wacht ${seconden} ${seconden === 1 ? 'seconde' : 'seconden'} en probeer het dan opnieuw.</p>
      <p><a href="/inloggen">Terug naar inloggen</a></p>
    </main>
  </body>
</html>
`;
}
