import { addDays } from '@woonstart/domain';
import { taken, transities } from '../testing/db-fixtures';
import { GEBRUIKER, SYSTEEM_NAAM } from '../testing/demo-gebruikers';
import { testOmgeving } from '../testing/test-omgeving';

/**
 * Deadline jobs: a reminder a week before the decision deadline and an overdue
 * signal the day after, planned whenever the deadline is computed, cancelled while
 * the term is suspended, and lapsing once the case is decided.
 */
describe('beslistermijn: herinnering en verstreken (durable jobs)', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  const gepland = async (zaakId: string, soort: string) => (await taken(omgeving.t, zaakId)).filter((x) => x.soort === soort && x.status === 'gepland');
  const dag = (iso: string, uren = 0) => new Date(new Date(`${iso}T00:00:00Z`).getTime() + uren * 3_600_000);

  it('plans both jobs on submission, fires them as the system, and records the outbox notifications', async () => {
    const zaak = await api.brengNaar('ingediend');
    const uiterlijk = zaak.beslistermijn!;
    const [herinnering] = await gepland(zaak.id, 'BESLISTERMIJN_HERINNERING');
    const [verstreken] = await gepland(zaak.id, 'BESLISTERMIJN_VERSTREKEN');
    expect(new Date(herinnering.uitvoeren_op).toISOString().slice(0, 10)).toBe(addDays(uiterlijk, -7));
    expect(new Date(verstreken.uitvoeren_op).toISOString().slice(0, 10)).toBe(addDays(uiterlijk, 1));

    await api.voerTakenUit(dag(addDays(uiterlijk, 2), 1));
    const log = (await transities(omgeving.t, zaak.id)).map((r) => ({ event: r.event, actor: r.actor_naam, van: r.van_state, naar: r.naar_state }));
    expect(log.slice(-2)).toEqual([
      { event: 'BESLISTERMIJN_HERINNERING', actor: SYSTEEM_NAAM, van: 'ingediend.ontvankelijkheid', naar: 'ingediend.ontvankelijkheid' },
      { event: 'BESLISTERMIJN_VERSTREKEN', actor: SYSTEEM_NAAM, van: 'ingediend.ontvankelijkheid', naar: 'ingediend.ontvankelijkheid' },
    ]);
    const outbox: Array<{ soort: string }> = await omgeving.db.query('SELECT soort FROM outbox WHERE zaak_id = $1 ORDER BY id', [zaak.id]);
    expect(outbox.map((o) => o.soort)).toEqual(expect.arrayContaining(['herinnering-beslistermijn', 'beslistermijn-verstreken']));
    const detail = await api.detailOk(GEBRUIKER.commissie, zaak.id);
    expect(detail.tijdlijn.at(-1)).toMatchObject({ label: 'Beslistermijn verstreken', actorRol: 'systeem' });
    expect(detail.allowedEvents).not.toContain('BESLISTERMIJN_VERSTREKEN');
  });

  it('a request for completion cancels the jobs; completing it plans them again for the moved deadline', async () => {
    let zaak = await api.brengNaar('ingediend');
    zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'AANVULLING_VRAGEN', { toelichting: 'Inkomensverklaring ontbreekt.' });
    expect(await gepland(zaak.id, 'BESLISTERMIJN_VERSTREKEN')).toEqual([]);
    expect(await gepland(zaak.id, 'BESLISTERMIJN_HERINNERING')).toEqual([]);
    const zorg = await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id);
    zaak = await api.stuurOk(GEBRUIKER.zorgParnassia, zorg, 'AANVULLING_INDIENEN', { toelichting: 'Toegevoegd.' });
    const opnieuw = await gepland(zaak.id, 'BESLISTERMIJN_VERSTREKEN');
    expect(opnieuw).toHaveLength(1);
    expect(new Date(opnieuw[0].uitvoeren_op).toISOString().slice(0, 10)).toBe(addDays(zaak.beslistermijn!, 1));
  });

  it('once the case is decided, the overdue job lapses instead of firing', async () => {
    const zaak = await api.brengNaar('zelfZoeken');
    const [verstreken] = (await taken(omgeving.t, zaak.id)).filter((x) => x.soort === 'BESLISTERMIJN_VERSTREKEN' && x.status === 'gepland');
    await api.voerTakenUit(new Date(new Date(verstreken.uitvoeren_op).getTime() + 3_600_000));
    const na = (await taken(omgeving.t, zaak.id)).find((x) => x.id === verstreken.id)!;
    expect(na.status).toBe('vervallen');
    expect((await transities(omgeving.t, zaak.id)).map((r) => r.event)).not.toContain('BESLISTERMIJN_VERSTREKEN');
  });
});
