import { todayIso } from '@woonstart/domain';
import { maakWoning, telRijen, woningRij } from '../testing/db-fixtures';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import type { ZaakDetail } from '../zaken/zaak-view.model';

/**
 * Principles 3 and 4 through the API: a placement counts against the cap of its
 * gemeente; beyond 100 % only with the regiocoördinator's override (with a
 * motivation, used once); two placements racing for the last free slot cannot
 * both win. Plus offers, refusals under the gemeente's policy, and zelf zoeken.
 */
const PIJNACKER = { cbsCode: '1926', naam: 'Pijnacker-Nootdorp' } as const;
const jaar = Number(todayIso().slice(0, 4));
const plaatsing = { begeleidingAkkoord: true, begeleidingsafspraak: 'Ambulante begeleiding, wekelijks.' };

interface Stand { gebruikt: number; plafond: number; status: string }

describe('plaatsing onder het plafond', () => {
  const omgeving = testOmgeving({
    // Leave room for the specs that run after this one on the same database.
    voorSluiten: async () => {
      await omgeving.api.call(GEBRUIKER.coordinator, 'PUT', `/plaatsingsruimte/${PIJNACKER.cbsCode}/${jaar}`, {
        verwachteMutaties: 10000, verwachteMutatiesOnderAftopping: 5000, aandeel: 0.3, basis: 'sociaal', uitzonderingen: [], motivering: 'Ruimte terug na de integratietest.',
      });
    },
  });
  const api = omgeving.api;

  async function stand(): Promise<Stand> {
    const res = await api.call<{ gemeente: Stand }>(GEBRUIKER.coordinator, 'GET', `/plaatsingsruimte/${PIJNACKER.cbsCode}/${jaar}`);
    expect(res.status).toBe(200);
    return res.body.gemeente;
  }

  /** A cap of exactly `vrij` more placements than are already counted this year. */
  async function zetPlafond(vrij: number): Promise<void> {
    const { gebruikt } = await stand();
    const res = await api.call(GEBRUIKER.coordinator, 'PUT', `/plaatsingsruimte/${PIJNACKER.cbsCode}/${jaar}`, {
      verwachteMutaties: gebruikt + vrij, verwachteMutatiesOnderAftopping: gebruikt + vrij, aandeel: 1, basis: 'sociaal', uitzonderingen: [],
      motivering: 'Integratietest: plafond op de huidige stand plus de vrije plaatsen.',
    });
    expect(res.status).toBe(200);
    expect((await stand()).plafond).toBe(gebruikt + vrij);
  }

  const geaccepteerd = () => api.brengNaar('bemiddeling.geaccepteerd', { woonstart: PIJNACKER });
  const plaats = (zaak: ZaakDetail) => api.stuur(GEBRUIKER.goedeWoning, zaak, 'PLAATSING_REGISTREREN', { ingangsdatum: todayIso(), ...plaatsing });

  it('the 100 % cap cannot be bypassed through the API; an override needs the regiocoördinator and a motivation, and is used once', async () => {
    const [a, b, c] = [await geaccepteerd(), await geaccepteerd(), await geaccepteerd()];
    await zetPlafond(1);
    const eerste = await plaats(a);
    expect(eerste.status).toBe(200);
    expect(eerste.body.status).toBe('geplaatst');
    const voor = await telRijen(omgeving.t, 'zaak_transitie', { kolom: 'zaak_id', waarde: b.id });

    const vol = verwachtProbleem(await plaats(b), 409, /plafond/i);
    expect(vol.detail).toMatch(/regiocoördinator/);
    expect((await api.detailOk(GEBRUIKER.commissie, b.id)).state).toBe('toegekend.bemiddeling.geaccepteerd');
    expect(await telRijen(omgeving.t, 'zaak_transitie', { kolom: 'zaak_id', waarde: b.id })).toBe(voor);
    expect((await stand()).gebruikt).toBe((await stand()).plafond);

    // Wrong role, missing motivation: refused, nothing saved.
    const ontheffing = { zaakId: b.id, gemeenteCbs: PIJNACKER.cbsCode, jaar, motivering: 'Acute situatie: kinderen dakloos, geen alternatief in de regio.' };
    verwachtProbleem(await api.call(GEBRUIKER.goedeWoning, 'POST', '/plaatsingsruimte/ontheffingen', ontheffing), 403);
    verwachtProbleem(await api.call(GEBRUIKER.commissie, 'POST', '/plaatsingsruimte/ontheffingen', ontheffing), 403);
    verwachtProbleem(await api.call(GEBRUIKER.coordinator, 'POST', '/plaatsingsruimte/ontheffingen', { ...ontheffing, motivering: '' }), 400);
    verwachtProbleem(await api.call(GEBRUIKER.coordinator, 'POST', '/plaatsingsruimte/ontheffingen', { ...ontheffing, motivering: undefined }), 400);
    expect((await api.call<unknown[]>(GEBRUIKER.coordinator, 'GET', `/plaatsingsruimte/ontheffingen?jaar=${jaar}`)).body.filter((o) => (o as { zaakId: string }).zaakId === b.id)).toHaveLength(0);

    const verleend = await api.call<{ id: string }>(GEBRUIKER.coordinator, 'POST', '/plaatsingsruimte/ontheffingen', ontheffing);
    expect(verleend.status).toBe(201);
    const tweede = await plaats(b);
    expect(tweede.status).toBe(200);
    expect(tweede.body.plaatsing?.plaatsing?.metOntheffing).toBe(true);
    expect((await stand()).status).toBe('overschreden');

    // The override was for b alone and is used up: c is still refused.
    verwachtProbleem(await plaats(c), 409, /plafond/i);
  });

  it('two placements racing for the last free slot: exactly one wins without an override', async () => {
    const [a, b] = [await geaccepteerd(), await geaccepteerd()];
    await zetPlafond(1);
    const voor = (await stand()).gebruikt;
    const [ra, rb] = await Promise.all([plaats(a), plaats(b)]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    expect((await stand()).gebruikt).toBe(voor + 1);
  });

  it('offering a dwelling that is already offered or let is a 409; placing a case that is not granted is a 409', async () => {
    const eerste = await api.brengNaar('bemiddeling.zoeken', { woonstart: PIJNACKER });
    const tweede = await api.brengNaar('bemiddeling.zoeken', { woonstart: PIJNACKER });
    const goede = await api.gebruiker(GEBRUIKER.goedeWoning);
    const woningId = await maakWoning(omgeving.t, goede.organisatieId, PIJNACKER.cbsCode);
    await api.stuurOk(GEBRUIKER.goedeWoning, eerste, 'WONING_AANBIEDEN', { woningId });
    verwachtProbleem(await api.stuur(GEBRUIKER.goedeWoning, tweede, 'WONING_AANBIEDEN', { woningId }), 409, /niet meer beschikbaar/);
    expect((await woningRij(omgeving.t, woningId))?.zaak_id).toBe(eerste.id);

    const lopend = await api.brengNaar('besluitvorming');
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, lopend, 'PLAATSING_REGISTREREN', { ingangsdatum: todayIso(), ...plaatsing }), 409);
  });

  it('a placement without accepted support is refused with a Dutch 400 and saves nothing', async () => {
    await zetPlafond(5);
    const zaak = await geaccepteerd();
    const plaatsingen = await telRijen(omgeving.t, 'zaak_transitie', { kolom: 'zaak_id', waarde: zaak.id });
    const res = await api.stuur(GEBRUIKER.goedeWoning, zaak, 'PLAATSING_REGISTREREN', { ingangsdatum: todayIso(), begeleidingAkkoord: false, begeleidingsafspraak: 'Geen' });
    verwachtProbleem(res, 422, /begeleiding/);
    expect(await telRijen(omgeving.t, 'zaak_transitie', { kolom: 'zaak_id', waarde: zaak.id })).toBe(plaatsingen);
  });

  it('a refusal follows the gemeente policy (default: a warning, back to searching, the dwelling free again); a second offer can follow', async () => {
    await zetPlafond(5);
    const zaak = await api.brengNaar('bemiddeling.aanbieding', { woonstart: PIJNACKER });
    const woningId = zaak.plaatsing!.aanbiedingen.at(-1)!.woningId;
    const na = await api.stuurOk(GEBRUIKER.zorgParnassia, zaak, 'AANBIEDING_WEIGEREN', { reden: 'Te ver van de dagbesteding.', gegrond: true });
    expect(na.state).toBe('toegekend.bemiddeling.zoeken');
    const geweigerd = na.plaatsing!.aanbiedingen.at(-1)!;
    // The applicant's side cannot declare its own refusal grounded: the policy applies.
    expect(geweigerd).toMatchObject({ uitkomst: 'geweigerd', gegrond: false, gevolg: 'waarschuwing' });
    expect((await woningRij(omgeving.t, woningId))?.status).toBe('beschikbaar');

    const goede = await api.gebruiker(GEBRUIKER.goedeWoning);
    const tweedeWoning = await maakWoning(omgeving.t, goede.organisatieId, PIJNACKER.cbsCode);
    const tweede = await api.stuurOk(GEBRUIKER.goedeWoning, na, 'WONING_AANBIEDEN', { woningId: tweedeWoning, reactietermijnDagen: 5 });
    expect(tweede.plaatsing!.aanbiedingen).toHaveLength(2);
    const geaccepteerdeZaak = await api.stuurOk(GEBRUIKER.zorgParnassia, tweede, 'AANBIEDING_ACCEPTEREN');
    const geplaatst = await api.stuurOk(GEBRUIKER.goedeWoning, geaccepteerdeZaak, 'PLAATSING_REGISTREREN', { ingangsdatum: todayIso(), ...plaatsing });
    expect(geplaatst.status).toBe('geplaatst');
    expect(geplaatst.plaatsing!.plaatsing).toMatchObject({ vorm: 'huur', gemeenteNaam: 'Pijnacker-Nootdorp' });
    expect((await woningRij(omgeving.t, tweedeWoning))?.status).toBe('verhuurd');
  });

  it('a dwelling that does not fit is refused with the reasons; matching lists them both ways', async () => {
    await zetPlafond(5);
    const zaak = await api.brengNaar('bemiddeling.zoeken', { woonstart: PIJNACKER });
    const goede = await api.gebruiker(GEBRUIKER.goedeWoning);
    const duur = await maakWoning(omgeving.t, goede.organisatieId, PIJNACKER.cbsCode, { huurprijs: 950 });
    const res = await api.stuur(GEBRUIKER.goedeWoning, zaak, 'WONING_AANBIEDEN', { woningId: duur });
    verwachtProbleem(res, 422, /liberalisatiegrens/);
    expect((await woningRij(omgeving.t, duur))?.status).toBe('beschikbaar');

    const matches = await api.call<{ woningen: Array<{ woning: { id: string }; beoordeling: { passend: boolean; uitsluitingen: Array<{ code: string }> } }> }>(GEBRUIKER.goedeWoning, 'GET', `/zaken/${zaak.id}/woningmatches`);
    expect(matches.status).toBe(200);
    const duurMatch = matches.body.woningen.find((w) => w.woning.id === duur)!;
    expect(duurMatch.beoordeling.passend).toBe(false);
    expect(duurMatch.beoordeling.uitsluitingen.map((u) => u.code)).toContain('HUUR_LIBERALISATIEGRENS');
    const passend = matches.body.woningen.findIndex((w) => w.beoordeling.passend);
    expect(passend).toBe(0);

    const kandidaten = await api.call<{ kandidaten: Array<{ zaakId: string; beoordeling: { passend: boolean } }> }>(GEBRUIKER.goedeWoning, 'GET', `/woningen/${duur}/kandidaten`);
    expect(kandidaten.status).toBe(200);
    expect(kandidaten.body.kandidaten.find((k) => k.zaakId === zaak.id)?.beoordeling.passend).toBe(false);
    // Another corporatie's dwelling does not exist for Staedion.
    verwachtProbleem(await api.call(GEBRUIKER.staedion, 'GET', `/woningen/${duur}/kandidaten`), 404);
  });

  it('zelf zoeken: an urgentieverklaring with a number; a corporatie registers the placement by that number', async () => {
    await zetPlafond(5);
    const zaak = await api.brengNaar('zelfZoeken', { woonstart: PIJNACKER });
    const verklaring = zaak.plaatsing!.urgentieverklaring!;
    expect(verklaring.nummer).toMatch(/^UV-\d{4}-\d{6}$/);
    expect(zaak.state).toBe('toegekend.zelfZoeken.zoekend');
    const body = {
      nummer: verklaring.nummer, gemeenteCbs: PIJNACKER.cbsCode, wijkCode: 'WK192601', adres: 'Stationsstraat 4, 2641 AA Pijnacker',
      huurprijs: 655.1, ingangsdatum: todayIso(), begeleidingAkkoord: true, begeleidingsafspraak: 'Wijkteam, eerste drie maanden.',
    };
    verwachtProbleem(await api.call(GEBRUIKER.goedeWoning, 'POST', '/plaatsingen/urgentieverklaring', { ...body, nummer: 'UV-1999-000000' }), 404);
    verwachtProbleem(await api.call(GEBRUIKER.staedion, 'POST', '/plaatsingen/urgentieverklaring', body), 422, /werkgebied/);
    const res = await api.call<{ plaatsing: { zaakId: string; gemeenteCbs: string } }>(GEBRUIKER.goedeWoning, 'POST', '/plaatsingen/urgentieverklaring', body);
    expect(res.status).toBe(201);
    expect(res.body.plaatsing).toMatchObject({ zaakId: zaak.id, gemeenteCbs: PIJNACKER.cbsCode });
    expect((await api.detailOk(GEBRUIKER.commissie, zaak.id)).status).toBe('geplaatst');
  });

  it('a placement without a case counts too; bad input is refused in Dutch and saves nothing', async () => {
    await zetPlafond(1);
    const body = { doelgroep: 'STATUSHOUDER', gemeenteCbs: PIJNACKER.cbsCode, wijkCode: 'WK192602', adres: 'Dorpsstraat 1, Nootdorp', huurprijs: 601, ingangsdatum: todayIso() };
    verwachtProbleem(await api.call(GEBRUIKER.goedeWoning, 'POST', '/plaatsingen', { ...body, huurprijs: 'zeshonderd' }), 400);
    verwachtProbleem(await api.call(GEBRUIKER.goedeWoning, 'POST', '/plaatsingen', { ...body, wijkCode: 'WK051801' }), 422, /hoort niet bij/);
    expect((await api.call(GEBRUIKER.goedeWoning, 'POST', '/plaatsingen', body)).status).toBe(201);
    verwachtProbleem(await api.call(GEBRUIKER.goedeWoning, 'POST', '/plaatsingen', body), 409, /plafond/i);
  });
});
