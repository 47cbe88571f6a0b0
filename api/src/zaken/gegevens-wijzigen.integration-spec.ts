import { GEBRUIKER } from '../testing/demo-gebruikers';
import { telRijen, transities } from '../testing/db-fixtures';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { geldigeZaak } from '../testing/zaak-fixtures';
import type { ZaakDetail } from './zaak-view.model';

/** A zorginstelling edits its own request while in concept or when asked to complete it; never otherwise. */
describe('GEGEVENS_WIJZIGEN: een verzoek bewerken', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  const gewijzigd = () => ({
    ...geldigeZaak(),
    aanvrager: { voornamen: 'Gewijzigd', achternaam: 'Persoon', geboortedatum: '1985-02-03' },
    huishouden: [{ relatie: 'kind' as const, naam: 'Kind Persoon', geboortedatum: '2015-06-01' }],
    woonwensen: 'Begane grond',
    aantalKamersMin: 2,
  });

  it('replaces the data of a concept, keeps the state, bumps the row version and logs the full payload', async () => {
    const zaak = await api.maakZaak();
    const na = await api.stuurOk(GEBRUIKER.zorgParnassia, zaak, 'GEGEVENS_WIJZIGEN', gewijzigd());
    expect(na.state).toBe('concept');
    expect(na.rowVersion).toBe(zaak.rowVersion + 1);
    expect(na.aanvrager).toMatchObject({ voornamen: 'Gewijzigd', achternaam: 'Persoon', geboortedatum: '1985-02-03' });
    expect(na.huishouden).toEqual([{ relatie: 'kind', naam: 'Kind Persoon', geboortedatum: '2015-06-01' }]);
    expect(na.woonwensen).toBe('Begane grond');
    expect(na.aantalKamersMin).toBe(2);
    const log = await transities(omgeving.t, zaak.id);
    const regel = log.find((r) => r.event === 'GEGEVENS_WIJZIGEN');
    expect(regel).toMatchObject({ van_state: 'concept', naar_state: 'concept', actor_rol: 'zorgmedewerker' });
    expect((regel!.payload as { aanvrager: { voornamen: string } }).aanvrager.voornamen).toBe('Gewijzigd');
    expect(na.allowedEvents).toEqual(expect.arrayContaining(['GEGEVENS_WIJZIGEN', 'INDIENEN']));
  });

  it('is allowed when the committee asked for completion, and then the request can be resubmitted', async () => {
    let zaak: ZaakDetail = await api.brengNaar('ingediend');
    zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'AANVULLING_VRAGEN', { toelichting: 'Geboortedatum klopt niet.' });
    const zorgZicht = await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id);
    expect(zorgZicht.allowedEvents).toEqual(expect.arrayContaining(['GEGEVENS_WIJZIGEN', 'AANVULLING_INDIENEN']));
    const na = await api.stuurOk(GEBRUIKER.zorgParnassia, zorgZicht, 'GEGEVENS_WIJZIGEN', gewijzigd());
    expect(na.state).toBe('ingediend.aanvullen');
    const terug = await api.stuurOk(GEBRUIKER.zorgParnassia, na, 'AANVULLING_INDIENEN', { toelichting: 'Geboortedatum gecorrigeerd.' });
    expect(terug.state).toBe('ingediend.ontvankelijkheid');
  });

  it('is refused (409) once the request is being assessed, and nothing changes', async () => {
    const zaak = await api.brengNaar('toetsingHerkomst');
    const zorgZicht = await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id);
    expect(zorgZicht.allowedEvents).not.toContain('GEGEVENS_WIJZIGEN');
    const voor = await telRijen(omgeving.t, 'zaak_transitie', { kolom: 'zaak_id', waarde: zaak.id });
    verwachtProbleem(await api.stuur(GEBRUIKER.zorgParnassia, zorgZicht, 'GEGEVENS_WIJZIGEN', gewijzigd()), 409, /niet mogelijk/);
    expect(await telRijen(omgeving.t, 'zaak_transitie', { kolom: 'zaak_id', waarde: zaak.id })).toBe(voor);
    expect((await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id)).aanvrager.voornamen).toBe(zorgZicht.aanvrager.voornamen);
  });

  it('is refused for another instelling (404) and for the committee (403)', async () => {
    const zaak = await api.maakZaak();
    verwachtProbleem(await api.stuur(GEBRUIKER.zorgKessler, zaak, 'GEGEVENS_WIJZIGEN', gewijzigd()), 404);
    const ingediend = await api.stuurOk(GEBRUIKER.zorgParnassia, zaak, 'INDIENEN');
    const aanvullen = await api.stuurOk(GEBRUIKER.commissie, ingediend, 'AANVULLING_VRAGEN', { toelichting: 'Plan ontbreekt.' });
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, aanvullen, 'GEGEVENS_WIJZIGEN', gewijzigd()), 403);
  });

  it.each([
    ['a registration ending before it starts', { inschrijvingen: [{ gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres', van: '2020-01-01', tot: '2019-01-01' }] }, 'payload.inschrijvingen.0.tot'],
    ['an unknown categorie', { categorie: 'XYZ' }, 'payload.categorie'],
    ['a birth date in the future', { aanvrager: { voornamen: 'A', achternaam: 'B', geboortedatum: '2999-01-01' } }, 'payload.aanvrager.geboortedatum'],
    ['an unknown field', { geheim: true }, 'payload.geheim'],
  ])('refuses %s with 400 on that field and saves nothing', async (_naam, wijziging, veld) => {
    const zaak = await api.maakZaak();
    const res = await api.stuur(GEBRUIKER.zorgParnassia, zaak, 'GEGEVENS_WIJZIGEN', { ...geldigeZaak(), ...wijziging });
    const probleem = verwachtProbleem(res, 400);
    expect(probleem.fouten?.map((f) => f.veld)).toContain(veld);
    const na = await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id);
    expect(na.rowVersion).toBe(zaak.rowVersion);
  });
});
