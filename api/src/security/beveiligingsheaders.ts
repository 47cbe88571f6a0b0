import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** Browser features Woonstart never uses: off for the page and anything it would embed. */
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/**
 * Headers on every response, registered before the body parser so that refusals (413, 400,
 * 401, 404, 429) carry them too:
 * - helmet's defaults with a strict CSP: scripts only from this origin (the Angular build has no
 *   inline script; critical-CSS inlining is off in web/project.json because its onload handler
 *   would be blocked), no plugins, no framing; Referrer-Policy no-referrer, so a case address
 *   never leaks to another site. No HSTS or upgrade-insecure-requests: the demo runs on plain
 *   http://localhost; TLS goes in front in production.
 * - Permissions-Policy switching off device features.
 * - Cache-Control: no-store (and the HTTP/1.0 Pragma) on everything under /api: almost every
 *   answer holds personal data, and no browser, proxy or shared computer should keep one.
 */
export function beveiligingsheaders(): RequestHandler[] {
  return [
    helmet({
      hsts: false,
      referrerPolicy: { policy: 'no-referrer' },
      contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null } },
    }),
    (req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      if (req.path === '/api' || req.path.startsWith('/api/')) {
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Pragma', 'no-cache');
      }
      next();
    },
  ];
}
