import { addDays, todayIso, verschuifNaarWerkdag } from '@woonstart/domain';
import type { ZaakDetail } from './zaak-view.model';
import {
  dagenTerug, maakZaakOp, opschortingen, stuurOp, taken, telRijen, transities, wegingen, zaakRij,
} from '../testing/db-fixtures';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { velden, verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import type { Gebruiker } from '../testing/woonstart-api';
import { DELFT, DEN_HAAG, RIJSWIJK, criteria, geldigeZaak, kandidaat, volledigeWeging } from '../testing/zaak-fixtures';

/**
 * The toetsing of a case on machine version 2 as the full case view shows it
 * (`toetsing`): the Awb clock with its suspensions and the one verdaging, the
 * versions of the woonstart weighing, and the transfer to another gemeente.
 */

/** The Algemene termijnenwet: a last day on a weekend or holiday moves to the next working day. */
const werkdag = (datum: string): string => verschuifNaarWerkdag(datum).datum;
/** Calendar days from `van` to `tot`. */
const dagenTussen = (van: string, tot: string): number => Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
const datumVan = (d: Date): string => d.toISOString().slice(0, 10);

describe('toetsing: the Awb clock, the weighing versions and the transfer', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let zorg: Gebruiker;
  let commissie: Gebruiker;

  beforeAll(async () => {
    zorg = await api.gebruiker(GEBRUIKER.zorgParnassia);
    commissie = await api.gebruiker(GEBRUIKER.commissie);
  });

  /** The case row, its transitions and weighing versions, to compare before and after a refusal. */
  const stand = async (zaak: { id: string }) => ({
    rij: await zaakRij(omgeving.t, zaak.id),
    transities: (await transities(omgeving.t, zaak.id)).length,
    wegingen: await telRijen(omgeving.t, 'woonstartweging', { kolom: 'zaak_id', waarde: zaak.id }),
    opschortingen: await telRijen(omgeving.t, 'opschorting', { kolom: 'zaak_id', waarde: zaak.id }),
  });

  async function verwachtOngewijzigd(zaak: ZaakDetail, actie: () => Promise<void>): Promise<void> {
    const voor = await stand(zaak);
    expect(voor.rij?.row_version).toBe(zaak.rowVersion);
    await actie();
    expect(await stand(zaak)).toEqual(voor);
  }

  describe('beslistermijn (Awb 4:13–4:15)', () => {
    it('runs eight weeks from receipt under the policy of that day, the last day moved to a working day', async () => {
      const zaak = await api.brengNaar('ingediend');
      const vandaag = todayIso();
      const uiterlijk = werkdag(addDays(vandaag, 56));
      const { termijn, beleid, opschortingen: open } = zaak.toetsing!;
      expect(termijn).toMatchObject({
        uiterlijk, oorspronkelijk: addDays(vandaag, 56), dagenOpgeschort: 0, verdaagd: false, status: 'loopt',
        dagenResterend: dagenTussen(vandaag, uiterlijk), dagenOverschreden: 0, meldingen: [],
      });
      expect(termijn!.ledger[0]).toMatchObject({ datum: vandaag, omschrijving: expect.stringMatching(/^ontvangen/) });
      expect(termijn!.ledger.at(-1)).toMatchObject({ datum: uiterlijk, omschrijving: expect.stringMatching(/^uiterlijk beslissen/) });
      expect(beleid).toMatchObject({ gemeenteCbs: DEN_HAAG.cbsCode, beslistermijnWeken: 8, hersteltermijnDagen: 14, vierOgen: true });
      expect(open).toEqual([]);
      expect(zaak.beslistermijn).toBe(uiterlijk);
      expect(await zaakRij(omgeving.t, zaak.id)).toMatchObject({ ingediend_op: vandaag, beslistermijn: uiterlijk, beleid_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    });

    it('a concept has no clock yet', async () => {
      const zaak = await api.brengNaar('concept');
      expect(zaak.toetsing).toMatchObject({ termijn: null, beleid: null, opschortingen: [], wegingen: [], besluiten: [], bezwaren: [] });
      expect(zaak.beslistermijn).toBeNull();
    });

    it('AANVULLING_VRAGEN suspends it: an open suspension with its repair term, status opgeschort, and a job for when the term lapses', async () => {
      const ingediend = await api.brengNaar('ingediend');
      const zaak = await api.stuurOk(GEBRUIKER.commissie, ingediend, 'AANVULLING_VRAGEN', { toelichting: 'Het getekende ondersteuningsplan ontbreekt.', termijnDagen: 10 });
      const vandaag = todayIso();
      const hersteltermijnTot = werkdag(addDays(vandaag, 10));
      expect(zaak.state).toBe('ingediend.aanvullen');
      expect(zaak.toetsing!.opschortingen).toEqual([{ verzoekOp: vandaag, hersteltermijnTot, aangevuldOp: null, toelichting: 'Het getekende ondersteuningsplan ontbreekt.' }]);
      // Suspended from the day after the request: nothing counted yet, the deadline is provisional.
      expect(zaak.toetsing!.termijn).toMatchObject({ status: 'opgeschort', dagenOpgeschort: 0, uiterlijk: ingediend.beslistermijn });
      expect(zaak.toetsing!.termijn!.ledger.map((r) => r.omschrijving).join('\n')).toMatch(/opgeschort \(verzoek om aanvulling.*nog niet aangevuld/);
      expect(await opschortingen(omgeving.t, zaak.id)).toEqual([{ verzoek_op: vandaag, hersteltermijn_tot: hersteltermijnTot, aangevuld_op: null, toelichting: 'Het getekende ondersteuningsplan ontbreekt.' }]);
      const [taak] = (await taken(omgeving.t, zaak.id)).filter((x) => x.soort === 'HERSTELTERMIJN_VERSTREKEN');
      expect(taak).toMatchObject({ soort: 'HERSTELTERMIJN_VERSTREKEN', status: 'gepland', pogingen: 0 });
      expect(new Date(taak.uitvoeren_op).toISOString()).toBe(`${addDays(hersteltermijnTot, 1)}T00:00:00.000Z`);
    });

    it('AANVULLING_INDIENEN closes the suspension and the deadline moves by the days it was suspended', async () => {
      // Received ten days ago, completion asked six days ago (default repair term of the policy: 14 days).
      const ontvangen = datumVan(dagenTerug(10));
      const verzoek = datumVan(dagenTerug(6));
      const id = await maakZaakOp(omgeving.t, geldigeZaak(), zorg, dagenTerug(12));
      await stuurOp(omgeving.t, id, { type: 'INDIENEN' }, zorg, dagenTerug(10));
      await stuurOp(omgeving.t, id, { type: 'AANVULLING_VRAGEN', toelichting: 'De opnameverklaring ontbreekt.' }, commissie, dagenTerug(6));

      const voor = await api.detailOk(GEBRUIKER.zorgParnassia, id);
      expect(voor.state).toBe('ingediend.aanvullen');
      expect(voor.toetsing!.opschortingen).toEqual([{ verzoekOp: verzoek, hersteltermijnTot: werkdag(addDays(verzoek, 14)), aangevuldOp: null, toelichting: 'De opnameverklaring ontbreekt.' }]);
      // While open, the suspension counts up to today.
      expect(voor.toetsing!.termijn).toMatchObject({ status: 'opgeschort', dagenOpgeschort: 6, oorspronkelijk: addDays(ontvangen, 56), uiterlijk: werkdag(addDays(ontvangen, 56 + 6)) });
      // The stored copy was computed when the request was made (nothing suspended yet).
      expect(voor.beslistermijn).toBe(werkdag(addDays(ontvangen, 56)));

      const na = await api.stuurOk(GEBRUIKER.zorgParnassia, voor, 'AANVULLING_INDIENEN', { toelichting: 'Verklaring toegevoegd.' });
      const uiterlijk = werkdag(addDays(ontvangen, 56 + 6));
      expect(na.state).toBe('ingediend.ontvankelijkheid');
      expect(na.toetsing!.opschortingen).toEqual([expect.objectContaining({ verzoekOp: verzoek, aangevuldOp: todayIso() })]);
      expect(na.toetsing!.termijn).toMatchObject({ status: 'loopt', dagenOpgeschort: 6, uiterlijk, verdaagd: false });
      expect(na.beslistermijn).toBe(uiterlijk);
      expect(await zaakRij(omgeving.t, id)).toMatchObject({ ingediend_op: ontvangen, beslistermijn: uiterlijk });
      expect(await opschortingen(omgeving.t, id)).toEqual([expect.objectContaining({ aangevuld_op: todayIso() })]);
      // The information arrived: the repair-term job is cancelled.
      expect((await taken(omgeving.t, id)).filter((x) => x.soort === 'HERSTELTERMIJN_VERSTREKEN').map((x) => [x.soort, x.status])).toEqual([['HERSTELTERMIJN_VERSTREKEN', 'vervallen']]);
    });

    it('VERDAGEN: once, by 1 to 8 weeks, with a reason; it moves the deadline; a second time is a 409', async () => {
      const zaak = await api.brengNaar('toetsingHerkomst');
      const vandaag = todayIso();
      expect(zaak.allowedEvents).toContain('VERDAGEN');
      await verwachtOngewijzigd(zaak, async () => {
        for (const weken of [0, 9, 2.5]) {
          expect(velden(verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'VERDAGEN', { weken, reden: 'Medisch advies duurt langer.' }), 400))).toEqual(['payload.weken']);
        }
        expect(velden(verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'VERDAGEN', { weken: 3, reden: '' }), 400))).toEqual(['payload.reden']);
      });

      const verdaagd = await api.stuurOk(GEBRUIKER.commissie, zaak, 'VERDAGEN', { weken: 3, reden: 'Medisch advies duurt langer.' });
      const uiterlijk = werkdag(addDays(vandaag, 56 + 21));
      expect(verdaagd).toMatchObject({ state: 'toetsingHerkomst', beslistermijn: uiterlijk, rowVersion: zaak.rowVersion + 1 });
      expect(verdaagd.toetsing!.termijn).toMatchObject({ uiterlijk, oorspronkelijk: addDays(vandaag, 56), verdaagd: true, status: 'loopt' });
      expect(verdaagd.toetsing!.termijn!.ledger.map((r) => r.omschrijving).join('\n')).toMatch(/\+3 weken verdaagd .*Medisch advies duurt langer/);
      expect(verdaagd.allowedEvents).not.toContain('VERDAGEN');
      expect(verdaagd.tijdlijn.at(-1)).toMatchObject({ event: 'VERDAGEN', reden: 'Medisch advies duurt langer.', van: 'toetsingHerkomst', naar: 'toetsingHerkomst' });
      const [rij]: Array<{ verdaagd_op: string; verdaging_weken: number; verdaging_reden: string }> = await omgeving.db.query(
        `SELECT verdaagd_op::text AS verdaagd_op, verdaging_weken, verdaging_reden FROM zaak WHERE id = $1`, [zaak.id]);
      expect(rij).toEqual({ verdaagd_op: vandaag, verdaging_weken: 3, verdaging_reden: 'Medisch advies duurt langer.' });

      await verwachtOngewijzigd(verdaagd, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, verdaagd, 'VERDAGEN', { weken: 1, reden: 'Nog meer tijd nodig.' }), 409, /niet mogelijk/);
      });
      expect((await api.detailOk(GEBRUIKER.commissie, zaak.id)).beslistermijn).toBe(uiterlijk);
    });
  });

  describe('woonstartweging (versions)', () => {
    it('the first weighing is version 1; a revision in beraad adds version 2 with what changed, and the case stays in beraad', async () => {
      const zaak = await api.brengNaar('besluitvorming', { herkomst: DEN_HAAG });
      expect(zaak.state).toBe('besluitvorming.beraad');
      expect(zaak.toetsing!.wegingen).toEqual([expect.objectContaining({
        versie: 1, wijzigingen: [],
        weging: expect.objectContaining({ doelgemeenteCbs: DEN_HAAG.cbsCode, kandidaten: [expect.objectContaining({ gemeenteCbs: DEN_HAAG.cbsCode, gemeenteNaam: DEN_HAAG.naam, bron: 'herkomst' })] }),
      })]);

      const herzien = await api.stuurOk(GEBRUIKER.commissie, zaak, 'WEGING_VASTLEGGEN', volledigeWeging({
        herkomst: DEN_HAAG.cbsCode, doel: RIJSWIJK.cbsCode, motivering: 'Begeleiding en dagbesteding zijn naar Rijswijk verhuisd.', wensClient: 'Dicht bij zijn zus in Rijswijk.',
      }));
      expect(herzien).toMatchObject({ state: 'besluitvorming.beraad', woonstartgemeente: RIJSWIJK, rowVersion: zaak.rowVersion + 1 });
      const [v1, v2] = herzien.toetsing!.wegingen;
      expect(herzien.toetsing!.wegingen).toHaveLength(2);
      expect(v1).toEqual(zaak.toetsing!.wegingen[0]);
      expect(v2.versie).toBe(2);
      expect(v2.weging).toMatchObject({ doelgemeenteCbs: RIJSWIJK.cbsCode, wensClient: 'Dicht bij zijn zus in Rijswijk.', motivering: 'Begeleiding en dagbesteding zijn naar Rijswijk verhuisd.' });
      expect(v2.wijzigingen).toEqual(expect.arrayContaining([
        'Doelgemeente gewijzigd van Den Haag naar Rijswijk.',
        'Kandidaat Rijswijk toegevoegd.',
        'Sociaal netwerk bij Den Haag: voor → tegen.',
        'Wens van de cliënt toegevoegd.',
        'Motivering aangepast.',
      ]));

      const rijen = await wegingen(omgeving.t, zaak.id);
      expect(rijen.map((r) => [r.versie, r.doelgemeente, r.vastgelegd_door])).toEqual([[1, DEN_HAAG.cbsCode, commissie.id], [2, RIJSWIJK.cbsCode, commissie.id]]);
      expect(rijen[1].weging.kandidaten.map((k) => [k.gemeenteCbs, k.bron])).toEqual([[DEN_HAAG.cbsCode, 'herkomst'], [RIJSWIJK.cbsCode, 'commissie']]);
      const log = (await transities(omgeving.t, zaak.id)).filter((r) => r.event === 'WEGING_VASTLEGGEN');
      expect(log.map((r) => [r.van_state, r.naar_state, r.payload['gemeenteCbs']])).toEqual([
        ['wegingWoonstart', 'besluitvorming.beraad', DEN_HAAG.cbsCode],
        ['besluitvorming.beraad', 'besluitvorming.beraad', RIJSWIJK.cbsCode],
      ]);
    });

    describe('an invalid weighing is a 422 with Dutch field messages, and nothing is saved', () => {
      let zaak: ZaakDetail;
      beforeAll(async () => {
        zaak = await api.brengNaar('wegingWoonstart', { herkomst: DEN_HAAG });
      });

      const ongeldig: ReadonlyArray<{ naam: string; payload: Record<string, unknown>; veld: string; melding: RegExp }> = [
        {
          naam: 'the herkomstgemeente not weighed first',
          payload: { gemeenteCbs: DEN_HAAG.cbsCode, kandidaten: [kandidaat(DELFT.cbsCode, 'commissie', 'tegen'), kandidaat(DEN_HAAG.cbsCode, 'herkomst')] },
          veld: 'kandidaten.0.gemeenteCbs', melding: /herkomstgemeente \(Den Haag\) moet als eerste kandidaat/,
        },
        {
          naam: 'a finding left empty',
          payload: { gemeenteCbs: DEN_HAAG.cbsCode, kandidaten: [{ ...kandidaat(DEN_HAAG.cbsCode, 'herkomst'), criteria: { ...criteria(), netwerk: { bevinding: '   ', oordeel: 'voor' } } }] },
          veld: 'kandidaten.0.criteria.netwerk.bevinding', melding: /bevinding over sociaal netwerk/,
        },
        {
          naam: 'a doelgemeente other than the herkomst without motivation',
          payload: volledigeWeging({ herkomst: DEN_HAAG.cbsCode, doel: DELFT.cbsCode, motivering: null }),
          veld: 'motivering', melding: /motivering is verplicht omdat de doelgemeente \(Delft\) afwijkt/,
        },
        {
          naam: 'a doelgemeente that was not weighed',
          payload: { ...volledigeWeging({ herkomst: DEN_HAAG.cbsCode }), gemeenteCbs: RIJSWIJK.cbsCode },
          veld: 'doelgemeenteCbs', melding: /gewogen kandidaatgemeenten/,
        },
        {
          naam: 'another gemeente given as the herkomst',
          payload: volledigeWeging({ herkomst: DEN_HAAG.cbsCode, extra: [kandidaat(DELFT.cbsCode, 'herkomst')] }),
          veld: 'kandidaten.1.bron', melding: /niet de herkomstgemeente/,
        },
        {
          naam: 'a wish of the client without the wish',
          payload: volledigeWeging({ herkomst: DEN_HAAG.cbsCode, extra: [kandidaat(DELFT.cbsCode, 'wensClient')] }),
          veld: 'wensClient', melding: /wens van de cliënt/,
        },
      ];

      it.each(ongeldig)('$naam', async ({ payload, veld, melding }) => {
        await verwachtOngewijzigd(zaak, async () => {
          const probleem = verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'WEGING_VASTLEGGEN', payload), 422, melding);
          expect(velden(probleem)).toContain(veld);
        });
        expect(await wegingen(omgeving.t, zaak.id)).toEqual([]);
      });

      it('the same case accepts the valid weighing (so each refusal above was about its one fault)', async () => {
        const na = await api.stuurOk(GEBRUIKER.commissie, zaak, 'WEGING_VASTLEGGEN', volledigeWeging({ herkomst: DEN_HAAG.cbsCode, doel: DELFT.cbsCode, motivering: 'Werk en netwerk in Delft.' }));
        expect(na).toMatchObject({ state: 'besluitvorming.beraad', woonstartgemeente: DELFT });
        expect((await wegingen(omgeving.t, zaak.id)).map((r) => r.versie)).toEqual([1]);
      });
    });
  });

  describe('ZAAK_OVERDRAGEN', () => {
    it('to the gemeente that already handles it, or outside the region, is a 422 and changes nothing', async () => {
      const zaak = await api.brengNaar('wegingWoonstart', { herkomst: DEN_HAAG });
      await verwachtOngewijzigd(zaak, async () => {
        const zelfde = verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'ZAAK_OVERDRAGEN', { gemeenteCbs: DEN_HAAG.cbsCode, motivering: 'Herkomstgemeente.' }), 422, /al door deze gemeente/);
        expect(zelfde['veld']).toBe('gemeenteCbs');
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak, 'ZAAK_OVERDRAGEN', { gemeenteCbs: '0599', motivering: 'Herkomstgemeente.' }), 422, /regio Haaglanden/);
      });
    });

    it('to another gemeente: the behandelende gemeente changes, the deadline and the policy stay, and the transfer is logged', async () => {
      const zaak = await api.brengNaar('wegingWoonstart', { herkomst: DEN_HAAG });
      const voor = await zaakRij(omgeving.t, zaak.id);
      const na = await api.stuurOk(GEBRUIKER.commissie, zaak, 'ZAAK_OVERDRAGEN', { gemeenteCbs: DELFT.cbsCode, motivering: 'Het netwerk van de aanvrager zit in Delft.' });
      expect(na).toMatchObject({ state: 'wegingWoonstart', behandelendeGemeente: DELFT, beslistermijn: zaak.beslistermijn, rowVersion: zaak.rowVersion + 1 });
      expect(na.toetsing!.termijn!.uiterlijk).toBe(zaak.toetsing!.termijn!.uiterlijk);
      expect(na.toetsing!.beleid).toEqual(zaak.toetsing!.beleid);
      expect(await zaakRij(omgeving.t, zaak.id)).toMatchObject({ behandelende_gemeente: DELFT.cbsCode, beslistermijn: zaak.beslistermijn, beleid_id: voor!.beleid_id });
      expect((await transities(omgeving.t, zaak.id)).at(-1)).toMatchObject({
        event: 'ZAAK_OVERDRAGEN', van_state: 'wegingWoonstart', naar_state: 'wegingWoonstart', actor_id: commissie.id,
        payload: { gemeenteCbs: DELFT.cbsCode, motivering: 'Het netwerk van de aanvrager zit in Delft.' }, reden: 'Het netwerk van de aanvrager zit in Delft.',
      });
      expect(na.tijdlijn.at(-1)).toMatchObject({ event: 'ZAAK_OVERDRAGEN', actorNaam: commissie.naam });
      // Delft now handles it: the list filter by gemeente finds it there.
      const inDelft = await api.alleZaken(GEBRUIKER.commissie, `gemeente=${DELFT.cbsCode}`);
      expect(inDelft.map((z) => z.id)).toContain(zaak.id);
    });
  });
});
