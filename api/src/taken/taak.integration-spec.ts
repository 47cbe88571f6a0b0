import { addDays, todayIso, verschuifNaarWerkdag } from '@woonstart/domain';
import type { ZaakDetail } from '../zaken/zaak-view.model';
import { besluiten, taken, telRijen, transities, zaakRij, zienswijzen, type TaakRij } from '../testing/db-fixtures';
import { GEBRUIKER, SYSTEEM_NAAM } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { voorstelAfwijzing } from '../testing/zaak-fixtures';

/**
 * Durable jobs (table taak): an event planned for a day, sent by the TaakWorker
 * through the one command path as the system. The worker's interval is off in
 * tests; each test runs it with a `nu` just past its own job. Jobs are global, so
 * a run also sends other due jobs: every assertion is about this test's own case.
 */

const werkdag = (datum: string): string => verschuifNaarWerkdag(datum).datum;
const minuten = (d: Date, n: number): Date => new Date(d.getTime() + n * 60_000);

describe('durable jobs (TaakWorker)', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  async function eenTaak(zaakId: string, soort: string): Promise<TaakRij> {
    const rijen = (await taken(omgeving.t, zaakId)).filter((x) => x.soort === soort);
    expect(rijen).toHaveLength(1);
    return rijen[0];
  }

  const stand = async (zaak: { id: string }) => ({ rij: await zaakRij(omgeving.t, zaak.id), transities: (await transities(omgeving.t, zaak.id)).length, taken: await taken(omgeving.t, zaak.id) });

  it('the repair term: BUITEN_BEHANDELING_STELLEN is refused until the job sent HERSTELTERMIJN_VERSTREKEN as the system, then allowed', async () => {
    const ingediend = await api.brengNaar('ingediend');
    const zaak = await api.stuurOk(GEBRUIKER.commissie, ingediend, 'AANVULLING_VRAGEN', { toelichting: 'Het ondersteuningsplan ontbreekt.', termijnDagen: 5 });
    const hersteltermijnTot = werkdag(addDays(todayIso(), 5));
    const taak = await eenTaak(zaak.id, 'HERSTELTERMIJN_VERSTREKEN');
    const gepland = new Date(taak.uitvoeren_op);
    expect(taak).toMatchObject({ status: 'gepland', pogingen: 0, uitgevoerd_op: null });
    expect(gepland.toISOString()).toBe(`${addDays(hersteltermijnTot, 1)}T00:00:00.000Z`);

    // Before the job: not offered, and refused when sent anyway.
    expect(zaak.allowedEvents).not.toContain('BUITEN_BEHANDELING_STELLEN');
    const voor = await stand(zaak);
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'BUITEN_BEHANDELING_STELLEN', { motivering: 'Niets ontvangen.' }), 409, /niet mogelijk/);
    // A minute before it is due the worker leaves it alone.
    await api.voerTakenUit(minuten(gepland, -1));
    expect(await stand(zaak)).toEqual(voor);

    const nu = minuten(gepland, 60);
    expect(await api.voerTakenUit(nu)).toBeGreaterThanOrEqual(1);
    const uitgevoerd = await eenTaak(zaak.id, 'HERSTELTERMIJN_VERSTREKEN');
    expect(uitgevoerd).toMatchObject({ status: 'uitgevoerd', pogingen: 1, laatste_fout: null });
    expect(new Date(uitgevoerd.uitgevoerd_op!).toISOString()).toBe(nu.toISOString());

    const na = await api.detailOk(GEBRUIKER.commissie, zaak.id);
    expect(na).toMatchObject({ state: 'ingediend.aanvullen', rowVersion: zaak.rowVersion + 1 });
    expect(na.tijdlijn.at(-1)).toMatchObject({ event: 'HERSTELTERMIJN_VERSTREKEN', actorNaam: SYSTEEM_NAAM, actorRol: 'systeem', van: 'ingediend.aanvullen', naar: 'ingediend.aanvullen', reden: null });
    expect((await transities(omgeving.t, zaak.id)).at(-1)).toMatchObject({ event: 'HERSTELTERMIJN_VERSTREKEN', actor_id: null, actor_naam: SYSTEEM_NAAM, machine_version: 3 });
    expect(na.allowedEvents).toContain('BUITEN_BEHANDELING_STELLEN');

    const buiten = await api.stuurOk(GEBRUIKER.commissie, na, 'BUITEN_BEHANDELING_STELLEN', { motivering: 'De aanvulling is niet binnen de hersteltermijn ontvangen (Awb 4:5).' });
    expect(buiten).toMatchObject({ status: 'buitenBehandeling', state: 'buitenBehandeling', allowedEvents: [] });

    // A job runs once: a later run sends nothing more to this case.
    const aantal = (await transities(omgeving.t, zaak.id)).length;
    await api.voerTakenUit(minuten(nu, 60 * 24));
    expect((await transities(omgeving.t, zaak.id)).length).toBe(aantal);
  });

  it('a job for a case that moved on lapses (vervallen) and leaves the case alone', async () => {
    const aanvullen = await api.brengNaar('aanvullen');
    const ingetrokken = await api.stuurOk(GEBRUIKER.zorgParnassia, aanvullen, 'INTREKKEN', { reden: 'Cliënt heeft zelf een woning gevonden.' });
    const taak = await eenTaak(ingetrokken.id, 'HERSTELTERMIJN_VERSTREKEN');
    expect(taak.status).toBe('gepland');
    const voor = { rij: await zaakRij(omgeving.t, ingetrokken.id), transities: await transities(omgeving.t, ingetrokken.id) };

    const nu = minuten(new Date(taak.uitvoeren_op), 5);
    await api.voerTakenUit(nu);
    const vervallen = await eenTaak(ingetrokken.id, 'HERSTELTERMIJN_VERSTREKEN');
    expect(vervallen).toMatchObject({ status: 'vervallen', pogingen: 1, laatste_fout: expect.stringMatching(/niet mogelijk.*Ingetrokken/) });
    expect(new Date(vervallen.uitgevoerd_op!).toISOString()).toBe(nu.toISOString());
    expect({ rij: await zaakRij(omgeving.t, ingetrokken.id), transities: await transities(omgeving.t, ingetrokken.id) }).toEqual(voor);
  });

  it('completing the request cancels the job at once; the worker then sends nothing', async () => {
    const aanvullen = await api.brengNaar('aanvullen');
    const taak = await eenTaak(aanvullen.id, 'HERSTELTERMIJN_VERSTREKEN');
    const aangevuld = await api.stuurOk(GEBRUIKER.zorgParnassia, await api.detailOk(GEBRUIKER.zorgParnassia, aanvullen.id), 'AANVULLING_INDIENEN', { toelichting: 'Plan toegevoegd.' });
    expect(await eenTaak(aanvullen.id, 'HERSTELTERMIJN_VERSTREKEN')).toMatchObject({ status: 'vervallen', pogingen: 0 });
    const aantal = (await transities(omgeving.t, aanvullen.id)).length;
    await api.voerTakenUit(minuten(new Date(taak.uitvoeren_op), 5));
    expect((await transities(omgeving.t, aanvullen.id)).length).toBe(aantal);
    expect((await zaakRij(omgeving.t, aanvullen.id))!.state).toBe(aangevuld.state);
  });

  it('the zienswijze term: when it lapses the job returns the refusal to beraad without a zienswijze', async () => {
    const zienswijze = await api.brengNaar('zienswijze');
    expect(zienswijze.state).toBe('besluitvorming.zienswijze');
    const [{ termijn_tot: termijnTot }] = await zienswijzen(omgeving.t, zienswijze.id);
    const taak = await eenTaak(zienswijze.id, 'ZIENSWIJZETERMIJN_VERSTREKEN');
    expect(new Date(taak.uitvoeren_op).toISOString()).toBe(`${addDays(termijnTot, 1)}T00:00:00.000Z`);

    await api.voerTakenUit(minuten(new Date(taak.uitvoeren_op), 30));
    expect(await eenTaak(zienswijze.id, 'ZIENSWIJZETERMIJN_VERSTREKEN')).toMatchObject({ status: 'uitgevoerd' });
    const beraad = await api.detailOk(GEBRUIKER.commissie, zienswijze.id);
    expect(beraad.state).toBe('besluitvorming.beraad');
    expect(beraad.tijdlijn.at(-1)).toMatchObject({ event: 'ZIENSWIJZETERMIJN_VERSTREKEN', actorNaam: SYSTEEM_NAAM, actorRol: 'systeem', van: 'besluitvorming.zienswijze', naar: 'besluitvorming.beraad' });
    expect(await zienswijzen(omgeving.t, zienswijze.id)).toEqual([expect.objectContaining({ inhoud: null, ontvangen_op: null })]);
    expect((await besluiten(omgeving.t, zienswijze.id)).map((b) => b.status)).toEqual(['teruggestuurd']);

    // The applicant had the chance: the refusal can now be taken without another zienswijze.
    const voorgesteld = await api.stuurOk(GEBRUIKER.commissie, beraad, 'BESLUIT_VOORSTELLEN', voorstelAfwijzing({ steuntOpFeitenNietVanAanvrager: true }));
    expect((await api.stuurOk(GEBRUIKER.commissie2, voorgesteld, 'BESLUIT_GOEDKEUREN')).state).toBe('afgewezen');
  });

  it('users cannot send the system events (403), whatever their role, and nothing changes', async () => {
    const zaken: Array<[ZaakDetail, 'HERSTELTERMIJN_VERSTREKEN' | 'ZIENSWIJZETERMIJN_VERSTREKEN']> = [
      [await api.brengNaar('aanvullen'), 'HERSTELTERMIJN_VERSTREKEN'],
      [await api.brengNaar('zienswijze'), 'ZIENSWIJZETERMIJN_VERSTREKEN'],
    ];
    for (const [zaak, event] of zaken) {
      const voor = { ...(await stand(zaak)), outbox: await telRijen(omgeving.t, 'outbox', { kolom: 'zaak_id', waarde: zaak.id }) };
      for (const email of [GEBRUIKER.commissie, GEBRUIKER.commissie2, GEBRUIKER.zorgParnassia]) {
        verwachtProbleem(await api.stuur(email, zaak, event), 403, /rol mag de actie/);
      }
      expect({ ...(await stand(zaak)), outbox: await telRijen(omgeving.t, 'outbox', { kolom: 'zaak_id', waarde: zaak.id }) }).toEqual(voor);
      expect((await api.detailOk(GEBRUIKER.commissie, zaak.id)).allowedEvents).not.toContain(event);
    }
  });
});
