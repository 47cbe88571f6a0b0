import { testOmgeving } from '../testing/test-omgeving';

describe('health', () => {
  const omgeving = testOmgeving();

  it('reports the database as reachable without login', async () => {
    const res = await omgeving.t.call('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });
});
