import { todayIso, URGENTIECATEGORIE_INFO, URGENTIECATEGORIEEN, type Urgentiecategorie } from '@woonstart/domain';
import type { ZaakDetail } from './zaak-view.model';
import { telRijen, transities, zaakRij } from '../testing/db-fixtures';
import { GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { DELFT, DEN_HAAG, geldigeZaak } from '../testing/zaak-fixtures';

const UITSTROOM = URGENTIECATEGORIEEN.filter((c) => URGENTIECATEGORIE_INFO[c].uitstroom);
const ZELFMELDER = URGENTIECATEGORIEEN.filter((c) => !URGENTIECATEGORIE_INFO[c].uitstroom);

/**
 * Intake by the gemeente: a gemeentemedewerker registers a self-applicant's
 * application (no admission needed), a zorginstelling files only uitstroom;
 * a category that does not fit the channel is a 422 and nothing is stored.
 */
describe('aanvragen via de gemeente', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  const aantalMet = async (achternaam: string) => {
    const [{ n }]: Array<{ n: string }> = await omgeving.db.query(`SELECT count(*) AS n FROM zaak WHERE aanvrager_achternaam = $1`, [achternaam]);
    return Number(n);
  };

  it('a gemeente registers a medical application without an admission: the opnames list may be empty', async () => {
    const lisa = await api.gebruiker(GEBRUIKER.intakeDenHaag);
    expect(lisa).toMatchObject({ naam: 'Lisa Verbeek', rol: 'gemeentemedewerker', organisatieNaam: 'Gemeente Den Haag', organisatieType: 'gemeente', werkgebied: ['0518'] });
    const zaak = await api.maakZaak(GEBRUIKER.intakeDenHaag, geldigeZaak({ categorie: 'MED', zelfmelder: true, achternaam: 'Intake-MED' }));
    expect(zaak).toMatchObject({ categorie: 'MED', status: 'concept', indienendeOrganisatie: 'Gemeente Den Haag', opnames: [], weergave: 'volledig' });
    // No admission: no herkomst proposal, the commissie judges (R3).
    expect(zaak.herkomstvoorstel).toMatchObject({ gemeenteCbs: null, regel: 'R3', vlaggen: ['GEEN_OPNAME'] });
    expect(zaak.tijdlijn).toEqual([expect.objectContaining({ event: 'AANMAKEN', actorNaam: 'Lisa Verbeek', actorRol: 'gemeentemedewerker' })]);
    expect(zaak.allowedEvents.slice().sort()).toEqual(['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN']);
  });

  it.each(ZELFMELDER)('a gemeente may register %s', async (categorie) => {
    const zaak = await api.maakZaak(GEBRUIKER.intakeDenHaag, geldigeZaak({ categorie, zelfmelder: true }));
    expect(zaak.categorie).toBe(categorie);
  });

  it.each(UITSTROOM)('a zorginstelling may file %s', async (categorie) => {
    const zaak = await api.maakZaak(GEBRUIKER.zorgParnassia, geldigeZaak({ categorie }));
    expect(zaak).toMatchObject({ categorie, indienendeOrganisatie: 'Parnassia Groep' });
  });

  it.each<[string, DemoEmail, Urgentiecategorie, string | undefined, string, RegExp]>([
    ['a zorginstelling, medisch urgent', GEBRUIKER.zorgParnassia, 'MED', undefined, 'categorie', /bij de gemeente aangevraagd/],
    ['a zorginstelling, mantelzorg', GEBRUIKER.zorgKessler, 'MZ', undefined, 'categorie', /alleen uitstroomverzoeken/],
    ['a zorginstelling, sociale urgentie', GEBRUIKER.zorgParnassia, 'SOCIAAL', undefined, 'categorie', /alleen uitstroomverzoeken/],
    ['a gemeente, uitstroom Beschermd Wonen', GEBRUIKER.intakeDenHaag, 'BW', undefined, 'categorie', /zorginstelling in/],
    ['a gemeente, uitstroom Maatschappelijke Opvang', GEBRUIKER.intakeDelft, 'MO', DELFT.cbsCode, 'categorie', /zorginstelling in/],
    ['the gemeente Den Haag, for Delft', GEBRUIKER.intakeDenHaag, 'MED', DELFT.cbsCode, 'behandelendeGemeente', /Delft/],
    ['the gemeente Delft, for Den Haag', GEBRUIKER.intakeDelft, 'MZ', DEN_HAAG.cbsCode, 'behandelendeGemeente', /Den Haag/],
  ])('%s → 422 in Dutch on %s, nothing stored', async (_naam, email, categorie, behandelendeGemeente, veld, melding) => {
    const achternaam = `Geweigerd-${Math.random().toString(36).slice(2)}`;
    const zakenVoor = await telRijen(omgeving.t, 'zaak');
    const res = await api.call(email, 'POST', '/zaken', geldigeZaak({ categorie, behandelendeGemeente, achternaam, zelfmelder: email !== GEBRUIKER.zorgParnassia && email !== GEBRUIKER.zorgKessler }));
    const problem = verwachtProbleem(res, 422, melding);
    expect(problem.veld).toBe(veld);
    expect(await aantalMet(achternaam)).toBe(0);
    expect(await telRijen(omgeving.t, 'zaak')).toBe(zakenVoor);
  });

  describe('editing keeps to the same rule', () => {
    it('a zorginstelling cannot turn its uitstroomverzoek into a medical application (422, row unchanged)', async () => {
      const zaak = await api.brengNaar('concept');
      const body = { ...geldigeZaak(), categorie: 'MED' };
      verwachtProbleem(await api.stuur(GEBRUIKER.zorgParnassia, zaak, 'GEGEVENS_WIJZIGEN', body), 422, /gemeente/);
      expect(await zaakRij(omgeving.t, zaak.id)).toMatchObject({ row_version: zaak.rowVersion });
      expect((await transities(omgeving.t, zaak.id)).map((r) => r.event)).toEqual(['AANMAKEN']);
    });

    it('a gemeente may change MED into mantelzorg, not into an uitstroom category', async () => {
      const zaak = await api.brengNaar('concept', { categorie: 'MED', zelfmelder: true });
      verwachtProbleem(await api.stuur(GEBRUIKER.intakeDenHaag, zaak, 'GEGEVENS_WIJZIGEN', { ...geldigeZaak({ categorie: 'GGZ', zelfmelder: true }) }), 422, /zorginstelling/);
      const gewijzigd = await api.stuurOk(GEBRUIKER.intakeDenHaag, zaak, 'GEGEVENS_WIJZIGEN', { ...geldigeZaak({ categorie: 'MZ', zelfmelder: true }) });
      expect(gewijzigd).toMatchObject({ categorie: 'MZ', opnames: [] });
    });
  });

  describe('the gemeente acts on its own cases as a zorginstelling does', () => {
    it('submits, completes on request and withdraws', async () => {
      let zaak: ZaakDetail = await api.brengNaar('aanvullen', { categorie: 'SOCIAAL', zelfmelder: true });
      // brengNaar answers as the commissie, which asked for the completion.
      expect(zaak.allowedEvents.slice().sort()).toEqual(['INTREKKEN', 'VERDAGEN']);
      const eigen = await api.detailOk(GEBRUIKER.intakeDenHaag, zaak.id);
      expect(eigen.allowedEvents.slice().sort()).toEqual(['AANVULLING_INDIENEN', 'GEGEVENS_WIJZIGEN', 'INTREKKEN']);
      zaak = await api.stuurOk(GEBRUIKER.intakeDenHaag, eigen, 'AANVULLING_INDIENEN', { toelichting: 'Verklaring maatschappelijk werk toegevoegd.' });
      expect(zaak.state).toBe('ingediend.ontvankelijkheid');
      zaak = await api.stuurOk(GEBRUIKER.intakeDenHaag, zaak, 'INTREKKEN', { reden: 'Aanvrager heeft via familie woonruimte gevonden.' });
      expect(zaak.status).toBe('ingetrokken');
      expect((await transities(omgeving.t, zaak.id)).filter((r) => r.actor_rol === 'gemeentemedewerker').map((r) => r.event))
        .toEqual(['AANMAKEN', 'INDIENEN', 'AANVULLING_INDIENEN', 'INTREKKEN']);
    });

    it('registers a bezwaar against a refusal of its applicant', async () => {
      const afgewezen = await api.brengNaar('afgewezen', { categorie: 'MZ', zelfmelder: true });
      const eigen = await api.detailOk(GEBRUIKER.intakeDenHaag, afgewezen.id);
      expect(eigen.allowedEvents).toEqual(['BEZWAAR_INDIENEN']);
      const bezwaar = await api.stuurOk(GEBRUIKER.intakeDenHaag, eigen, 'BEZWAAR_INDIENEN', { ontvangenOp: todayIso(), gronden: 'De mantelzorg is dagelijks nodig; de reistijd is te lang.' });
      expect(bezwaar.status).toBe('bezwaar');
      // The besluitbrief is the gemeente's too: it informs its applicant.
      const brief = await api.get(GEBRUIKER.intakeDenHaag, `/zaken/${afgewezen.id}/besluitbrief.pdf`);
      expect(brief.status).toBe(200);
      expect(brief.headers.get('content-type')).toMatch(/^application\/pdf/);
    });

    it('a medical application of the gemeente reaches the medisch adviseur like any MED case', async () => {
      const zaak = await api.brengNaar('besluitvorming', { categorie: 'MED', zelfmelder: true, medischAdvies: false });
      expect((await api.detailOk(GEBRUIKER.arts, zaak.id)).allowedEvents).toEqual(['MEDISCH_ADVIES_UITBRENGEN']);
      expect((await api.detailOk(GEBRUIKER.intakeDenHaag, zaak.id)).medischAdvies).toMatchObject({ status: 'gevraagd' });
    });
  });

  it('the seed has the gemeenten as organisations with their intake users and self-applicants’ cases', async () => {
    const orgs: Array<{ naam: string; werkgebied: string[] }> = await omgeving.db.query(`SELECT naam, werkgebied FROM organisatie WHERE type = 'gemeente' ORDER BY naam`);
    expect(orgs).toHaveLength(9);
    expect(orgs).toEqual(expect.arrayContaining([{ naam: 'Gemeente Den Haag', werkgebied: ['0518'] }, { naam: 'Gemeente Delft', werkgebied: ['0503'] }]));
    const seeded: Array<{ categorie: string; n: string }> = await omgeving.db.query(
      `SELECT z.categorie, count(*) AS n FROM zaak z JOIN organisatie o ON o.id = z.indienende_organisatie_id
        WHERE o.type = 'gemeente' AND z.aanvrager_achternaam NOT LIKE 'Integratie-%' AND z.aanvrager_achternaam NOT LIKE 'Intake-%' AND z.aanvrager_achternaam NOT LIKE 'Geweigerd-%' GROUP BY z.categorie`);
    expect(seeded.map((r) => r.categorie)).toEqual(expect.arrayContaining(['MED', 'MZ', 'SOCIAAL']));
    // No zorginstelling case in the seed is anything but uitstroom.
    const verkeerd: Array<{ n: string }> = await omgeving.db.query(
      `SELECT count(*) AS n FROM zaak z JOIN organisatie o ON o.id = z.indienende_organisatie_id WHERE o.type = 'zorginstelling' AND z.categorie NOT IN ('BW','GGZ','MO','VO','JZ','DET')`);
    expect(Number(verkeerd[0].n)).toBe(0);
  });
});
