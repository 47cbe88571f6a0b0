import type { SimulatieConfiguratie } from '@woonstart/domain';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { velden, verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import type { SimulatieView } from './simulatie.service';

describe('jaarsimulatie (issue 5 §3)', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  // A small year keeps the suite quick; the default region-year runs in the domain spec and the bench.
  const klein = { jaar: 2025, instroomFactor: 0.1, seed: 42 };

  it('GET standaard gives the default year: the regional demand and the lettings of the nine gemeenten', async () => {
    const res = await api.get<SimulatieConfiguratie>(GEBRUIKER.commissie, '/monitor/simulatie/standaard?jaar=2025');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ jaar: 2025, plafondAandeel: 0.3, basis: 'sociaal' });
    expect(res.body.vacatures).toHaveLength(9);
    expect(Object.values(res.body.instroom).reduce((s, n) => s + (n ?? 0), 0)).toBeGreaterThan(3300);
  });

  it('the same seed gives the same result; another seed another one; every case placed or not placed', async () => {
    const a = await api.call<SimulatieView>(GEBRUIKER.coordinator, 'POST', '/monitor/simulatie', klein);
    const b = await api.call<SimulatieView>(GEBRUIKER.coordinator, 'POST', '/monitor/simulatie', klein);
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    const r = a.body.resultaat;
    expect(r.totaal.geplaatst + r.totaal.nietGeplaatst).toBe(r.totaal.gegenereerd);
    expect(r.perGemeente).toHaveLength(9);
    const c = await api.call<SimulatieView>(GEBRUIKER.coordinator, 'POST', '/monitor/simulatie', { ...klein, seed: 43 });
    expect(c.body.resultaat).not.toEqual(r);
  });

  it('optional fields fall back to the defaults', async () => {
    const res = await api.call<SimulatieView>(GEBRUIKER.coordinator, 'POST', '/monitor/simulatie', { ...klein, plafondAandeel: 0.5, instroom: { MO: 20 } });
    expect(res.status).toBe(200);
    expect(res.body.configuratie).toMatchObject({ plafondAandeel: 0.5, bemiddelingAandeel: 0.7, basis: 'sociaal' });
    expect(res.body.configuratie.instroom.MO).toBe(2);
  });

  it('refuses a bad body with 400 and Dutch field errors', async () => {
    const res = await api.call(GEBRUIKER.coordinator, 'POST', '/monitor/simulatie', { jaar: 1999, plafondAandeel: 2, basis: 'alles', instroom: { XX: 1 }, onbekend: true });
    const p = verwachtProbleem(res, 400);
    expect(velden(p)).toEqual(expect.arrayContaining(['jaar', 'plafondAandeel', 'basis', 'instroom', 'onbekend']));
    const vac = await api.call(GEBRUIKER.coordinator, 'POST', '/monitor/simulatie', { vacatures: [{ gemeenteCbs: '0599', sociaal: -1, onderAftopping: 1 }] });
    verwachtProbleem(vac, 400);
  });

  it('is not for care workers (403) nor anonymous (401)', async () => {
    expect((await api.call(GEBRUIKER.zorgParnassia, 'POST', '/monitor/simulatie', klein)).status).toBe(403);
    expect((await api.get(GEBRUIKER.zorgParnassia, '/monitor/simulatie/standaard')).status).toBe(403);
    expect((await api.call(null, 'POST', '/monitor/simulatie', klein)).status).toBe(401);
  });
});
