import { baseUrl } from './browser';

/**
 * Sets up a case through the public API (as its users would, one event after the
 * other), so a browser test can start where its story starts. Only for test setup:
 * what the test is about is done in the browser.
 */
async function token(email: string): Promise<string> {
  const inloggen = () => fetch(`${baseUrl()}/api/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  // Once more when the connection drops (a kept-alive socket the busy server just closed); an http error is not retried.
  const res = await inloggen().catch(() => inloggen());
  if (!res.ok) throw new Error(`Inloggen als ${email} mislukt: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export async function roep<T>(email: string, method: string, pad: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}/api${pad}`, {
    method, headers: { authorization: `Bearer ${await token(email)}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const tekst = await res.text();
  if (!res.ok) throw new Error(`${method} ${pad} als ${email}: ${res.status} ${tekst}`);
  return JSON.parse(tekst) as T;
}

interface Zaak { id: string; rowVersion: number; state: string }

const dag = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const criteria = Object.fromEntries(['perspectief', 'netwerk', 'werkDagbesteding', 'ondersteuning', 'justitieel'].map((c) => [c, { bevinding: 'Netwerk en dagbesteding liggen hier.', oordeel: c === 'justitieel' ? 'neutraal' : 'voor' }]));

/** A BW outflow case (parent with one child, Den Haag) granted for directe bemiddeling: ready for an offer. */
export async function zaakInBemiddeling(achternaam: string): Promise<Zaak> {
  const zorg = 'zorg@parnassia.demo';
  let zaak = await roep<Zaak>(zorg, 'POST', '/zaken', {
    categorie: 'BW', behandelendeGemeente: '0518',
    aanvrager: { voornamen: 'Eva', achternaam, geboortedatum: '1990-05-17', email: null, telefoon: null },
    woonnetInschrijfnummer: null,
    huishouden: [{ relatie: 'kind', naam: 'Kim', geboortedatum: '2015-03-01' }],
    inschrijvingen: [
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres', van: '2012-06-01', tot: dag(-401) },
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'instelling', van: dag(-400), tot: null },
    ],
    opnames: [{ instelling: 'Parnassia Groep, kliniek Den Haag', van: dag(-400), tot: null }],
    ondersteuningsplan: 'Ambulante begeleiding twee keer per week.', begeleidingAkkoord: true, woonwensen: 'Twee kamers.', aantalKamersMin: 2,
  });
  const stap = async (email: string, type: string, payload?: object) => {
    zaak = await roep<Zaak>(email, 'POST', `/zaken/${zaak.id}/events`, { type, rowVersion: zaak.rowVersion, ...(payload ? { payload } : {}) });
  };
  await stap(zorg, 'INDIENEN');
  await stap('commissie@haaglanden.demo', 'ONTVANKELIJK_VERKLAREN');
  await stap('commissie@haaglanden.demo', 'HERKOMST_VASTSTELLEN', { gemeenteCbs: '0518' });
  await stap('commissie@haaglanden.demo', 'WEGING_VASTLEGGEN', {
    gemeenteCbs: '0518', motivering: 'Netwerk en dagbesteding in Den Haag.', kandidaten: [{ gemeenteCbs: '0518', bron: 'herkomst', criteria }],
  });
  await stap('commissie@haaglanden.demo', 'BESLUIT_VOORSTELLEN', { uitkomst: 'toekennen', route: 'bemiddeling', motivering: 'Uitstroom Beschermd Wonen met begeleiding.' });
  await stap('commissie2@haaglanden.demo', 'BESLUIT_GOEDKEUREN');
  if (zaak.state !== 'toegekend.bemiddeling.zoeken') throw new Error(`Zaak staat in ${zaak.state}`);
  return zaak;
}
