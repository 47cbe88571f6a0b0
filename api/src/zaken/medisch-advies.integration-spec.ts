import { randomUUID } from 'node:crypto';
import type { ZaakDetail, ZaakLijst } from './zaak-view.model';
import { maakWoning, medischeAdviezen, toegangslog, transities } from '../testing/db-fixtures';
import { GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import type { Gebruiker } from '../testing/woonstart-api';
import { DEN_HAAG, medischAdvies, volledigeWeging, voorstelBemiddeling } from '../testing/zaak-fixtures';

/**
 * Medical advice (GDPR art. 9): asked automatically for a MED case, or by the
 * commissie for any other; given by the medisch adviseur. The details live only in
 * table medisch_advies and are read only through GET /zaken/:id/medisch-advies by
 * the medisch adviseur, every attempt logged. Everyone else sees the outcome.
 */

const GEGEVENS = 'medisch advies (medische gegevens)';

interface Advies { vraag: string; urgent: boolean | null; woonvereisten: string[]; details: string | null; uitgebrachtDoor: string | null; uitgebrachtOp: string | null; gevraagdOp: string }

describe('medisch advies', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let arts: Gebruiker;

  beforeAll(async () => {
    arts = await api.gebruiker(GEBRUIKER.arts);
  });

  it('a MED case gets the advice asked on ONTVANKELIJK_VERKLAREN and cannot be decided before the advice is in', async () => {
    const ingediend = await api.brengNaar('ingediend', { categorie: 'MED' });
    expect(await medischeAdviezen(omgeving.t, ingediend.id)).toEqual([]);
    let zaak = await api.stuurOk(GEBRUIKER.commissie, ingediend, 'ONTVANKELIJK_VERKLAREN');
    expect(await medischeAdviezen(omgeving.t, zaak.id)).toEqual([expect.objectContaining({ vraag: expect.stringMatching(/medische gronden/), urgent: null, woonvereisten: [], details: null, uitgebracht_op: null })]);
    expect(zaak.medischAdvies).toMatchObject({ status: 'gevraagd', urgent: null, uitgebrachtOp: null });
    expect(zaak.toetsing!.medischAdvies).toEqual(zaak.medischAdvies);
    // Already asked: the commissie cannot ask again; the medisch adviseur can answer.
    expect(zaak.allowedEvents).not.toContain('MEDISCH_ADVIES_VRAGEN');
    expect((await api.detailOk(GEBRUIKER.arts, zaak.id)).allowedEvents).toEqual(['MEDISCH_ADVIES_UITBRENGEN']);

    zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', { gemeenteCbs: zaak.herkomstvoorstel!.gemeenteCbs });
    zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'WEGING_VASTLEGGEN', volledigeWeging({ herkomst: DEN_HAAG.cbsCode }));
    expect(zaak.state).toBe('besluitvorming.beraad');
    expect(zaak.allowedEvents).not.toContain('BESLUIT_VOORSTELLEN');
    // The machine's guard refuses it (409) before the proposal's rules run.
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling()), 409, /niet mogelijk/);
    expect((await transities(omgeving.t, zaak.id)).at(-1)!.event).toBe('WEGING_VASTLEGGEN');

    const bijArts = await api.detailOk(GEBRUIKER.arts, zaak.id);
    zaak = await api.stuurOk(GEBRUIKER.arts, bijArts, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies({ woonvereisten: ['gelijkvloers', 'nabijZorg'] }));
    expect(zaak.state).toBe('besluitvorming.beraad');
    expect(zaak.medischAdvies).toMatchObject({ status: 'uitgebracht', urgent: true, woonvereisten: ['gelijkvloers', 'nabijZorg'] });
    expect(zaak.allowedEvents).toEqual([]);
    // Given once; a second advice on the same question is refused.
    verwachtProbleem(await api.stuur(GEBRUIKER.arts, zaak, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies()), 409);

    const bijCommissie = await api.detailOk(GEBRUIKER.commissie, zaak.id);
    expect(bijCommissie.woonvereisten).toEqual(['gelijkvloers', 'nabijZorg']);
    expect(bijCommissie.allowedEvents).toContain('BESLUIT_VOORSTELLEN');
    expect((await api.stuurOk(GEBRUIKER.commissie, bijCommissie, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling())).state).toBe('besluitvorming.voorgesteld');
  });

  it('for another category the commissie asks; the medisch adviseur then sees the case and answers', async () => {
    let zaak = await api.brengNaar('toetsingHerkomst', { categorie: 'GGZ' });
    verwachtProbleem(await api.detail(GEBRUIKER.arts, zaak.id), 404);
    expect(zaak.allowedEvents).toContain('MEDISCH_ADVIES_VRAGEN');
    zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'MEDISCH_ADVIES_VRAGEN', { vraag: 'Is een woning zonder trap nodig?' });
    expect(zaak).toMatchObject({ state: 'toetsingHerkomst', medischAdvies: { status: 'gevraagd', vraag: 'Is een woning zonder trap nodig?' } });
    expect(zaak.allowedEvents).not.toContain('MEDISCH_ADVIES_VRAGEN');

    const bijArts = await api.detailOk(GEBRUIKER.arts, zaak.id);
    expect(bijArts.allowedEvents).toEqual(['MEDISCH_ADVIES_UITBRENGEN']);
    expect((await api.alleZaken(GEBRUIKER.arts)).map((z) => z.id)).toContain(zaak.id);
    const na = await api.stuurOk(GEBRUIKER.arts, bijArts, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies({ urgent: false, woonvereisten: [] }));
    expect(na.medischAdvies).toMatchObject({ status: 'uitgebracht', urgent: false, woonvereisten: [] });
    expect(await medischeAdviezen(omgeving.t, zaak.id)).toEqual([expect.objectContaining({ vraag: 'Is een woning zonder trap nodig?', urgent: false, uitgebracht_door: arts.id })]);
    // Asked and answered: not again on this case.
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, await api.detailOk(GEBRUIKER.commissie, zaak.id), 'MEDISCH_ADVIES_VRAGEN', { vraag: 'Nog een vraag.' }), 409);
  });

  describe('the details', () => {
    const details = `Hartfalen NYHA III, traplopen uitgesloten; dossier ${randomUUID()}.`;
    let zaak: ZaakDetail;

    beforeAll(async () => {
      // A MED case with the advice given, then granted and on offer at a corporatie: every role sees it.
      let beraad = await api.brengNaar('besluitvorming', { categorie: 'MED', herkomst: DEN_HAAG });
      beraad = await api.stuurOk(GEBRUIKER.arts, beraad, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies({ details, woonvereisten: ['gelijkvloers', 'lift'] }));
      const voorgesteld = await api.stuurOk(GEBRUIKER.commissie, beraad, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling());
      const toegekend = await api.stuurOk(GEBRUIKER.commissie2, voorgesteld, 'BESLUIT_GOEDKEUREN');
      const woningId = await maakWoning(omgeving.t, (await api.gebruiker(GEBRUIKER.staedion)).organisatieId, DEN_HAAG.cbsCode);
      zaak = await api.stuurOk(GEBRUIKER.staedion, toegekend, 'WONING_AANBIEDEN', { woningId });
    });

    it('are stored only in medisch_advies: never in the transition log, the case row or the outbox', async () => {
      expect(await medischeAdviezen(omgeving.t, zaak.id)).toEqual([expect.objectContaining({ details, urgent: true, woonvereisten: ['gelijkvloers', 'lift'], uitgebracht_door: arts.id })]);
      const regel = (await transities(omgeving.t, zaak.id)).find((r) => r.event === 'MEDISCH_ADVIES_UITBRENGEN')!;
      expect(regel).toMatchObject({ actor_id: arts.id, actor_rol: 'medischAdviseur', reden: null });
      expect(regel.payload).toEqual({ urgentOpMedischeGronden: true, woonvereisten: ['gelijkvloers', 'lift'] });
      for (const [tabel, kolom] of [['zaak_transitie', 'payload'], ['zaak', 'snapshot'], ['outbox', 'payload']] as const) {
        const [{ n }]: Array<{ n: string }> = await omgeving.db.query(`SELECT count(*) AS n FROM ${tabel} WHERE ${kolom}::text LIKE $1`, [`%${details}%`]);
        expect({ tabel, n: Number(n) }).toEqual({ tabel, n: 0 });
      }
    });

    it.each([
      GEBRUIKER.intakeDenHaag, GEBRUIKER.commissie, GEBRUIKER.commissie2, GEBRUIKER.arts, GEBRUIKER.staedion,
    ] as DemoEmail[])('are in no case response for %s (detail and list), only the outcome', async (email) => {
      const res = await api.detail(email, zaak.id);
      expect(res.status).toBe(200);
      const tekst = JSON.stringify(res.body);
      expect(tekst).not.toContain(details);
      expect(tekst).not.toMatch(/Hartfalen/);
      expect(res.body.woonvereisten).toEqual(['gelijkvloers', 'lift']);
      if (res.body.weergave === 'volledig') {
        expect(res.body.medischAdvies).toEqual(expect.objectContaining({ status: 'uitgebracht', urgent: true, woonvereisten: ['gelijkvloers', 'lift'] }));
        expect(res.body.medischAdvies).not.toHaveProperty('details');
        expect(res.body.toetsing!.medischAdvies).toEqual(res.body.medischAdvies);
      } else {
        // The corporatie sees what placement needs: the requirements, not the advice or the toetsing.
        expect(res.body.medischAdvies).toBeNull();
        expect(res.body).not.toHaveProperty('toetsing');
      }
      const lijst = await api.get<ZaakLijst>(email, '/zaken?perPagina=100');
      expect(lijst.status).toBe(200);
      expect(JSON.stringify(lijst.body)).not.toContain(details);
    });

    it('GET /zaken/:id/medisch-advies: the medisch adviseur reads them, and every read is logged', async () => {
      for (let keer = 1; keer <= 2; keer++) {
        const voor = await toegangslog(omgeving.t, zaak.id);
        const res = await api.get<Advies[]>(GEBRUIKER.arts, `/zaken/${zaak.id}/medisch-advies`);
        expect(res.status).toBe(200);
        expect(res.body).toEqual([expect.objectContaining({ details, urgent: true, woonvereisten: ['gelijkvloers', 'lift'], uitgebrachtDoor: arts.id, vraag: expect.stringMatching(/medische gronden/) })]);
        expect(res.body[0]).not.toHaveProperty('zaakId');
        const na = await toegangslog(omgeving.t, zaak.id);
        expect(na).toHaveLength(voor.length + 1);
        expect(na.at(-1)).toMatchObject({ gebruiker_id: arts.id, rol: 'medischAdviseur', organisatie_id: arts.organisatieId, gegevens: GEGEVENS, uitkomst: 'toegestaan' });
      }
    });

    it('every other role gets 403 there, and nothing is read', async () => {
      const gelezen = async () => (await toegangslog(omgeving.t, zaak.id)).filter((r) => r.gegevens === GEGEVENS && r.uitkomst === 'toegestaan').length;
      const voor = await gelezen();
      for (const email of [GEBRUIKER.commissie, GEBRUIKER.commissie2, GEBRUIKER.intakeDenHaag, GEBRUIKER.zorgParnassia, GEBRUIKER.staedion, GEBRUIKER.coordinator, GEBRUIKER.beheerder] as DemoEmail[]) {
        const res = await api.get(email, `/zaken/${zaak.id}/medisch-advies`);
        verwachtProbleem(res, 403);
        expect(JSON.stringify(res.body)).not.toContain(details);
      }
      expect(await gelezen()).toBe(voor);
    });

    it('a case outside the medisch adviseur\'s scope is a 404, logged as geweigerd', async () => {
      const ander = await api.brengNaar('toetsingHerkomst', { categorie: 'BW' });
      for (const id of [ander.id, randomUUID()]) {
        const voor = await toegangslog(omgeving.t, id);
        verwachtProbleem(await api.get(GEBRUIKER.arts, `/zaken/${id}/medisch-advies`), 404, /niet gevonden/i);
        const na = await toegangslog(omgeving.t, id);
        expect(na).toHaveLength(voor.length + 1);
        expect(na.at(-1)).toMatchObject({ gebruiker_id: arts.id, rol: 'medischAdviseur', zaak_id: id, gegevens: GEGEVENS, uitkomst: 'geweigerd' });
      }
    });
  });
});
