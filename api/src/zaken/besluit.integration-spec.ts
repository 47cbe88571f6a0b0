import { addDays, todayIso, verschuifNaarWerkdag } from '@woonstart/domain';
import type { ZaakEventType } from '@woonstart/workflow';
import type { ZaakDetail } from './zaak-view.model';
import {
  besluiten, bezwaren, dagenTerug, maakZaakOp, stuurOp, taken, telRijen, transities, zaakRij, zienswijzen,
} from '../testing/db-fixtures';
import { GEBRUIKER, NAAM } from '../testing/demo-gebruikers';
import { velden, verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import type { Gebruiker } from '../testing/woonstart-api';
import {
  DEN_HAAG, MIDDEN_DELFLAND, geldigeZaak, volledigeWeging, voorstelAfwijzing, voorstelBemiddeling, voorstelZelfZoeken,
} from '../testing/zaak-fixtures';

/**
 * The decision on machine version 2: proposed by one commissielid and approved by
 * another (four eyes, off in Midden-Delfland by policy), checked as a whole before
 * it is saved, a zienswijze first when a refusal rests on facts the applicant did
 * not give (Awb 4:7), and bezwaar against a refusal (Awb 6:7, 7:10).
 */

const sorteer = (xs: readonly string[]) => [...xs].sort();
const werkdag = (datum: string): string => verschuifNaarWerkdag(datum).datum;
/** Besides the decision itself, what a commissielid may do while it is being decided. */
const IN_BEHANDELING: ZaakEventType[] = ['INTREKKEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN'];

describe('besluit: four eyes, checked proposals, zienswijze and bezwaar', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let pieter: Gebruiker;
  let noor: Gebruiker;

  beforeAll(async () => {
    pieter = await api.gebruiker(GEBRUIKER.commissie);
    noor = await api.gebruiker(GEBRUIKER.commissie2);
  });

  /** The zienswijze jobs of a case (deadline jobs are covered in beslistermijn-taken.integration-spec.ts). */
  const zienswijzeTaken = async (zaakId: string) => (await taken(omgeving.t, zaakId)).filter((x) => x.soort === 'ZIENSWIJZETERMIJN_VERSTREKEN');

  const stand = async (zaak: { id: string }) => ({
    rij: await zaakRij(omgeving.t, zaak.id),
    transities: (await transities(omgeving.t, zaak.id)).length,
    besluiten: await besluiten(omgeving.t, zaak.id),
    bezwaren: await bezwaren(omgeving.t, zaak.id),
    outbox: await telRijen(omgeving.t, 'outbox', { kolom: 'zaak_id', waarde: zaak.id }),
  });

  async function verwachtOngewijzigd(zaak: ZaakDetail, actie: () => Promise<void>): Promise<void> {
    const voor = await stand(zaak);
    expect(voor.rij?.row_version).toBe(zaak.rowVersion);
    await actie();
    expect(await stand(zaak)).toEqual(voor);
  }

  describe('four eyes', () => {
    it('the proposer is not offered the approval and is refused it (409); another commissielid approves and the decision is taken', async () => {
      const beraad = await api.brengNaar('besluitvorming');
      expect(beraad.toetsing!.beleid!.vierOgen).toBe(true);
      const voorgesteld = await api.stuurOk(GEBRUIKER.commissie, beraad, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling('Convenantkandidaat met begeleiding.'));
      expect(voorgesteld).toMatchObject({ status: 'besluitvorming', state: 'besluitvorming.voorgesteld', route: null });
      expect(sorteer(voorgesteld.allowedEvents)).toEqual(sorteer(['BESLUIT_TERUGSTUREN', ...IN_BEHANDELING]));
      expect(await besluiten(omgeving.t, beraad.id)).toEqual([expect.objectContaining({
        uitkomst: 'toekennen', route: 'bemiddeling', gronden: [], status: 'voorgesteld', voorgesteld_door: pieter.id, goedgekeurd_door: null, bekendgemaakt_op: null,
      })]);
      expect(voorgesteld.toetsing!.besluiten).toEqual([expect.objectContaining({ status: 'voorgesteld', voorgesteldDoor: pieter.id, goedgekeurdOp: null, motivering: 'Convenantkandidaat met begeleiding.' })]);

      await verwachtOngewijzigd(voorgesteld, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, voorgesteld, 'BESLUIT_GOEDKEUREN', { opmerking: 'Zelf akkoord.' }), 409, /goedkeuren.*niet mogelijk/i);
      });

      const bijNoor = await api.detailOk(GEBRUIKER.commissie2, beraad.id);
      expect(bijNoor.allowedEvents).toContain('BESLUIT_GOEDKEUREN');
      const genomen = await api.stuurOk(GEBRUIKER.commissie2, bijNoor, 'BESLUIT_GOEDKEUREN', { opmerking: 'Akkoord.' });
      expect(genomen).toMatchObject({ status: 'toegekend', state: 'toegekend.bemiddeling.zoeken', route: 'bemiddeling' });
      expect(await besluiten(omgeving.t, beraad.id)).toEqual([expect.objectContaining({
        status: 'genomen', voorgesteld_door: pieter.id, goedgekeurd_door: noor.id, bekendgemaakt_op: todayIso(), geldig_tot: null,
      })]);
      expect(genomen.tijdlijn.slice(-2).map((r) => [r.event, r.actorNaam])).toEqual([
        ['BESLUIT_VOORSTELLEN', NAAM[GEBRUIKER.commissie]], ['BESLUIT_GOEDKEUREN', NAAM[GEBRUIKER.commissie2]],
      ]);
      // The approver the server recorded is the caller, whatever the body says.
      expect((await transities(omgeving.t, beraad.id)).at(-1)).toMatchObject({ event: 'BESLUIT_GOEDKEUREN', actor_id: noor.id, payload: { actorId: noor.id, opmerking: 'Akkoord.' } });
    });

    it('an approval cannot name another approver: actorId in the payload is refused (400)', async () => {
      const voorgesteld = await api.brengNaar('voorgesteld');
      await verwachtOngewijzigd(voorgesteld, async () => {
        const p = verwachtProbleem(await api.stuur(GEBRUIKER.commissie, voorgesteld, 'BESLUIT_GOEDKEUREN', { actorId: noor.id }), 400);
        expect(velden(p)).toEqual(['payload.actorId']);
      });
    });

    it('BESLUIT_TERUGSTUREN returns the proposal to beraad (kept as teruggestuurd); a new proposal by the other member is approved by the first', async () => {
      const voorgesteld = await api.brengNaar('voorgesteld');
      const terug = await api.stuurOk(GEBRUIKER.commissie2, voorgesteld, 'BESLUIT_TERUGSTUREN', { reden: 'Eerst de zelfredzaamheid beoordelen.' });
      expect(terug.state).toBe('besluitvorming.beraad');
      expect(terug.tijdlijn.at(-1)).toMatchObject({ event: 'BESLUIT_TERUGSTUREN', reden: 'Eerst de zelfredzaamheid beoordelen.', actorNaam: NAAM[GEBRUIKER.commissie2] });
      expect((await besluiten(omgeving.t, voorgesteld.id)).map((b) => b.status)).toEqual(['teruggestuurd']);

      const opnieuw = await api.stuurOk(GEBRUIKER.commissie2, terug, 'BESLUIT_VOORSTELLEN', voorstelZelfZoeken([DEN_HAAG.cbsCode]));
      expect((await api.detailOk(GEBRUIKER.commissie2, opnieuw.id)).allowedEvents).not.toContain('BESLUIT_GOEDKEUREN');
      const genomen = await api.stuurOk(GEBRUIKER.commissie, await api.detailOk(GEBRUIKER.commissie, opnieuw.id), 'BESLUIT_GOEDKEUREN');
      expect(genomen).toMatchObject({ state: 'toegekend.zelfZoeken.zoekend', route: 'zelfZoeken' });
      const rijen = await besluiten(omgeving.t, voorgesteld.id);
      expect(rijen.map((b) => [b.status, b.route, b.voorgesteld_door, b.goedgekeurd_door])).toEqual([
        ['teruggestuurd', 'bemiddeling', pieter.id, null],
        ['genomen', 'zelfZoeken', noor.id, pieter.id],
      ]);
      expect(rijen[1]).toMatchObject({ geldigheid_maanden: 3, zoekprofiel: { gemeenten: [DEN_HAAG.cbsCode], woningtypen: ['Appartement', 'Studio'], maxHuur: null } });
      expect(rijen[1].geldig_tot! > todayIso()).toBe(true);
    });

    it('in Midden-Delfland four eyes is off by policy: the proposer may approve his own proposal', async () => {
      const beraad = await api.brengNaar('besluitvorming', { herkomst: MIDDEN_DELFLAND });
      expect(beraad.behandelendeGemeente).toEqual(MIDDEN_DELFLAND);
      expect(beraad.toetsing!.beleid).toMatchObject({ gemeenteCbs: MIDDEN_DELFLAND.cbsCode, vierOgen: false });
      const voorgesteld = await api.stuurOk(GEBRUIKER.commissie, beraad, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling());
      expect(voorgesteld.allowedEvents).toContain('BESLUIT_GOEDKEUREN');
      const genomen = await api.stuurOk(GEBRUIKER.commissie, voorgesteld, 'BESLUIT_GOEDKEUREN');
      expect(genomen).toMatchObject({ state: 'toegekend.bemiddeling.zoeken', route: 'bemiddeling' });
      expect(await besluiten(omgeving.t, beraad.id)).toEqual([expect.objectContaining({ status: 'genomen', voorgesteld_door: pieter.id, goedgekeurd_door: pieter.id })]);
    });
  });

  describe('an invalid proposal is a 422 with Dutch field messages, and nothing is saved', () => {
    const zaak = {} as Record<'beraad' | 'zonderBegeleiding' | 'medZonderAdvies', ZaakDetail>;
    beforeAll(async () => {
      zaak.beraad = await api.brengNaar('besluitvorming');
      zaak.zonderBegeleiding = await api.brengNaar('besluitvorming', { begeleidingAkkoord: false });
      zaak.medZonderAdvies = await api.brengNaar('besluitvorming', { categorie: 'MED' });
    });

    const ONGELDIG: ReadonlyArray<{ naam: string; casus: keyof typeof zaak; voorstel: Record<string, unknown>; veld: string; melding: RegExp }> = [
      { naam: 'a grant without a route', casus: 'beraad', voorstel: { uitkomst: 'toekennen', motivering: 'Urgent.' }, veld: 'route', melding: /Kies de route/ },
      { naam: 'bemiddeling without accepted support', casus: 'zonderBegeleiding', voorstel: voorstelBemiddeling(), veld: 'route', melding: /begeleiding heeft aanvaard/ },
      { naam: 'a refusal without grounds', casus: 'beraad', voorstel: { uitkomst: 'afwijzen', motivering: 'Niet urgent.' }, veld: 'gronden', melding: /ten minste één afwijzingsgrond/ },
      { naam: 'a refusal on a ground the law forbids', casus: 'beraad', voorstel: voorstelAfwijzing({ gronden: ['GEEN_WONING_ACHTERGELATEN'] }), veld: 'gronden.0', melding: /geen toegestane afwijzingsgrond/ },
      { naam: 'a refusal on an unknown ground', casus: 'beraad', voorstel: voorstelAfwijzing({ gronden: ['GEEN_ZIN'] }), veld: 'gronden.0', melding: /onbekend/ },
      { naam: 'a refusal with a route', casus: 'beraad', voorstel: { ...voorstelAfwijzing(), route: 'bemiddeling' }, veld: 'route', melding: /afwijzing heeft geen route/ },
      { naam: 'a grant with grounds', casus: 'beraad', voorstel: { ...voorstelBemiddeling(), gronden: ['GEEN_URGENT_PROBLEEM'] }, veld: 'gronden', melding: /toekenning heeft geen afwijzingsgronden/ },
      { naam: 'zelf zoeken with a gemeente outside the region', casus: 'beraad', voorstel: voorstelZelfZoeken(['0599']), veld: 'zoekprofiel.gemeenten.0', melding: /hoort niet bij de regio Haaglanden/ },
      { naam: 'zelf zoeken without a search profile', casus: 'beraad', voorstel: { uitkomst: 'toekennen', route: 'zelfZoeken', motivering: 'Zelfredzaam.' }, veld: 'zoekprofiel', melding: /zoekprofiel/ },
      { naam: 'a blank motivation', casus: 'beraad', voorstel: voorstelBemiddeling('   '), veld: 'motivering', melding: /Awb 3:46/ },
    ];

    // The machine refuses a proposal while medical advice is outstanding, before any rule looks at the payload.
    it('a MED case before the medical advice is a 409, and nothing is saved', async () => {
      await verwachtOngewijzigd(zaak.medZonderAdvies, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak.medZonderAdvies, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling()), 409, /niet mogelijk/);
      });
      expect(await besluiten(omgeving.t, zaak.medZonderAdvies.id)).toEqual([]);
    });

    it.each(ONGELDIG)('$naam', async ({ casus, voorstel, veld, melding }) => {
      await verwachtOngewijzigd(zaak[casus], async () => {
        const probleem = verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak[casus], 'BESLUIT_VOORSTELLEN', voorstel), 422, melding);
        expect(velden(probleem)).toContain(veld);
      });
      expect(await besluiten(omgeving.t, zaak[casus].id)).toEqual([]);
    });

    it('the MED case does not even offer the proposal until the advice is in', async () => {
      expect(zaak.medZonderAdvies.toetsing!.medischAdvies).toMatchObject({ status: 'gevraagd' });
      expect(zaak.medZonderAdvies.allowedEvents).not.toContain('BESLUIT_VOORSTELLEN');
      expect(zaak.beraad.allowedEvents).toContain('BESLUIT_VOORSTELLEN');
    });

    it('the same cases accept a valid proposal (so each refusal above was about its one fault)', async () => {
      expect((await api.stuurOk(GEBRUIKER.commissie, zaak.beraad, 'BESLUIT_VOORSTELLEN', voorstelAfwijzing({ gronden: ['GEEN_URGENT_PROBLEEM', 'ANDERS_OPLOSBAAR'] }))).state).toBe('besluitvorming.voorgesteld');
      expect((await api.stuurOk(GEBRUIKER.commissie, zaak.zonderBegeleiding, 'BESLUIT_VOORSTELLEN', voorstelZelfZoeken([DEN_HAAG.cbsCode]))).state).toBe('besluitvorming.voorgesteld');
    });
  });

  describe('zienswijze (Awb 4:7)', () => {
    it('a refusal on facts the applicant did not give goes to zienswijze on approval; the zienswijze returns it to beraad; then the refusal is taken', async () => {
      const beraad = await api.brengNaar('besluitvorming');
      const voorgesteld = await api.stuurOk(GEBRUIKER.commissie, beraad, 'BESLUIT_VOORSTELLEN', voorstelAfwijzing({ gronden: ['ANDERS_OPLOSBAAR'], steuntOpFeitenNietVanAanvrager: true }));
      expect(await besluiten(omgeving.t, beraad.id)).toEqual([expect.objectContaining({ uitkomst: 'afwijzen', gronden: ['ANDERS_OPLOSBAAR'], zienswijze_nodig: true, status: 'voorgesteld' })]);

      const zienswijze = await api.stuurOk(GEBRUIKER.commissie2, voorgesteld, 'BESLUIT_GOEDKEUREN');
      // Fourteen days (the seeded policy) from the day after, ending on a working day.
      const termijnTot = werkdag(addDays(todayIso(), 14));
      expect(zienswijze).toMatchObject({ status: 'besluitvorming', state: 'besluitvorming.zienswijze' });
      expect(sorteer(zienswijze.allowedEvents)).toEqual(sorteer(['ZIENSWIJZE_ONTVANGEN', ...IN_BEHANDELING]));
      const [besluit] = await besluiten(omgeving.t, beraad.id);
      expect(besluit).toMatchObject({ status: 'zienswijze', goedgekeurd_door: noor.id, bekendgemaakt_op: null });
      expect(await zienswijzen(omgeving.t, beraad.id)).toEqual([{ besluit_id: besluit.id, gevraagd_op: todayIso(), termijn_tot: termijnTot, inhoud: null, ontvangen_op: null }]);
      expect(zienswijze.toetsing!.zienswijzen).toEqual([{ gevraagdOp: todayIso(), termijnTot, inhoud: null, ontvangenOp: null }]);
      expect((await zienswijzeTaken(beraad.id)).map((x) => [x.soort, x.status, new Date(x.uitvoeren_op).toISOString()])).toEqual([
        ['ZIENSWIJZETERMIJN_VERSTREKEN', 'gepland', `${addDays(termijnTot, 1)}T00:00:00.000Z`],
      ]);

      const terug = await api.stuurOk(GEBRUIKER.commissie, zienswijze, 'ZIENSWIJZE_ONTVANGEN', { inhoud: 'Mijn zus kan mij niet opvangen; zij woont zelf op een kamer.' });
      expect(terug.state).toBe('besluitvorming.beraad');
      expect(await zienswijzen(omgeving.t, beraad.id)).toEqual([expect.objectContaining({ inhoud: 'Mijn zus kan mij niet opvangen; zij woont zelf op een kamer.', ontvangen_op: todayIso() })]);
      expect((await zienswijzeTaken(beraad.id)).map((x) => x.status)).toEqual(['vervallen']);
      expect((await besluiten(omgeving.t, beraad.id)).map((b) => b.status)).toEqual(['teruggestuurd']);

      // Heard once: the same refusal needs no second zienswijze and is taken on approval.
      const opnieuw = await api.stuurOk(GEBRUIKER.commissie, terug, 'BESLUIT_VOORSTELLEN', voorstelAfwijzing({ gronden: ['ANDERS_OPLOSBAAR'], steuntOpFeitenNietVanAanvrager: true, motivering: 'Ook na de zienswijze: met hulp van de gemeente op te lossen.' }));
      const afgewezen = await api.stuurOk(GEBRUIKER.commissie2, opnieuw, 'BESLUIT_GOEDKEUREN');
      expect(afgewezen).toMatchObject({ status: 'afgewezen', state: 'afgewezen', route: null });
      expect(afgewezen.allowedEvents).toEqual(['BEZWAAR_INDIENEN']);
      expect((await besluiten(omgeving.t, beraad.id)).map((b) => [b.status, b.zienswijze_nodig, b.bekendgemaakt_op])).toEqual([
        ['teruggestuurd', true, null], ['genomen', false, todayIso()],
      ]);
      expect(afgewezen.tijdlijn.map((r) => r.event).slice(-5)).toEqual(['BESLUIT_VOORSTELLEN', 'BESLUIT_GOEDKEUREN', 'ZIENSWIJZE_ONTVANGEN', 'BESLUIT_VOORSTELLEN', 'BESLUIT_GOEDKEUREN']);
    });

    it('a refusal on the applicant\'s own facts is taken at once', async () => {
      const afgewezen = await api.brengNaar('afgewezen');
      expect(afgewezen.state).toBe('afgewezen');
      expect(await zienswijzen(omgeving.t, afgewezen.id)).toEqual([]);
      expect(await besluiten(omgeving.t, afgewezen.id)).toEqual([expect.objectContaining({ uitkomst: 'afwijzen', status: 'genomen', zienswijze_nodig: false, bekendgemaakt_op: todayIso() })]);
    });
  });

  describe('bezwaar', () => {
    it('in time: registered with its term; gegrond sends the case back to beraad with the earlier decision kept, and a new decision follows', async () => {
      const afgewezen = await api.brengNaar('afgewezen');
      const [besluit] = await besluiten(omgeving.t, afgewezen.id);
      const bezwaar = await api.stuurOk(GEBRUIKER.zorgParnassia, afgewezen, 'BEZWAAR_INDIENEN', { ontvangenOp: todayIso(), gronden: 'Er is geen netwerk om bij te wonen.' });
      expect(bezwaar).toMatchObject({ status: 'bezwaar', state: 'bezwaar' });
      const [rij] = await bezwaren(omgeving.t, afgewezen.id);
      expect(rij).toMatchObject({ besluit_id: besluit.id, ontvangen_op: todayIso(), tijdig: true, motivering_te_laat: null, uitkomst: null });
      // Awb 7:10 with an advisory committee: twelve weeks after the six-week objection term.
      expect(rij.beslistermijn >= addDays(todayIso(), 42 + 84)).toBe(true);
      expect(rij.beslistermijn <= addDays(todayIso(), 42 + 84 + 7)).toBe(true);
      expect(bezwaar.toetsing!.bezwaren).toEqual([expect.objectContaining({ ontvangenOp: todayIso(), tijdig: true, uitkomst: null, beslistermijn: rij.beslistermijn })]);
      expect(sorteer((await api.detailOk(GEBRUIKER.commissie, afgewezen.id)).allowedEvents)).toEqual(sorteer(['BEZWAAR_GEGROND', 'BEZWAAR_ONGEGROND', 'BEZWAAR_NIET_ONTVANKELIJK']));

      const heropend = await api.stuurOk(GEBRUIKER.commissie, await api.detailOk(GEBRUIKER.commissie, afgewezen.id), 'BEZWAAR_GEGROND', { motivering: 'De commissie heeft het netwerk overschat.' });
      expect(heropend).toMatchObject({ status: 'besluitvorming', state: 'besluitvorming.beraad', route: null });
      expect(heropend.allowedEvents).toContain('BESLUIT_VOORSTELLEN');
      expect(await bezwaren(omgeving.t, afgewezen.id)).toEqual([expect.objectContaining({ uitkomst: 'gegrond', motivering: 'De commissie heeft het netwerk overschat.', besloten_op: todayIso() })]);
      expect(heropend.toetsing!.besluiten).toEqual([expect.objectContaining({ id: besluit.id, uitkomst: 'afwijzen', status: 'genomen' })]);

      const voorgesteld = await api.stuurOk(GEBRUIKER.commissie, heropend, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling('Na bezwaar: toch urgent, directe bemiddeling.'));
      const toegekend = await api.stuurOk(GEBRUIKER.commissie2, voorgesteld, 'BESLUIT_GOEDKEUREN');
      expect(toegekend).toMatchObject({ status: 'toegekend', route: 'bemiddeling' });
      expect((await besluiten(omgeving.t, afgewezen.id)).map((b) => [b.uitkomst, b.status])).toEqual([['afwijzen', 'genomen'], ['toekennen', 'genomen']]);
    });

    it.each([
      ['BEZWAAR_ONGEGROND', 'ongegrond'],
      ['BEZWAAR_NIET_ONTVANKELIJK', 'nietOntvankelijk'],
    ] as const)('%s ends the case as definitiefAfgewezen', async (event, uitkomst) => {
      const bezwaar = await api.brengNaar('bezwaar');
      expect(bezwaar.state).toBe('bezwaar');
      const eind = await api.stuurOk(GEBRUIKER.commissie, bezwaar, event, { motivering: 'Het bezwaar brengt geen nieuwe feiten.' });
      expect(eind).toMatchObject({ status: 'definitiefAfgewezen', state: 'definitiefAfgewezen', allowedEvents: [] });
      expect(await bezwaren(omgeving.t, bezwaar.id)).toEqual([expect.objectContaining({ uitkomst, besloten_op: todayIso() })]);
      expect((await api.detailOk(GEBRUIKER.zorgParnassia, bezwaar.id)).allowedEvents).toEqual([]);
    });

    it('late: without a motivation a 422 and nothing saved; with one it is admitted and stored as not in time', async () => {
      // A refusal made known 75 days ago, decided through the same command path on those days.
      const zorg = await api.gebruiker(GEBRUIKER.zorgParnassia);
      const id = await maakZaakOp(omgeving.t, geldigeZaak(), zorg, dagenTerug(82));
      await stuurOp(omgeving.t, id, { type: 'INDIENEN' }, zorg, dagenTerug(81));
      await stuurOp(omgeving.t, id, { type: 'ONTVANKELIJK_VERKLAREN' }, pieter, dagenTerug(80));
      await stuurOp(omgeving.t, id, { type: 'HERKOMST_VASTSTELLEN', gemeenteCbs: DEN_HAAG.cbsCode }, pieter, dagenTerug(79));
      await stuurOp(omgeving.t, id, { type: 'WEGING_VASTLEGGEN', ...volledigeWeging({ herkomst: DEN_HAAG.cbsCode }) }, pieter, dagenTerug(78));
      await stuurOp(omgeving.t, id, { type: 'BESLUIT_VOORSTELLEN', ...voorstelAfwijzing() }, pieter, dagenTerug(77));
      await stuurOp(omgeving.t, id, { type: 'BESLUIT_GOEDKEUREN' }, noor, dagenTerug(75));
      const afgewezen = await api.detailOk(GEBRUIKER.commissie, id);
      const bekendgemaakt = dagenTerug(75).toISOString().slice(0, 10);
      expect(afgewezen.state).toBe('afgewezen');
      expect(afgewezen.toetsing!.besluiten).toEqual([expect.objectContaining({ status: 'genomen', bekendgemaaktOp: bekendgemaakt })]);

      await verwachtOngewijzigd(afgewezen, async () => {
        const p = verwachtProbleem(await api.stuur(GEBRUIKER.commissie, afgewezen, 'BEZWAAR_INDIENEN', { ontvangenOp: todayIso(), gronden: 'Ik was in het ziekenhuis.' }), 422, /te laat.*Awb 6:11/);
        expect(p['veld']).toBe('motiveringTeLaat');
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, afgewezen, 'BEZWAAR_INDIENEN', { ontvangenOp: todayIso(), gronden: 'Ik was in het ziekenhuis.', motiveringTeLaat: '   ' }), 422, /motivering/);
        // Received before the decision was made known, or in the future: impossible dates.
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, afgewezen, 'BEZWAAR_INDIENEN', { ontvangenOp: addDays(bekendgemaakt, -1), gronden: 'Oneens.' }), 422, /vóór het besluit/);
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, afgewezen, 'BEZWAAR_INDIENEN', { ontvangenOp: addDays(todayIso(), 1), gronden: 'Oneens.' }), 422, /toekomst/);
      });

      const bezwaar = await api.stuurOk(GEBRUIKER.commissie, afgewezen, 'BEZWAAR_INDIENEN', {
        ontvangenOp: todayIso(), gronden: 'Ik was in het ziekenhuis.', motiveringTeLaat: 'Aanvrager lag zes weken opgenomen; verschoonbaar (Awb 6:11).',
      });
      expect(bezwaar.state).toBe('bezwaar');
      expect(await bezwaren(omgeving.t, id)).toEqual([expect.objectContaining({ ontvangen_op: todayIso(), tijdig: false, motivering_te_laat: 'Aanvrager lag zes weken opgenomen; verschoonbaar (Awb 6:11).' })]);
      expect(bezwaar.toetsing!.bezwaren).toEqual([expect.objectContaining({ tijdig: false })]);
    });

    it('BEZWAAR_INDIENEN on a case without a refusal is a 409', async () => {
      for (const doel of ['besluitvorming', 'bemiddeling.zoeken'] as const) {
        const zaak = await api.detailOk(GEBRUIKER.commissie, (await api.brengNaar(doel)).id);
        await verwachtOngewijzigd(zaak, async () => {
          verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'BEZWAAR_INDIENEN', { ontvangenOp: todayIso(), gronden: 'Oneens.' }), 409, /niet mogelijk/);
        });
        expect(await bezwaren(omgeving.t, zaak.id)).toEqual([]);
      }
    });
  });
});
