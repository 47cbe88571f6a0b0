import type { Options } from 'pino-http';
import type { AppConfig } from '../config/app-config';

/** The path without its query string: a query may carry a search term, a name or a BSN. */
export function zonderQuery(url: unknown): unknown {
  return typeof url === 'string' ? url.split('?')[0] : url;
}

/**
 * Request logging. Bodies are never logged; of a request only method, path
 * (without query string), route params and the harmless headers; never cookies
 * or tokens. A BSN or medical text in a query or body therefore cannot reach
 * the log (checked by app/logboek.integration-spec.ts).
 */
export function logOpties(config: AppConfig): Options {
  return {
    level: config.logLevel,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'req.query'], remove: true },
    serializers: {
      // Receives pino-http's standard serialisation of the request; only the url needs trimming.
      req: (req: Record<string, unknown>) => ({ ...req, url: zonderQuery(req['url']) }),
    },
    autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') },
  };
}
