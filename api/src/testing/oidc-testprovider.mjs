// A real OpenID Connect provider (the `oidc-provider` package) for the OIDC login tests, run as
// its own process: the package is ESM-only and this is how an IdP really sits next to the api.
//
//   node api/src/testing/oidc-testprovider.mjs <redirect_uri> [port]
//
// Prints one JSON line {"issuer": "..."} on stdout when it listens. It knows one client,
// `woonstart-test`, with the given redirect URI and PKCE (S256) required. No login form: the
// interaction step logs in whichever account the test set last with POST /__test/account
// (or refuses with access_denied when none is set), as a user at the IdP would. Test hooks:
//   POST /__test/account  {"sub", "email", "email_verified"}  the next login's account (null: refuse)
//   POST /__test/knoei    {"idTokenHandtekening": true}       the next token response carries an
//                                                             id_token with a broken signature
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [redirectUri, poortArg] = process.argv.slice(2);
if (!redirectUri) {
  console.error('Gebruik: node oidc-testprovider.mjs <redirect_uri> [poort]');
  process.exit(2);
}

const accounts = new Map();
let volgende = null;
let knoeiHandtekening = false;

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-sleutel', use: 'sig', alg: 'RS256' };

const server = createServer();
server.listen(Number(poortArg ?? 0), '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'woonstart-test', token_endpoint_auth_method: 'none', redirect_uris: [redirectUri], post_logout_redirect_uris: [`${new URL(redirectUri).origin}/inloggen`], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [jwk] },
    cookies: { keys: ['woonstart-oidc-test-cookie-sleutel'] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Keycloak puts the user's claims in the id_token; so does this provider.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx, id) => (accounts.has(id) ? { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) } : undefined),
  });
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && knoeiHandtekening && ctx.body && typeof ctx.body.id_token === 'string') {
      knoeiHandtekening = false;
      const [kop, inhoud, handtekening] = ctx.body.id_token.split('.');
      ctx.body = { ...ctx.body, id_token: `${kop}.${inhoud}.${handtekening.startsWith('A') ? 'B' : 'A'}${handtekening.slice(1)}` };
    }
  });
  const callback = provider.callback();

  server.on('request', async (req, res) => {
    try {
      if (req.method === 'POST' && req.url === '/__test/account') {
        const body = await json(req);
        volgende = body && body.sub ? body.sub : null;
        if (volgende) accounts.set(volgende, { email: body.email, email_verified: body.email_verified, name: body.name ?? 'Testgebruiker' });
        return klaar(res, 204);
      }
      if (req.method === 'POST' && req.url === '/__test/knoei') {
        knoeiHandtekening = (await json(req))?.idTokenHandtekening === true;
        return klaar(res, 204);
      }
      if (req.method === 'GET' && req.url.startsWith('/interaction/')) {
        const details = await provider.interactionDetails(req, res);
        if (!volgende) {
          return await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'De gebruiker brak het inloggen af.' }, { mergeWithLastSubmission: false });
        }
        const grant = new provider.Grant({ accountId: volgende, clientId: details.params.client_id });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        return await provider.interactionFinished(req, res, { login: { accountId: volgende }, consent: { grantId } }, { mergeWithLastSubmission: false });
      }
      callback(req, res);
    } catch (e) {
      console.error(e);
      klaar(res, 500);
    }
  });
  console.log(JSON.stringify({ issuer }));
});

function klaar(res, status) {
  res.statusCode = status;
  res.end();
}

async function json(req) {
  let tekst = '';
  for await (const deel of req) tekst += deel;
  return tekst ? JSON.parse(tekst) : null;
}

process.on('SIGTERM', () => server.close(() => process.exit(0)));
