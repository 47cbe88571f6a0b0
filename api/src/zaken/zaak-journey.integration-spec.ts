import { addDays, todayIso, verschuifNaarWerkdag } from '@woonstart/domain';
import type { ZaakEventType } from '@woonstart/workflow';
import type { ZaakDetail } from './zaak-view.model';
import { besluiten, maakWoning, transities, woningRij, zaakRij, zetOpVersie1 } from '../testing/db-fixtures';
import { GEBRUIKER, NAAM, type DemoEmail } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import {
  DEN_HAAG, WASSENAAR, geldigeZaak, volledigeWeging, voorstelBemiddeling, voorstelZelfZoeken, type GemeenteFixture,
} from '../testing/zaak-fixtures';

/** The life of a case through the HTTP API only, as the web app drives it. */

interface Woning { id: string; corporatieId: string; gemeenteCbs: string; status: string; zaakId: string | null }
interface Gemeente { cbsCode: string; naam: string; inRegio: boolean; centrumregio: string | null }
interface Monitor { gemeenten: Array<{ cbsCode: string; geplaatst: number }> }

const sorteer = (xs: readonly string[]) => [...xs].sort();

/** What a commissielid may do besides the step itself while a case is being assessed (machine version 2). */
const IN_BEHANDELING: ZaakEventType[] = ['INTREKKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN'];
/** In beraad: revise the weighing, transfer, propose the decision. */
const BERAAD: ZaakEventType[] = ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'BESLUIT_VOORSTELLEN', ...IN_BEHANDELING];

/** Real CBS codes outside the region that the seed does not know; the first one still unknown is used. */
const BUITEN_REGIO_KANDIDATEN: GemeenteFixture[] = [
  { cbsCode: '0392', naam: 'Haarlem' }, { cbsCode: '0513', naam: 'Gouda' }, { cbsCode: '0855', naam: 'Tilburg' },
  { cbsCode: '0034', naam: 'Almere' }, { cbsCode: '0014', naam: 'Groningen' }, { cbsCode: '0200', naam: 'Apeldoorn' },
];

describe('zaak journey through the API', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  /** One step: 200, row version +1, the expected state, and the actions the sender may take next. */
  async function stap(email: DemoEmail, vorige: ZaakDetail, type: ZaakEventType, payload: Record<string, unknown> | undefined, state: string, allowed: ZaakEventType[]): Promise<ZaakDetail> {
    const res = await api.stuur(email, vorige, type, payload);
    expect({ type, status: res.status }).toEqual({ type, status: 200 });
    expect({ type, rowVersion: res.body.rowVersion, state: res.body.state }).toEqual({ type, rowVersion: vorige.rowVersion + 1, state });
    expect({ type, allowed: sorteer(res.body.allowedEvents) }).toEqual({ type, allowed: sorteer(allowed) });
    return res.body;
  }

  it('bemiddeling: zorg creates and submits, one commissielid proposes, another approves, the corporatie offers and places', async () => {
    const staedion = await api.gebruiker(GEBRUIKER.staedion);
    // The corporatie's own fresh dwelling: the journey never depends on seed dwellings other specs used.
    const woningId = await maakWoning(omgeving.t, staedion.organisatieId, WASSENAAR.cbsCode);
    const monitorVoor = await api.get<Monitor>(GEBRUIKER.coordinator, '/monitor/overzicht');

    const aanmaak = await api.call<ZaakDetail>(GEBRUIKER.zorgParnassia, 'POST', '/zaken', geldigeZaak({ herkomst: WASSENAAR, categorie: 'GGZ' }));
    expect(aanmaak.status).toBe(201);
    let zaak = aanmaak.body;
    expect(zaak).toMatchObject({ status: 'concept', state: 'concept', rowVersion: 1, weergave: 'volledig', categorie: 'GGZ', behandelendeGemeente: WASSENAAR, indienendeOrganisatie: 'Parnassia Groep', ingediendOp: null });
    expect(sorteer(zaak.allowedEvents)).toEqual(sorteer(['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN']));

    zaak = await stap(GEBRUIKER.zorgParnassia, zaak, 'INDIENEN', undefined, 'ingediend.ontvankelijkheid', ['INTREKKEN']);
    expect(zaak.ingediendOp).toBe(todayIso());
    // Eight weeks (the seeded policy), the last day moved to a working day (Algemene termijnenwet).
    expect(zaak.beslistermijn).toBe(verschuifNaarWerkdag(addDays(todayIso(), 56)).datum);

    zaak = await stap(GEBRUIKER.commissie, zaak, 'ONTVANKELIJK_VERKLAREN', { toelichting: 'Aanvraag is volledig.' }, 'toetsingHerkomst', ['HERKOMST_VASTSTELLEN', ...IN_BEHANDELING]);
    expect(zaak.herkomstvoorstel).toMatchObject({ gemeenteCbs: WASSENAAR.cbsCode, gemeenteNaam: WASSENAAR.naam, regel: 'R1' });
    expect(zaak.herkomstvoorstel!.redenen.length).toBeGreaterThan(0);

    zaak = await stap(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', { gemeenteCbs: zaak.herkomstvoorstel!.gemeenteCbs }, 'wegingWoonstart', ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', ...IN_BEHANDELING]);
    expect(zaak.herkomstgemeente).toEqual(WASSENAAR);

    zaak = await stap(GEBRUIKER.commissie, zaak, 'WEGING_VASTLEGGEN', volledigeWeging({ herkomst: WASSENAAR.cbsCode, motivering: 'Familie en werk in Wassenaar.' }), 'besluitvorming.beraad', BERAAD);
    expect(zaak.woonstartgemeente).toEqual(WASSENAAR);

    // The proposer may send it back but not approve it himself (four eyes).
    zaak = await stap(GEBRUIKER.commissie, zaak, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling('Convenantkandidaat met begeleiding.'), 'besluitvorming.voorgesteld', ['BESLUIT_TERUGSTUREN', ...IN_BEHANDELING]);
    expect(zaak).toMatchObject({ status: 'besluitvorming', route: null });
    expect(sorteer((await api.detailOk(GEBRUIKER.commissie2, zaak.id)).allowedEvents)).toEqual(sorteer(['BESLUIT_GOEDKEUREN', 'BESLUIT_TERUGSTUREN', ...IN_BEHANDELING]));
    zaak = await stap(GEBRUIKER.commissie2, zaak, 'BESLUIT_GOEDKEUREN', { opmerking: 'Eens.' }, 'toegekend.bemiddeling.zoeken', ['INTREKKEN', 'PLAATSINGSPROFIEL_VASTLEGGEN']);
    expect(zaak).toMatchObject({ status: 'toegekend', route: 'bemiddeling' });

    const vrij = await api.get<Woning[]>(GEBRUIKER.staedion, `/woningen?gemeente=${WASSENAAR.cbsCode}&status=beschikbaar`);
    expect(vrij.status).toBe(200);
    expect(vrij.body.map((w) => w.id)).toContain(woningId);
    expect(vrij.body.filter((w) => w.gemeenteCbs !== WASSENAAR.cbsCode || w.status !== 'beschikbaar' || w.corporatieId !== staedion.organisatieId)).toEqual([]);
    const bijCorporatie = await api.detailOk(GEBRUIKER.staedion, zaak.id);
    expect(bijCorporatie.allowedEvents).toEqual(['WONING_AANBIEDEN']);

    zaak = await stap(GEBRUIKER.staedion, bijCorporatie, 'WONING_AANBIEDEN', { woningId, toelichting: 'Benedenwoning, past bij de woonwensen.' }, 'toegekend.bemiddeling.aanbieding', ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_INTREKKEN', 'AANBIEDING_WEIGEREN']);
    expect(zaak.aanbieding).toMatchObject({ woningId, status: 'aangeboden' });
    const aangeboden = await api.get<Woning[]>(GEBRUIKER.staedion, `/woningen?status=aangeboden`);
    expect(aangeboden.body.find((w) => w.id === woningId)).toMatchObject({ status: 'aangeboden', zaakId: zaak.id });

    zaak = await stap(GEBRUIKER.staedion, zaak, 'AANBIEDING_ACCEPTEREN', { toelichting: 'Kandidaat accepteert.' }, 'toegekend.bemiddeling.geaccepteerd', ['AANBIEDING_INTREKKEN', 'PLAATSING_REGISTREREN']);
    const begeleiding = { begeleidingAkkoord: true, begeleidingsafspraak: 'Ambulante begeleiding door Parnassia, wekelijks.' };
    zaak = await stap(GEBRUIKER.staedion, zaak, 'PLAATSING_REGISTREREN', { ingangsdatum: todayIso(), woningId, ...begeleiding }, 'geplaatst', []);
    expect(zaak.status).toBe('geplaatst');

    const verhuurd = await api.get<Woning[]>(GEBRUIKER.staedion, `/woningen?status=verhuurd`);
    expect(verhuurd.body.find((w) => w.id === woningId)).toMatchObject({ status: 'verhuurd', zaakId: zaak.id });
    expect(await woningRij(omgeving.t, woningId)).toMatchObject({ status: 'verhuurd', zaak_id: zaak.id });

    const eind = await api.detailOk(GEBRUIKER.commissie, zaak.id);
    expect(eind).toMatchObject({ status: 'geplaatst', state: 'geplaatst', rowVersion: 10, machineVersion: 3, allowedEvents: [], herkomstgemeente: WASSENAAR, woonstartgemeente: WASSENAAR, route: 'bemiddeling' });
    expect(eind.tijdlijn.map((r) => ({ event: r.event, actorNaam: r.actorNaam, actorRol: r.actorRol, reden: r.reden }))).toEqual([
      { event: 'AANMAKEN', actorNaam: NAAM[GEBRUIKER.zorgParnassia], actorRol: 'zorgmedewerker', reden: null },
      { event: 'INDIENEN', actorNaam: NAAM[GEBRUIKER.zorgParnassia], actorRol: 'zorgmedewerker', reden: null },
      { event: 'ONTVANKELIJK_VERKLAREN', actorNaam: NAAM[GEBRUIKER.commissie], actorRol: 'commissielid', reden: 'Aanvraag is volledig.' },
      { event: 'HERKOMST_VASTSTELLEN', actorNaam: NAAM[GEBRUIKER.commissie], actorRol: 'commissielid', reden: null },
      { event: 'WEGING_VASTLEGGEN', actorNaam: NAAM[GEBRUIKER.commissie], actorRol: 'commissielid', reden: 'Familie en werk in Wassenaar.' },
      { event: 'BESLUIT_VOORSTELLEN', actorNaam: NAAM[GEBRUIKER.commissie], actorRol: 'commissielid', reden: 'Convenantkandidaat met begeleiding.' },
      { event: 'BESLUIT_GOEDKEUREN', actorNaam: NAAM[GEBRUIKER.commissie2], actorRol: 'commissielid', reden: 'Eens.' },
      { event: 'WONING_AANBIEDEN', actorNaam: NAAM[GEBRUIKER.staedion], actorRol: 'corporatiemedewerker', reden: 'Benedenwoning, past bij de woonwensen.' },
      { event: 'AANBIEDING_ACCEPTEREN', actorNaam: NAAM[GEBRUIKER.staedion], actorRol: 'corporatiemedewerker', reden: 'Kandidaat accepteert.' },
      { event: 'PLAATSING_REGISTREREN', actorNaam: NAAM[GEBRUIKER.staedion], actorRol: 'corporatiemedewerker', reden: null },
    ]);
    // Each step starts where the previous one ended.
    eind.tijdlijn.slice(1).forEach((r, i) => expect(r.van).toBe(eind.tijdlijn[i].naar));
    expect(eind.tijdlijn.at(-1)!.naar).toBe('geplaatst');

    const zorgZicht = await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id);
    expect(zorgZicht).toMatchObject({ status: 'geplaatst', allowedEvents: [] });
    const monitorNa = await api.get<Monitor>(GEBRUIKER.coordinator, '/monitor/overzicht');
    const geplaatst = (m: Monitor) => m.gemeenten.find((g) => g.cbsCode === WASSENAAR.cbsCode)!.geplaatst;
    expect(geplaatst(monitorNa.body)).toBe(geplaatst(monitorVoor.body) + 1);
  });

  it('zelf zoeken: toekenning with an urgentieverklaring, the commissie registers the placement', async () => {
    let zaak = await api.brengNaar('besluitvorming');
    expect(zaak.state).toBe('besluitvorming.beraad');
    zaak = await stap(GEBRUIKER.commissie, zaak, 'BESLUIT_VOORSTELLEN', voorstelZelfZoeken([DEN_HAAG.cbsCode], 'Zelfredzaam; urgentieverklaring voor drie maanden.'), 'besluitvorming.voorgesteld', ['BESLUIT_TERUGSTUREN', ...IN_BEHANDELING]);
    zaak = await stap(GEBRUIKER.commissie2, zaak, 'BESLUIT_GOEDKEUREN', undefined, 'toegekend.zelfZoeken.zoekend', ['PLAATSING_REGISTREREN', 'INTREKKEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'VERLENGING_AANVRAGEN']);
    expect(zaak).toMatchObject({ status: 'toegekend', route: 'zelfZoeken' });
    // The urgentieverklaring: its validity and search profile are on the decision.
    const [besluit] = await besluiten(omgeving.t, zaak.id);
    expect(besluit).toMatchObject({ status: 'genomen', route: 'zelfZoeken', geldigheid_maanden: 3, zoekprofiel: { gemeenten: [DEN_HAAG.cbsCode] }, bekendgemaakt_op: todayIso() });
    expect(besluit.geldig_tot! > todayIso()).toBe(true);
    // Zelf zoeken is no candidate for direct mediation: the corporatie does not see it.
    verwachtProbleem(await api.detail(GEBRUIKER.staedion, zaak.id), 404);
    expect(sorteer((await api.detailOk(GEBRUIKER.zorgParnassia, zaak.id)).allowedEvents)).toEqual(['INTREKKEN', 'PLAATSINGSPROFIEL_VASTLEGGEN', 'VERLENGING_AANVRAGEN']);
    expect(zaak.plaatsing?.urgentieverklaring?.nummer).toMatch(/^UV-\d{4}-\d{6}$/);

    const plaatsing = {
      ingangsdatum: todayIso(), adres: 'Hoefkade 12, Den Haag', gemeenteCbs: DEN_HAAG.cbsCode, huurprijs: 645.5,
      begeleidingAkkoord: true, begeleidingsafspraak: 'Wijkteam Centrum, eerste drie maanden.',
    };
    zaak = await stap(GEBRUIKER.commissie, zaak, 'PLAATSING_REGISTREREN', plaatsing, 'geplaatst', []);
    expect(zaak.status).toBe('geplaatst');
    const laatste = (await transities(omgeving.t, zaak.id)).at(-1)!;
    expect(laatste).toMatchObject({ event: 'PLAATSING_REGISTREREN', van_state: 'toegekend.zelfZoeken.zoekend', naar_state: 'geplaatst', payload: { ingangsdatum: todayIso(), adres: 'Hoefkade 12, Den Haag' } });
    expect(zaak.plaatsing?.plaatsing).toMatchObject({ vorm: 'huur', gemeenteNaam: 'Den Haag', huurprijs: 645.5 });
  });

  it('a refused offer returns the dwelling to beschikbaar and the case to zoeken', async () => {
    const staedion = await api.gebruiker(GEBRUIKER.staedion);
    let zaak = await api.detailOk(GEBRUIKER.staedion, (await api.brengNaar('bemiddeling.zoeken', { herkomst: DEN_HAAG })).id);
    const woningId = await maakWoning(omgeving.t, staedion.organisatieId, DEN_HAAG.cbsCode);
    zaak = await stap(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId }, 'toegekend.bemiddeling.aanbieding', ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_INTREKKEN', 'AANBIEDING_WEIGEREN']);
    expect(await woningRij(omgeving.t, woningId)).toMatchObject({ status: 'aangeboden', zaak_id: zaak.id });

    zaak = await stap(GEBRUIKER.staedion, zaak, 'AANBIEDING_WEIGEREN', { reden: 'Te ver van de dagbesteding.' }, 'toegekend.bemiddeling.zoeken', ['WONING_AANBIEDEN']);
    expect(zaak.aanbieding).toBeNull();
    expect(await woningRij(omgeving.t, woningId)).toMatchObject({ status: 'beschikbaar', zaak_id: null });
    const vrij = await api.get<Woning[]>(GEBRUIKER.staedion, `/woningen?gemeente=${DEN_HAAG.cbsCode}&status=beschikbaar`);
    expect(vrij.body.map((w) => w.id)).toContain(woningId);
    expect(zaak.tijdlijn.at(-1)).toMatchObject({ event: 'AANBIEDING_WEIGEREN', reden: 'Te ver van de dagbesteding.', van: 'toegekend.bemiddeling.aanbieding', naar: 'toegekend.bemiddeling.zoeken' });

    // The dwelling is really free again: it can be offered anew.
    zaak = await stap(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId }, 'toegekend.bemiddeling.aanbieding', ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_INTREKKEN', 'AANBIEDING_WEIGEREN']);
    expect(zaak.aanbieding).toMatchObject({ woningId, status: 'aangeboden' });
  });

  it('deviating from the herkomst proposal without motivering is a 422 and changes nothing', async () => {
    const zaak = await api.brengNaar('toetsingHerkomst', { herkomst: DEN_HAAG });
    expect(zaak.herkomstvoorstel?.gemeenteCbs).toBe(DEN_HAAG.cbsCode);
    const voor = { rij: await zaakRij(omgeving.t, zaak.id), transities: (await transities(omgeving.t, zaak.id)).length };

    for (const payload of [{ gemeenteCbs: '0503' }, { gemeenteCbs: '0503', motivering: '   ' }]) {
      verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', payload), 422, /motivering is verplicht/);
    }
    expect({ rij: await zaakRij(omgeving.t, zaak.id), transities: (await transities(omgeving.t, zaak.id)).length }).toEqual(voor);
    expect(voor.rij).toMatchObject({ state: 'toetsingHerkomst', herkomstgemeente: null, row_version: zaak.rowVersion });

    const gemotiveerd = await stap(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', { gemeenteCbs: '0503', motivering: 'Feitelijk woonde aanvrager in Delft; inschrijving Den Haag was administratief.' }, 'wegingWoonstart', ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', ...IN_BEHANDELING]);
    expect(gemotiveerd.herkomstgemeente).toEqual({ cbsCode: '0503', naam: 'Delft' });
    expect(gemotiveerd.tijdlijn.at(-1)!.reden).toMatch(/Feitelijk woonde/);
  });

  it('a herkomstgemeente outside the region from the history is accepted and then listed in GET /gemeenten', async () => {
    const bekend: Array<{ cbs_code: string }> = await omgeving.db.query(`SELECT cbs_code FROM gemeente`);
    const buiten = BUITEN_REGIO_KANDIDATEN.find((g) => !bekend.some((b) => b.cbs_code === g.cbsCode));
    if (!buiten) throw new Error('Alle kandidaat-gemeenten buiten de regio zijn al bekend in deze database');
    const gemeentenVoor = await api.get<Gemeente[]>(GEBRUIKER.commissie, '/gemeenten');
    expect(gemeentenVoor.body.map((g) => g.cbsCode)).not.toContain(buiten.cbsCode);

    const zaak = await api.brengNaar('toetsingHerkomst', { herkomst: buiten });
    expect(zaak.herkomstvoorstel).toMatchObject({ gemeenteCbs: buiten.cbsCode, gemeenteNaam: buiten.naam });
    // Outside the region and not in this person's history: refused, nothing changed.
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', { gemeenteCbs: '0344', motivering: 'Test' }), 422, /onbekend/);
    expect((await zaakRij(omgeving.t, zaak.id))?.row_version).toBe(zaak.rowVersion);

    const vastgesteld = await stap(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', { gemeenteCbs: buiten.cbsCode }, 'wegingWoonstart', ['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', ...IN_BEHANDELING]);
    expect(vastgesteld.herkomstgemeente).toEqual(buiten);
    const gemeentenNa = await api.get<Gemeente[]>(GEBRUIKER.commissie, '/gemeenten');
    expect(gemeentenNa.body).toContainEqual({ cbsCode: buiten.cbsCode, naam: buiten.naam, inRegio: false, centrumregio: null });

    // The woonstart itself must lie in the region; the herkomst outside it is still weighed first.
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, vastgesteld, 'WEGING_VASTLEGGEN', volledigeWeging({ herkomst: buiten.cbsCode, motivering: 'Netwerk daar.' })), 422, /negen gemeenten/);
    const gewogen = await stap(GEBRUIKER.commissie, vastgesteld, 'WEGING_VASTLEGGEN', volledigeWeging({ herkomst: buiten.cbsCode, doel: DEN_HAAG.cbsCode, motivering: 'Opnieuw beginnen in Den Haag, bij de begeleiding.' }), 'besluitvorming.beraad', BERAAD);
    expect(gewogen.toetsing!.wegingen.map((w) => w.weging.kandidaten.map((k) => [k.gemeenteCbs, k.gemeenteNaam, k.bron]))).toEqual([
      [[buiten.cbsCode, buiten.naam, 'herkomst'], [DEN_HAAG.cbsCode, DEN_HAAG.naam, 'commissie']],
    ]);
  });

  it('a case started on machine version 1 finishes on version 1', async () => {
    const staedion = await api.gebruiker(GEBRUIKER.staedion);
    const v2 = await api.brengNaar('besluitvorming');
    // As stored before version 2: the version-1 snapshot of besluitvorming with this case's gemeenten.
    await zetOpVersie1(omgeving.t, v2.id, 'besluitvorming');
    let zaak = await api.detailOk(GEBRUIKER.commissie, v2.id);
    expect(zaak).toMatchObject({ machineVersion: 1, state: 'besluitvorming', rowVersion: v2.rowVersion });
    expect(sorteer(zaak.allowedEvents)).toEqual(sorteer(['TOEKENNEN_BEMIDDELING', 'TOEKENNEN_ZELF_ZOEKEN', 'AFWIJZEN', 'INTREKKEN']));

    // Version 2's decision events do not exist there: refused, nothing written.
    const voor = (await transities(omgeving.t, zaak.id)).length;
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling()), 409, /niet mogelijk/);
    verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'VERDAGEN', { weken: 2, reden: 'Advies nodig.' }), 409);
    expect((await transities(omgeving.t, zaak.id)).length).toBe(voor);
    expect(await besluiten(omgeving.t, zaak.id)).toEqual([]);

    zaak = await stap(GEBRUIKER.commissie, zaak, 'TOEKENNEN_BEMIDDELING', { motivering: 'Convenantkandidaat met begeleiding.' }, 'toegekend.bemiddeling.zoeken', ['INTREKKEN']);
    expect(zaak).toMatchObject({ status: 'toegekend', route: 'bemiddeling', machineVersion: 1 });
    const woningId = await maakWoning(omgeving.t, staedion.organisatieId, DEN_HAAG.cbsCode);
    zaak = await stap(GEBRUIKER.staedion, await api.detailOk(GEBRUIKER.staedion, zaak.id), 'WONING_AANBIEDEN', { woningId }, 'toegekend.bemiddeling.aanbieding', ['AANBIEDING_ACCEPTEREN', 'AANBIEDING_WEIGEREN']);
    const rijen = await transities(omgeving.t, zaak.id);
    expect(rijen.slice(-2).map((r) => [r.event, r.machine_version, r.van_state, r.naar_state])).toEqual([
      ['TOEKENNEN_BEMIDDELING', 1, 'besluitvorming', 'toegekend.bemiddeling.zoeken'],
      ['WONING_AANBIEDEN', 1, 'toegekend.bemiddeling.zoeken', 'toegekend.bemiddeling.aanbieding'],
    ]);
    expect(await zaakRij(omgeving.t, zaak.id)).toMatchObject({ machine_version: 1, state: 'toegekend.bemiddeling.aanbieding' });
  });
});
