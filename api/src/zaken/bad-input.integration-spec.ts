import { randomUUID } from 'node:crypto';
import type { ZaakDetail } from './zaak-view.model';
import { maakWoning, telRijen, transities, woningRij, zaakRij } from '../testing/db-fixtures';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { velden, verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import type { Gebruiker } from '../testing/woonstart-api';
import { DEN_HAAG, criteria, dagenVanaf, geldigeZaak, voorstelBemiddeling } from '../testing/zaak-fixtures';

/**
 * Every bad input gets a clear 4xx as application/problem+json with a Dutch
 * detail, and nothing is saved: the caller's cases, the case row and the
 * transition log are the same before and after.
 */

const g = geldigeZaak();
const metInschrijving = (n: number, wijziging: Record<string, unknown>) => ({ ...g, inschrijvingen: g.inschrijvingen.map((i, k) => (k === n ? { ...i, ...wijziging } : i)) });
const zonder = (...velden: string[]) => Object.fromEntries(Object.entries(g).filter(([k]) => !velden.includes(k)));

/** POST /zaken bodies that must be refused with 400, and a field the problem must name. */
const SLECHTE_ZAKEN: ReadonlyArray<{ readonly naam: string; readonly body: unknown; readonly veld: string; readonly melding?: RegExp }> = [
  { naam: 'missing fields', body: zonder('categorie', 'inschrijvingen', 'begeleidingAkkoord'), veld: 'categorie', melding: /is verplicht/ },
  { naam: 'a missing aanvrager', body: zonder('aanvrager'), veld: 'aanvrager', melding: /verplicht/ },
  { naam: 'a null aanvrager', body: { ...g, aanvrager: null }, veld: 'aanvrager', melding: /verplicht/ },
  { naam: 'an empty object', body: {}, veld: 'behandelendeGemeente' },
  { naam: 'an unknown field', body: { ...g, bsn: '123456782' }, veld: 'bsn', melding: /onbekend en niet toegestaan/ },
  { naam: 'an unknown nested field', body: { ...g, aanvrager: { ...g.aanvrager, bsn: '123456782' } }, veld: 'aanvrager.bsn', melding: /onbekend/ },
  { naam: 'a string for a boolean', body: { ...g, begeleidingAkkoord: 'ja' }, veld: 'begeleidingAkkoord', melding: /ja of nee/ },
  { naam: 'a string for a number', body: { ...g, aantalKamersMin: 'drie' }, veld: 'aantalKamersMin', melding: /geheel getal/ },
  { naam: 'a number for a text', body: { ...g, aanvrager: { ...g.aanvrager, voornamen: 42 } }, veld: 'aanvrager.voornamen', melding: /tekst/ },
  { naam: 'a text for a list', body: { ...g, huishouden: 'geen' }, veld: 'huishouden', melding: /lijst/ },
  { naam: 'an unknown categorie', body: { ...g, categorie: 'XYZ' }, veld: 'categorie', melding: /onbekende waarde/ },
  { naam: 'an unknown gemeente', body: { ...g, behandelendeGemeente: '9999' }, veld: 'behandelendeGemeente', melding: /regio Haaglanden/ },
  { naam: 'a gemeente outside the region', body: { ...g, behandelendeGemeente: '0599' }, veld: 'behandelendeGemeente', melding: /regio Haaglanden/ },
  { naam: 'a birth date in the future', body: { ...g, aanvrager: { ...g.aanvrager, geboortedatum: dagenVanaf(30) } }, veld: 'aanvrager.geboortedatum', melding: /toekomst/ },
  { naam: 'a registration starting in the future', body: metInschrijving(1, { van: dagenVanaf(10) }), veld: 'inschrijvingen.1.van', melding: /toekomst/ },
  { naam: 'a registration ending in the future', body: metInschrijving(0, { tot: dagenVanaf(10) }), veld: 'inschrijvingen.0.tot', melding: /toekomst/ },
  { naam: 'an admission in the future', body: { ...g, opnames: [{ instelling: 'Kliniek', van: dagenVanaf(5), tot: null }] }, veld: 'opnames.0.van', melding: /toekomst/ },
  { naam: 'an inschrijving whose tot lies before van', body: metInschrijving(0, { van: '2012-06-01', tot: '2011-01-01' }), veld: 'inschrijvingen.0.tot', melding: /vóór de begindatum/ },
  {
    naam: 'overlapping woonadressen',
    body: { ...g, inschrijvingen: [...g.inschrijvingen, { gemeenteCbs: '0603', gemeenteNaam: 'Rijswijk', adrestype: 'woonadres', van: '2015-01-01', tot: '2016-01-01' }] },
    veld: 'inschrijvingen.' + g.inschrijvingen.length + '.van', melding: /overlapt/,
  },
  { naam: 'an inschrijving before birth', body: metInschrijving(0, { van: '1980-01-01' }), veld: 'inschrijvingen.0.van', melding: /geboortedatum/ },
  { naam: 'the impossible date 2025-02-30', body: { ...g, aanvrager: { ...g.aanvrager, geboortedatum: '2025-02-30' } }, veld: 'aanvrager.geboortedatum', melding: /bestaande datum/ },
  { naam: 'an impossible registration date', body: metInschrijving(0, { van: '2019-13-01' }), veld: 'inschrijvingen.0.van', melding: /bestaande datum/ },
  { naam: 'a date in another format', body: { ...g, aanvrager: { ...g.aanvrager, geboortedatum: '17-05-1990' } }, veld: 'aanvrager.geboortedatum', melding: /jjjj-mm-dd/ },
  { naam: 'no registrations at all', body: { ...g, inschrijvingen: [] }, veld: 'inschrijvingen', melding: /minstens één/ },
  { naam: 'an unknown adrestype', body: metInschrijving(0, { adrestype: 'camping' }), veld: 'inschrijvingen.0.adrestype', melding: /onbekende waarde/ },
  { naam: 'a malformed CBS code', body: metInschrijving(0, { gemeenteCbs: '518' }), veld: 'inschrijvingen.0.gemeenteCbs', melding: /vier cijfers/ },
  { naam: 'too many rooms', body: { ...g, aantalKamersMin: 12 }, veld: 'aantalKamersMin', melding: /te groot/ },
  { naam: 'a too long text', body: { ...g, woonwensen: 'x'.repeat(2001) }, veld: 'woonwensen', melding: /te lang/ },
];

describe('bad input: a clear 4xx and nothing saved', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let parnassia: Gebruiker;

  beforeAll(async () => {
    parnassia = await api.gebruiker(GEBRUIKER.zorgParnassia);
  });

  /** The caller's cases and transition rows. */
  const telling = async () => ({
    zaken: await telRijen(omgeving.t, 'zaak', { kolom: 'aangemaakt_door', waarde: parnassia.id }),
    transities: await telRijen(omgeving.t, 'zaak_transitie', { kolom: 'actor_id', waarde: parnassia.id }),
  });

  /** The case row, its transitions and outbox rows, to compare before and after. */
  const stand = async (zaak: { id: string }) => ({
    rij: await zaakRij(omgeving.t, zaak.id),
    transities: (await transities(omgeving.t, zaak.id)).length,
    outbox: await telRijen(omgeving.t, 'outbox', { kolom: 'zaak_id', waarde: zaak.id }),
  });

  async function verwachtOngewijzigd(zaak: ZaakDetail, actie: () => Promise<void>): Promise<void> {
    const voor = await stand(zaak);
    expect(voor.rij?.row_version).toBe(zaak.rowVersion);
    await actie();
    expect(await stand(zaak)).toEqual(voor);
  }

  describe('POST /zaken', () => {
    it('the valid body itself is accepted (so the refusals below are about the one change)', async () => {
      const voor = await telling();
      await api.maakZaak(GEBRUIKER.zorgParnassia, geldigeZaak());
      expect(await telling()).toEqual({ zaken: voor.zaken + 1, transities: voor.transities + 1 });
    });

    it.each(SLECHTE_ZAKEN)('refuses $naam (400, field named, nothing saved)', async ({ body, veld, melding }) => {
      const voor = await telling();
      const res = await api.call(GEBRUIKER.zorgParnassia, 'POST', '/zaken', body);
      const problem = verwachtProbleem(res, 400, /niet geldig|gemarkeerde velden/);
      expect(velden(problem)).toContain(veld);
      if (melding) expect(problem.fouten!.filter((f) => f.veld === veld).map((f) => f.melding).join(' ')).toMatch(melding);
      expect(await telling()).toEqual(voor);
    });

    it('refuses a list instead of an object', async () => {
      const voor = await telling();
      verwachtProbleem(await api.call(GEBRUIKER.zorgParnassia, 'POST', '/zaken', [g]), 400);
      expect(await telling()).toEqual(voor);
    });

    it('refuses an oversized body (> 100kb) with 413', async () => {
      const voor = await telling();
      const res = await api.call(GEBRUIKER.zorgParnassia, 'POST', '/zaken', { ...g, ondersteuningsplan: 'x'.repeat(150_000) });
      verwachtProbleem(res, 413, /te groot/);
      expect(await telling()).toEqual(voor);
    });

    it('refuses invalid JSON with 400', async () => {
      const voor = await telling();
      const res = await api.call(GEBRUIKER.zorgParnassia, 'POST', '/zaken', '{"categorie": "BW", ', { 'content-type': 'application/json' });
      verwachtProbleem(res, 400, /geen geldige JSON/);
      expect(await telling()).toEqual(voor);
    });
  });

  describe('GET /zaken/:id and ids', () => {
    it('a malformed id is a 400, also with a broken %-encoding', async () => {
      verwachtProbleem(await api.get(GEBRUIKER.zorgParnassia, '/zaken/12345'), 400, /uuid/);
      verwachtProbleem(await api.get(GEBRUIKER.zorgParnassia, `/zaken/${randomUUID()}x`), 400, /uuid/);
      verwachtProbleem(await api.call(GEBRUIKER.zorgParnassia, 'POST', '/zaken/niet-een-id/events', { type: 'INDIENEN', rowVersion: 1 }), 400, /uuid/);
      verwachtProbleem(await api.get(GEBRUIKER.zorgParnassia, '/zaken/%FF'), 400);
    });

    it('another organisation’s case is a 404, indistinguishable from a case that does not exist', async () => {
      const zaak = await api.brengNaar('concept');
      const ander = verwachtProbleem(await api.detail(GEBRUIKER.zorgKessler, zaak.id), 404);
      const niemand = verwachtProbleem(await api.detail(GEBRUIKER.zorgKessler, randomUUID()), 404);
      expect(ander.detail).toBe(niemand.detail);
      await verwachtOngewijzigd(zaak, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.zorgKessler, zaak, 'INDIENEN'), 404, /niet gevonden/i);
        verwachtProbleem(await api.stuur(GEBRUIKER.zorgKessler, zaak, 'INTREKKEN', { reden: 'Niet van ons' }), 404);
      });
    });
  });

  describe('POST /zaken/:id/events', () => {
    let concept: ZaakDetail;
    let ingediend: ZaakDetail;

    beforeAll(async () => {
      concept = await api.brengNaar('concept');
      ingediend = await api.brengNaar('ingediend');
    });

    it('an event the case does not allow now is a 409', async () => {
      await verwachtOngewijzigd(ingediend, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, ingediend, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling('Te vroeg.')), 409, /niet mogelijk.*Ingediend/);
      });
      await verwachtOngewijzigd(concept, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.zorgParnassia, concept, 'AANVULLING_INDIENEN', { toelichting: 'Plan toegevoegd.' }), 409, /niet mogelijk/);
      });
    });

    it('a stale (or future) rowVersion is a 409', async () => {
      await verwachtOngewijzigd(ingediend, async () => {
        const oud = verwachtProbleem(await api.stuur(GEBRUIKER.commissie, { id: ingediend.id, rowVersion: ingediend.rowVersion - 1 }, 'ONTVANKELIJK_VERKLAREN'), 409, /intussen door iemand anders gewijzigd/);
        expect(oud).toMatchObject({ verwachteVersie: ingediend.rowVersion - 1, huidigeVersie: ingediend.rowVersion });
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, { id: ingediend.id, rowVersion: ingediend.rowVersion + 5 }, 'ONTVANKELIJK_VERKLAREN'), 409);
      });
    });

    it('an unknown event type, a missing or wrong rowVersion, a non-object payload are 400', async () => {
      await verwachtOngewijzigd(ingediend, async () => {
        expect(velden(verwachtProbleem(await api.stuur(GEBRUIKER.commissie, ingediend, 'GOEDKEUREN'), 400))).toContain('type');
        const pad = `/zaken/${ingediend.id}/events`;
        expect(velden(verwachtProbleem(await api.call(GEBRUIKER.commissie, 'POST', pad, { type: 'ONTVANKELIJK_VERKLAREN' }), 400))).toContain('rowVersion');
        expect(velden(verwachtProbleem(await api.call(GEBRUIKER.commissie, 'POST', pad, { type: 'ONTVANKELIJK_VERKLAREN', rowVersion: String(ingediend.rowVersion) }), 400))).toContain('rowVersion');
        expect(velden(verwachtProbleem(await api.call(GEBRUIKER.commissie, 'POST', pad, { type: 'ONTVANKELIJK_VERKLAREN', rowVersion: ingediend.rowVersion, payload: 'ok' }), 400))).toContain('payload');
        expect(velden(verwachtProbleem(await api.call(GEBRUIKER.commissie, 'POST', pad, { type: 'ONTVANKELIJK_VERKLAREN', rowVersion: ingediend.rowVersion, actor: 'iemand' }), 400))).toContain('actor');
      });
    });

    it('payload fields of another event, or missing ones, are 400', async () => {
      await verwachtOngewijzigd(concept, async () => {
        const p = verwachtProbleem(await api.stuur(GEBRUIKER.zorgParnassia, concept, 'INDIENEN', { motivering: 'hoort hier niet' }), 400);
        expect(velden(p)).toEqual(['payload.motivering']);
      });
      await verwachtOngewijzigd(ingediend, async () => {
        expect(velden(verwachtProbleem(await api.stuur(GEBRUIKER.commissie, ingediend, 'ONTVANKELIJK_VERKLAREN', { gemeenteCbs: '0518' }), 400))).toContain('payload.gemeenteCbs');
        expect(velden(verwachtProbleem(await api.stuur(GEBRUIKER.commissie, ingediend, 'AANVULLING_VRAGEN', {}), 400))).toContain('payload.toelichting');
        expect(velden(verwachtProbleem(await api.stuur(GEBRUIKER.commissie, ingediend, 'AANVULLING_VRAGEN', { toelichting: 7 }), 400))).toContain('payload.toelichting');
      });
    });

    it.each([
      ['VERDAGEN with 0 weeks', 'VERDAGEN', { weken: 0, reden: 'Advies nodig.' }, 'payload.weken'],
      ['VERDAGEN with 9 weeks', 'VERDAGEN', { weken: 9, reden: 'Advies nodig.' }, 'payload.weken'],
      ['VERDAGEN with a text for weeks', 'VERDAGEN', { weken: 'twee', reden: 'Advies nodig.' }, 'payload.weken'],
      ['VERDAGEN without a reason', 'VERDAGEN', { weken: 2 }, 'payload.reden'],
      ['AANVULLING_VRAGEN with a repair term over 56 days', 'AANVULLING_VRAGEN', { toelichting: 'Plan ontbreekt.', termijnDagen: 60 }, 'payload.termijnDagen'],
      ['BESLUIT_VOORSTELLEN with an unknown outcome', 'BESLUIT_VOORSTELLEN', { uitkomst: 'misschien', motivering: 'Test.' }, 'payload.uitkomst'],
      ['BESLUIT_VOORSTELLEN with an unknown route', 'BESLUIT_VOORSTELLEN', { uitkomst: 'toekennen', route: 'loting', motivering: 'Test.' }, 'payload.route'],
      ['BESLUIT_VOORSTELLEN without a motivation', 'BESLUIT_VOORSTELLEN', { uitkomst: 'toekennen', route: 'bemiddeling' }, 'payload.motivering'],
      ['MEDISCH_ADVIES_UITBRENGEN with too short details', 'MEDISCH_ADVIES_UITBRENGEN', { urgentOpMedischeGronden: true, woonvereisten: [], details: 'kort' }, 'payload.details'],
      ['MEDISCH_ADVIES_UITBRENGEN with an unknown requirement', 'MEDISCH_ADVIES_UITBRENGEN', { urgentOpMedischeGronden: true, woonvereisten: ['zwembad'], details: 'Voldoende lange toelichting.' }, 'payload.woonvereisten'],
      ['BEZWAAR_INDIENEN with an impossible date', 'BEZWAAR_INDIENEN', { ontvangenOp: '2026-02-30', gronden: 'Oneens.' }, 'payload.ontvangenOp'],
      ['ZAAK_OVERDRAGEN with a malformed gemeente', 'ZAAK_OVERDRAGEN', { gemeenteCbs: '518', motivering: 'Herkomst.' }, 'payload.gemeenteCbs'],
      ['WEGING_VASTLEGGEN with a candidate missing a finding', 'WEGING_VASTLEGGEN', { gemeenteCbs: '0518', kandidaten: [{ gemeenteCbs: '0518', bron: 'herkomst', criteria: { ...criteria(), netwerk: { oordeel: 'voor' } } }] }, 'payload.kandidaten.0.criteria.netwerk.bevinding'],
      ['WEGING_VASTLEGGEN with an unknown judgement', 'WEGING_VASTLEGGEN', { gemeenteCbs: '0518', kandidaten: [{ gemeenteCbs: '0518', bron: 'herkomst', criteria: { ...criteria(), netwerk: { bevinding: 'Familie.', oordeel: 'misschien' } } }] }, 'payload.kandidaten.0.criteria.netwerk.oordeel'],
    ] as const)('version-2 payload rules: %s is a 400 on that field', async (_naam, type, payload, veld) => {
      await verwachtOngewijzigd(ingediend, async () => {
        expect(velden(verwachtProbleem(await api.stuur(GEBRUIKER.commissie, ingediend, type, payload), 400))).toContain(veld);
      });
    });

    it('an oversized body is a 413 and invalid JSON a 400', async () => {
      await verwachtOngewijzigd(ingediend, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.commissie, ingediend, 'AANVULLING_VRAGEN', { toelichting: 'x'.repeat(150_000) }), 413, /te groot/);
        verwachtProbleem(await api.call(GEBRUIKER.commissie, 'POST', `/zaken/${ingediend.id}/events`, '{"type":"ONTVANKELIJK_VERKLAREN","rowVersion":', { 'content-type': 'application/json' }), 400, /geen geldige JSON/);
      });
    });
  });

  describe('offers', () => {
    let zaak: ZaakDetail;
    let staedion: Gebruiker;

    beforeAll(async () => {
      staedion = await api.gebruiker(GEBRUIKER.staedion);
      zaak = await api.detailOk(GEBRUIKER.staedion, (await api.brengNaar('bemiddeling.zoeken', { herkomst: DEN_HAAG })).id);
    });

    async function woningVan(corporatie: string, gemeente: string): Promise<string> {
      const [org]: Array<{ id: string }> = await omgeving.db.query(`SELECT id FROM organisatie WHERE naam = $1`, [corporatie]);
      return maakWoning(omgeving.t, org.id, gemeente);
    }

    it('a woning of another corporatie is a 422', async () => {
      const woning = await woningVan('Haag Wonen', DEN_HAAG.cbsCode);
      await verwachtOngewijzigd(zaak, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId: woning }), 422, /eigen corporatie/);
      });
      expect(await woningRij(omgeving.t, woning)).toMatchObject({ status: 'beschikbaar', zaak_id: null });
    });

    it('a woning in another gemeente than the woonstartgemeente is a 422', async () => {
      const woning = await maakWoning(omgeving.t, staedion.organisatieId, '0629');
      await verwachtOngewijzigd(zaak, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId: woning }), 422, /gemeente/);
      });
      expect(await woningRij(omgeving.t, woning)).toMatchObject({ status: 'beschikbaar', zaak_id: null });
    });

    it('a woning that does not exist is a 422, a malformed woningId a 400', async () => {
      await verwachtOngewijzigd(zaak, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId: randomUUID() }), 422, /bestaat niet/);
        expect(velden(verwachtProbleem(await api.stuur(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId: 'woning-1' }), 400))).toContain('payload.woningId');
      });
    });

    it('a woning that is already aangeboden is a 409', async () => {
      const woning = await maakWoning(omgeving.t, staedion.organisatieId, DEN_HAAG.cbsCode);
      const ander = await api.detailOk(GEBRUIKER.staedion, (await api.brengNaar('bemiddeling.zoeken', { herkomst: DEN_HAAG })).id);
      await api.stuurOk(GEBRUIKER.staedion, ander, 'WONING_AANBIEDEN', { woningId: woning });
      await verwachtOngewijzigd(zaak, async () => {
        verwachtProbleem(await api.stuur(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId: woning }), 409, /niet meer beschikbaar/);
      });
      expect(await woningRij(omgeving.t, woning)).toMatchObject({ status: 'aangeboden', zaak_id: ander.id });
    });
  });
});
