import { ROLLEN, type Rol } from '@woonstart/domain';
import { allowedEvents, ZAAK_EVENT_META, type PersistedZaak, type ZaakEventType } from '@woonstart/workflow';
import type { ZaakDetail, ZaakLijst, ZaakSamenvatting } from './zaak-view.model';
import { maakWoning, zaakRij } from '../testing/db-fixtures';
import { EMAIL_PER_ROL, GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { DELFT, WASSENAAR, geldigeZaak, medischAdvies } from '../testing/zaak-fixtures';

/**
 * Who may do what with which case: per case for organisation scoping (a case
 * outside the scope is a 404), what each role's lists contain and which actions
 * it is offered. Every route × role × own/other organisation is in
 * app/autorisatie-matrix.integration-spec.ts.
 */

type Casus =
  | 'parnassiaConcept' | 'kesslerConcept' | 'ingediend' | 'medIngediend' | 'medConcept' | 'besluitvorming'
  | 'voorgesteld' | 'medBesluitvorming' | 'afgewezen'
  | 'bemiddelingDenHaag' | 'bemiddelingDelft' | 'zelfZoekenDenHaag' | 'aanbiedingDenHaag' | 'geplaatstWassenaar'
  | 'delftMedIngediend' | 'delftMzConcept';

const A = 200; // allowed
const N = 404; // outside the caller's scope: does not exist for them
const F = 403; // role has no access to case routes

/** GET /zaken/:id per case (rows) and user (columns). */
const DETAIL_TABEL: Readonly<Record<Casus, Readonly<Record<DemoEmail, number>>>> = {
  // Columns: zorg Parnassia, zorg Kessler, both commissieleden, arts, Staedion (0518/0629), Woonbron (0503/1842), Goede Woning (0637/1926), coordinator, beheerder,
  // and the gemeenten Den Haag and Delft. The med* cases are self-applicants registered by the gemeente Den Haag: a zorginstelling files only uitstroom.
  parnassiaConcept:   { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: N, [GEBRUIKER.commissie2]: N, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  kesslerConcept:     { [GEBRUIKER.zorgParnassia]: N, [GEBRUIKER.zorgKessler]: A, [GEBRUIKER.commissie]: N, [GEBRUIKER.commissie2]: N, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  ingediend:          { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  medIngediend:       { [GEBRUIKER.zorgParnassia]: N, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: A, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: A, [GEBRUIKER.intakeDelft]: N },
  medConcept:         { [GEBRUIKER.zorgParnassia]: N, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: N, [GEBRUIKER.commissie2]: N, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: A, [GEBRUIKER.intakeDelft]: N },
  besluitvorming:     { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  voorgesteld:        { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  medBesluitvorming:  { [GEBRUIKER.zorgParnassia]: N, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: A, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: A, [GEBRUIKER.intakeDelft]: N },
  afgewezen:          { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  bemiddelingDenHaag: { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: A, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  bemiddelingDelft:   { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: A, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  zelfZoekenDenHaag:  { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  aanbiedingDenHaag:  { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: A, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
  delftMedIngediend:  { [GEBRUIKER.zorgParnassia]: N, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: A, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: A },
  delftMzConcept:     { [GEBRUIKER.zorgParnassia]: N, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: N, [GEBRUIKER.commissie2]: N, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: N, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: A },
  geplaatstWassenaar: { [GEBRUIKER.zorgParnassia]: A, [GEBRUIKER.zorgKessler]: N, [GEBRUIKER.commissie]: A, [GEBRUIKER.commissie2]: A, [GEBRUIKER.arts]: N, [GEBRUIKER.staedion]: A, [GEBRUIKER.woonbron]: N, [GEBRUIKER.goedeWoning]: N, [GEBRUIKER.coordinator]: F, [GEBRUIKER.beheerder]: F, [GEBRUIKER.intakeDenHaag]: N, [GEBRUIKER.intakeDelft]: N },
};

const sorteer = (xs: readonly string[]) => [...xs].sort();

describe('role × endpoint × organisation matrix', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  const zaak = {} as Record<Casus, ZaakDetail>;

  beforeAll(async () => {
    zaak.parnassiaConcept = await api.brengNaar('concept');
    zaak.kesslerConcept = await api.brengNaar('concept', { indiener: GEBRUIKER.zorgKessler, categorie: 'MO' });
    zaak.ingediend = await api.brengNaar('ingediend');
    zaak.medIngediend = await api.brengNaar('ingediend', { categorie: 'MED' });
    zaak.medConcept = await api.brengNaar('concept', { categorie: 'MED' });
    zaak.besluitvorming = await api.brengNaar('besluitvorming');
    zaak.voorgesteld = await api.brengNaar('voorgesteld');
    zaak.medBesluitvorming = await api.brengNaar('besluitvorming', { categorie: 'MED' });
    zaak.afgewezen = await api.brengNaar('afgewezen');
    zaak.bemiddelingDenHaag = await api.brengNaar('bemiddeling.zoeken');
    zaak.bemiddelingDelft = await api.brengNaar('bemiddeling.zoeken', { herkomst: DELFT });
    zaak.zelfZoekenDenHaag = await api.brengNaar('zelfZoeken');
    zaak.aanbiedingDenHaag = await api.brengNaar('bemiddeling.aanbieding', { aanbiedingToelichting: 'Woning past bij de woonwensen; bezichtiging dinsdag.' });
    zaak.geplaatstWassenaar = await api.brengNaar('geplaatst.bemiddeling', { herkomst: WASSENAAR });
    zaak.delftMedIngediend = await api.brengNaar('ingediend', { categorie: 'MED', herkomst: DELFT, zelfmelder: true });
    zaak.delftMzConcept = await api.brengNaar('concept', { categorie: 'MZ', herkomst: DELFT, zelfmelder: true });
  });

  describe('endpoints per role', () => {
    it('GET /users/me names the caller, its role and organisation', async () => {
      for (const rol of ROLLEN) {
        const me = await api.gebruiker(EMAIL_PER_ROL[rol]);
        expect(me).toMatchObject({ email: EMAIL_PER_ROL[rol], rol });
        expect(me.organisatieId).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it('GET /organisaties: regional roles see all organisations, the others only their own', async () => {
      const aantallen = {} as Record<Rol, number>;
      for (const rol of ROLLEN) {
        const res = await api.get<Array<{ id: string }>>(EMAIL_PER_ROL[rol], '/organisaties');
        aantallen[rol] = res.body.length;
        if (res.body.length === 1) expect(res.body[0].id).toBe((await api.gebruiker(EMAIL_PER_ROL[rol])).organisatieId);
      }
      expect(aantallen).toMatchObject({ zorgmedewerker: 1, gemeentemedewerker: 1, medischAdviseur: 1, corporatiemedewerker: 1 });
      for (const rol of ['commissielid', 'regiocoordinator', 'beheerder'] as const) expect(aantallen[rol]).toBeGreaterThan(10);
    });

    it('GET /woningen: a corporatie sees only its own dwellings, the beheerder those of every corporatie', async () => {
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      const eigen = await api.get<Array<{ corporatieId: string }>>(GEBRUIKER.staedion, '/woningen');
      expect(eigen.body.length).toBeGreaterThan(0);
      expect(eigen.body.filter((w) => w.corporatieId !== staedion.organisatieId)).toEqual([]);
      const alle = await api.get<Array<{ corporatieId: string }>>(GEBRUIKER.beheerder, '/woningen');
      expect(new Set(alle.body.map((w) => w.corporatieId)).size).toBeGreaterThan(3);
    });

    it('GET /monitor/overzicht gives aggregates for the nine gemeenten, no persons', async () => {
      const res = await api.get<{ gemeenten: Array<{ cbsCode: string; perStatus: Record<string, number> }> }>(GEBRUIKER.coordinator, '/monitor/overzicht');
      expect(res.body.gemeenten).toHaveLength(9);
      expect(JSON.stringify(res.body)).not.toMatch(/aanvrager|achternaam|Integratie/);
    });
  });

  describe('GET /zaken/:id per case and organisation', () => {
    it.each(Object.keys(DETAIL_TABEL) as Casus[])('%s', async (casus) => {
      const gekregen: Record<string, number> = {};
      for (const email of Object.keys(DETAIL_TABEL[casus]) as DemoEmail[]) {
        const res = await api.detail(email, zaak[casus].id);
        gekregen[email] = res.status;
        if (res.status === 404) verwachtProbleem(res, 404, /niet gevonden/i);
        if (res.status === 200) expect(res.body.id).toBe(zaak[casus].id);
      }
      expect(gekregen).toEqual(DETAIL_TABEL[casus]);
    });
  });

  describe('GET /zaken lists exactly the scope', () => {
    it('zorgmedewerker: only its own instelling', async () => {
      const parnassia = await api.alleZaken(GEBRUIKER.zorgParnassia);
      expect(parnassia.length).toBeGreaterThan(0);
      expect(parnassia.filter((z) => z.indienendeOrganisatie !== 'Parnassia Groep')).toEqual([]);
      const ids = parnassia.map((z) => z.id);
      expect(ids).toContain(zaak.parnassiaConcept.id);
      expect(ids).not.toContain(zaak.kesslerConcept.id);
      const kessler = (await api.alleZaken(GEBRUIKER.zorgKessler)).map((z) => z.id);
      expect(kessler).toContain(zaak.kesslerConcept.id);
      expect(kessler).not.toContain(zaak.parnassiaConcept.id);
    });

    it('gemeentemedewerker: only the cases its own gemeente registered, concepts included', async () => {
      const denHaag = await api.alleZaken(GEBRUIKER.intakeDenHaag);
      expect(denHaag.length).toBeGreaterThan(3);
      expect(denHaag.filter((z) => z.indienendeOrganisatie !== 'Gemeente Den Haag')).toEqual([]);
      const ids = denHaag.map((z) => z.id);
      expect(ids).toEqual(expect.arrayContaining([zaak.medIngediend.id, zaak.medConcept.id, zaak.medBesluitvorming.id]));
      for (const ander of [zaak.delftMedIngediend, zaak.delftMzConcept, zaak.parnassiaConcept, zaak.ingediend]) expect(ids).not.toContain(ander.id);
      const delft = await api.alleZaken(GEBRUIKER.intakeDelft);
      expect(delft.filter((z) => z.indienendeOrganisatie !== 'Gemeente Delft')).toEqual([]);
      expect(delft.map((z) => z.id)).toEqual(expect.arrayContaining([zaak.delftMedIngediend.id, zaak.delftMzConcept.id]));
      // The seeded intake cases of both gemeenten are self-applicants' categories only.
      expect([...denHaag, ...delft].filter((z) => ['BW', 'GGZ', 'MO', 'VO', 'JZ', 'DET'].includes(z.categorie))).toEqual([]);
    });

    it('zorgmedewerker: never a self-applicant’s case of a gemeente', async () => {
      const parnassia = (await api.alleZaken(GEBRUIKER.zorgParnassia)).map((z) => z.id);
      for (const z of [zaak.medIngediend, zaak.medConcept, zaak.delftMedIngediend]) expect(parnassia).not.toContain(z.id);
    });

    it('commissielid: every submitted case, never a concept', async () => {
      const [{ n }]: Array<{ n: string }> = await omgeving.db.query(`SELECT count(*) AS n FROM zaak WHERE status = 'concept'`);
      expect(Number(n)).toBeGreaterThan(0);
      const lijst = await api.alleZaken(GEBRUIKER.commissie);
      expect(lijst.filter((z) => z.status === 'concept')).toEqual([]);
      expect(lijst.map((z) => z.id)).toEqual(expect.arrayContaining([zaak.ingediend.id, zaak.medIngediend.id, zaak.bemiddelingDelft.id]));
      const concepten = await api.get<ZaakLijst>(GEBRUIKER.commissie, '/zaken?status=concept');
      expect(concepten.body.totaal).toBe(0);
    });

    it('medischAdviseur: only submitted MED cases and cases the commissie asked medical advice on', async () => {
      const lijst = await api.alleZaken(GEBRUIKER.arts);
      expect(lijst.length).toBeGreaterThan(0);
      const metAdvies: Array<{ zaak_id: string }> = await omgeving.db.query(`SELECT DISTINCT zaak_id FROM medisch_advies`);
      const gevraagd = new Set(metAdvies.map((r) => r.zaak_id));
      expect(lijst.filter((z) => (z.categorie !== 'MED' && !gevraagd.has(z.id)) || z.status === 'concept')).toEqual([]);
      const ids = lijst.map((z) => z.id);
      expect(ids).toContain(zaak.medIngediend.id);
      expect(ids).not.toContain(zaak.medConcept.id);
      expect(ids).not.toContain(zaak.ingediend.id);
    });

    it('corporatiemedewerker: only bemiddeling cases after toekenning in its werkgebied', async () => {
      for (const [email, werkgebied, wel, niet] of [
        [GEBRUIKER.staedion, ['0518', '0629'], [zaak.bemiddelingDenHaag, zaak.aanbiedingDenHaag, zaak.geplaatstWassenaar], [zaak.bemiddelingDelft, zaak.zelfZoekenDenHaag, zaak.besluitvorming]],
        [GEBRUIKER.woonbron, ['0503', '1842'], [zaak.bemiddelingDelft], [zaak.bemiddelingDenHaag, zaak.geplaatstWassenaar]],
      ] as const) {
        const lijst = await api.alleZaken(email);
        const buiten = lijst.filter((z) => z.route !== 'bemiddeling' || !['toegekend', 'geplaatst'].includes(z.status) || !(werkgebied as readonly string[]).includes(z.woonstartgemeente?.cbsCode ?? ''));
        expect(buiten).toEqual([]);
        const ids = lijst.map((z) => z.id);
        for (const z of wel) expect(ids).toContain(z.id);
        for (const z of niet) expect(ids).not.toContain(z.id);
      }
    });

    it('regiocoordinator and beheerder get 403 on every case route', async () => {
      for (const email of [GEBRUIKER.coordinator, GEBRUIKER.beheerder]) {
        verwachtProbleem(await api.get(email, '/zaken'), 403);
        verwachtProbleem(await api.detail(email, zaak.ingediend.id), 403);
        verwachtProbleem(await api.stuur(email, zaak.ingediend, 'ONTVANKELIJK_VERKLAREN'), 403);
        verwachtProbleem(await api.call(email, 'POST', '/zaken', geldigeZaak()), 403);
      }
    });
  });

  describe('allowedEvents are computed for the caller’s role', () => {
    it('every list item of every role matches the machine for that role', async () => {
      let gecontroleerd = 0;
      for (const rol of ['zorgmedewerker', 'gemeentemedewerker', 'commissielid', 'medischAdviseur', 'corporatiemedewerker'] as const) {
        // The caller's id matters: the four-eyes guard hides an approval from its proposer.
        const wie = await api.gebruiker(EMAIL_PER_ROL[rol]);
        const lijst: ZaakSamenvatting[] = await api.alleZaken(EMAIL_PER_ROL[rol]);
        const rows: Array<{ id: string; machine_version: number; snapshot: PersistedZaak }> = await omgeving.db.query(
          `SELECT id, machine_version, snapshot FROM zaak WHERE id = ANY($1::uuid[])`, [lijst.map((z) => z.id)],
        );
        const perId = new Map(rows.map((r) => [r.id, r]));
        for (const item of lijst) {
          const row = perId.get(item.id)!;
          expect({ id: item.id, allowed: sorteer(item.allowedEvents) }).toEqual({ id: item.id, allowed: sorteer(allowedEvents(row.machine_version, row.snapshot, rol, wie.id)) });
          for (const e of item.allowedEvents) expect(ZAAK_EVENT_META[e].rollen).toContain(rol);
          gecontroleerd += 1;
        }
      }
      expect(gecontroleerd).toBeGreaterThan(50);
    });

    it('the same case offers each role its own actions', async () => {
      const inLijst = async (email: DemoEmail, id: string): Promise<readonly ZaakEventType[]> =>
        (await api.alleZaken(email)).find((z) => z.id === id)!.allowedEvents;
      expect(sorteer(await inLijst(GEBRUIKER.zorgParnassia, zaak.parnassiaConcept.id))).toEqual(sorteer(['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN']));
      expect(sorteer(await inLijst(GEBRUIKER.zorgParnassia, zaak.ingediend.id))).toEqual(['INTREKKEN']);
      expect(sorteer(await inLijst(GEBRUIKER.commissie, zaak.ingediend.id))).toEqual(sorteer(['ONTVANKELIJK_VERKLAREN', 'AANVULLING_VRAGEN', 'VERDAGEN', 'INTREKKEN']));
      expect(sorteer(await inLijst(GEBRUIKER.commissie, zaak.besluitvorming.id))).toEqual(sorteer(['WEGING_VASTLEGGEN', 'ZAAK_OVERDRAGEN', 'BESLUIT_VOORSTELLEN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN']));
      // Four eyes: the proposer may send the proposal back, only the other member may approve it.
      expect(sorteer(await inLijst(GEBRUIKER.commissie, zaak.voorgesteld.id))).toEqual(sorteer(['BESLUIT_TERUGSTUREN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN']));
      expect(sorteer(await inLijst(GEBRUIKER.commissie2, zaak.voorgesteld.id))).toEqual(sorteer(['BESLUIT_GOEDKEUREN', 'BESLUIT_TERUGSTUREN', 'VERDAGEN', 'MEDISCH_ADVIES_VRAGEN', 'INTREKKEN']));
      // Advice was asked on the MED case when it was declared ontvankelijk: now the medisch adviseur acts.
      expect(await inLijst(GEBRUIKER.arts, zaak.medBesluitvorming.id)).toEqual(['MEDISCH_ADVIES_UITBRENGEN']);
      expect(await inLijst(GEBRUIKER.commissie, zaak.afgewezen.id)).toEqual(['BEZWAAR_INDIENEN']);
      expect(await inLijst(GEBRUIKER.zorgParnassia, zaak.afgewezen.id)).toEqual(['BEZWAAR_INDIENEN']);
      // The gemeente acts on its own cases exactly as a zorginstelling does on its own.
      expect(sorteer(await inLijst(GEBRUIKER.intakeDenHaag, zaak.medConcept.id))).toEqual(sorteer(['GEGEVENS_WIJZIGEN', 'INDIENEN', 'INTREKKEN']));
      expect(await inLijst(GEBRUIKER.intakeDenHaag, zaak.medIngediend.id)).toEqual(['INTREKKEN']);
      expect(await inLijst(GEBRUIKER.intakeDenHaag, zaak.medBesluitvorming.id)).toEqual(['INTREKKEN']);
      expect(await inLijst(GEBRUIKER.arts, zaak.medIngediend.id)).toEqual([]);
      expect(await inLijst(GEBRUIKER.staedion, zaak.bemiddelingDenHaag.id)).toEqual(['WONING_AANBIEDEN']);
      expect(sorteer(await inLijst(GEBRUIKER.staedion, zaak.aanbiedingDenHaag.id))).toEqual(sorteer(['AANBIEDING_ACCEPTEREN', 'AANBIEDING_INTREKKEN', 'AANBIEDING_WEIGEREN']));
      expect(await inLijst(GEBRUIKER.commissie, zaak.aanbiedingDenHaag.id)).toEqual(['INTREKKEN', 'PLAATSINGSPROFIEL_VASTLEGGEN']);
      expect(await inLijst(GEBRUIKER.staedion, zaak.geplaatstWassenaar.id)).toEqual([]);
    });
  });

  describe('the bemiddeling view of a corporatie', () => {
    it('shows what placement needs and nothing of the file', async () => {
      const d = await api.detailOk(GEBRUIKER.staedion, zaak.aanbiedingDenHaag.id);
      expect(d.weergave).toBe('bemiddeling');
      for (const veld of ['inschrijvingen', 'opnames', 'ondersteuningsplan', 'herkomstvoorstel', 'toetsing']) expect(d).not.toHaveProperty(veld);
      expect(d.medischAdvies).toBeNull();
      expect(d.herkomstgemeente).toBeNull();
      expect(d.aanvrager.achternaam).toBe(zaak.aanbiedingDenHaag.aanvrager.achternaam);
      expect(d.woonwensen).toBeTruthy();
      expect(d.aanbieding?.status).toBe('aangeboden');
      const tekst = JSON.stringify(d);
      expect(tekst).not.toMatch(/schuldhulpverlening|Netwerk en dagbesteding|Uitstroom met begeleiding|Volledig en tijdig/);
    });

    it('timeline reasons only for corporatie events', async () => {
      const vol = await api.detailOk(GEBRUIKER.commissie, zaak.aanbiedingDenHaag.id);
      expect(vol.weergave).toBe('volledig');
      // The full view has the others' reasons, so hiding them below is a real difference.
      expect(vol.tijdlijn.find((r) => r.event === 'WEGING_VASTLEGGEN')?.reden).toMatch(/Netwerk/);
      const d = await api.detailOk(GEBRUIKER.staedion, zaak.aanbiedingDenHaag.id);
      expect(d.tijdlijn.map((r) => r.event)).toEqual(vol.tijdlijn.map((r) => r.event));
      const metReden = d.tijdlijn.filter((r) => r.reden !== null);
      expect(metReden.map((r) => r.actorRol)).toEqual(['corporatiemedewerker']);
      expect(metReden[0]).toMatchObject({ event: 'WONING_AANBIEDEN', reden: 'Woning past bij de woonwensen; bezichtiging dinsdag.' });
    });
  });

  describe('POST /zaken/:id/events: own organisation vs another', () => {
    const ongewijzigd = async (z: ZaakDetail) => expect((await zaakRij(omgeving.t, z.id))?.row_version).toBe(z.rowVersion);

    it('zorgmedewerker: own case 200, another instelling’s case 404, a commissie action 403', async () => {
      const eigen = await api.brengNaar('concept');
      expect((await api.stuur(GEBRUIKER.zorgParnassia, eigen, 'INDIENEN')).status).toBe(200);
      verwachtProbleem(await api.stuur(GEBRUIKER.zorgParnassia, zaak.kesslerConcept, 'INDIENEN'), 404);
      await ongewijzigd(zaak.kesslerConcept);
      verwachtProbleem(await api.stuur(GEBRUIKER.zorgParnassia, zaak.ingediend, 'ONTVANKELIJK_VERKLAREN'), 403, /rol/);
      await ongewijzigd(zaak.ingediend);
    });

    it('gemeentemedewerker: own case 200, another gemeente’s case 404, a commissie action 403', async () => {
      const eigen = await api.brengNaar('concept', { categorie: 'SOCIAAL', zelfmelder: true });
      expect((await api.stuur(GEBRUIKER.intakeDenHaag, eigen, 'INDIENEN')).status).toBe(200);
      verwachtProbleem(await api.stuur(GEBRUIKER.intakeDenHaag, zaak.delftMzConcept, 'INDIENEN'), 404);
      await ongewijzigd(zaak.delftMzConcept);
      verwachtProbleem(await api.stuur(GEBRUIKER.intakeDenHaag, zaak.parnassiaConcept, 'INTREKKEN', { reden: 'Test' }), 404);
      await ongewijzigd(zaak.parnassiaConcept);
      verwachtProbleem(await api.stuur(GEBRUIKER.intakeDenHaag, zaak.medIngediend, 'ONTVANKELIJK_VERKLAREN'), 403, /rol/);
      await ongewijzigd(zaak.medIngediend);
    });

    it('commissielid: submitted case 200, a concept 404', async () => {
      const eigen = await api.brengNaar('ingediend');
      expect((await api.stuur(GEBRUIKER.commissie, eigen, 'ONTVANKELIJK_VERKLAREN')).status).toBe(200);
      verwachtProbleem(await api.stuur(GEBRUIKER.commissie, zaak.parnassiaConcept, 'INTREKKEN', { reden: 'Test' }), 404);
      await ongewijzigd(zaak.parnassiaConcept);
    });

    it('medischAdviseur: on a MED case only its advice (other actions 403, advice before it was asked 409); a non-MED case is 404', async () => {
      verwachtProbleem(await api.stuur(GEBRUIKER.arts, zaak.medIngediend, 'ONTVANKELIJK_VERKLAREN'), 403);
      verwachtProbleem(await api.stuur(GEBRUIKER.arts, zaak.medIngediend, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies()), 409);
      verwachtProbleem(await api.stuur(GEBRUIKER.arts, zaak.ingediend, 'ONTVANKELIJK_VERKLAREN'), 404);
      verwachtProbleem(await api.stuur(GEBRUIKER.arts, zaak.ingediend, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies()), 404);
      await ongewijzigd(zaak.medIngediend);
      await ongewijzigd(zaak.ingediend);
      const eigen = await api.brengNaar('besluitvorming', { categorie: 'MED' });
      expect((await api.stuur(GEBRUIKER.arts, eigen, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies())).status).toBe(200);
    });

    it('corporatiemedewerker: a case in its werkgebied 200, another gemeente’s 404', async () => {
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      const eigen = await api.brengNaar('bemiddeling.zoeken');
      const woning = await maakWoning(omgeving.t, staedion.organisatieId, '0518');
      expect((await api.stuur(GEBRUIKER.staedion, eigen, 'WONING_AANBIEDEN', { woningId: woning })).status).toBe(200);
      const woningDelft = await maakWoning(omgeving.t, (await api.gebruiker(GEBRUIKER.woonbron)).organisatieId, '0503');
      verwachtProbleem(await api.stuur(GEBRUIKER.staedion, zaak.bemiddelingDelft, 'WONING_AANBIEDEN', { woningId: woningDelft }), 404);
      await ongewijzigd(zaak.bemiddelingDelft);
    });
  });
});
