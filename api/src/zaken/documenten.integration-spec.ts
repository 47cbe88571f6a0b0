import { createHash, randomUUID } from 'node:crypto';
import { MAX_DOCUMENT_BYTES } from '@woonstart/domain';
import { minimalePdf } from '@woonstart/testing';
import type { DocumentMetadata } from './document.service';
import type { ZaakDetail } from './zaak-view.model';
import { documentRijen, outboxRijen, telRijen, toegangslog, zaakRij } from '../testing/db-fixtures';
import { GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { verwacht, type UploadOpties } from '../testing/woonstart-api';
import { DELFT, geldigeZaak, volledigeWeging, voorstelBemiddeling } from '../testing/zaak-fixtures';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const HTML = Buffer.from('<!doctype html><script>alert("x")</script>');

/**
 * Documents attached to a case: stored with a checksum, uploaded only by those the
 * machine allows, read by those who see the full case (medical ones only by the
 * medisch adviseur and the uploading organisation), every download in the access log.
 */
describe('documenten bij een zaak', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;

  /** A MED application of the gemeente Den Haag in concept (a self-applicant without admission). */
  const medConcept = () => api.brengNaar('concept', { categorie: 'MED', zelfmelder: true });

  async function uploadOk(email: DemoEmail, zaakId: string, opties: UploadOpties): Promise<DocumentMetadata> {
    const res = await api.upload<DocumentMetadata>(email, zaakId, opties);
    verwacht(res, 201, `upload ${opties.naam ?? ''} als ${email}`);
    return res.body;
  }

  /** Rows in document, outbox and zaak_transitie of a case: none may change on a refused upload. */
  async function stand(zaakId: string) {
    return {
      documenten: await telRijen(omgeving.t, 'document', { kolom: 'zaak_id', waarde: zaakId }),
      outbox: await telRijen(omgeving.t, 'outbox', { kolom: 'zaak_id', waarde: zaakId }),
      transities: await telRijen(omgeving.t, 'zaak_transitie', { kolom: 'zaak_id', waarde: zaakId }),
      rowVersion: (await zaakRij(omgeving.t, zaakId))?.row_version,
    };
  }

  describe('uploaden', () => {
    it('stores the file with its sha256, the uploader and an outbox row; the list and the download give it back unchanged', async () => {
      const zaak = await medConcept();
      expect(zaak.opnames).toEqual([]);
      expect(zaak.magDocumentToevoegen).toBe(true);
      const lisa = await api.gebruiker(GEBRUIKER.intakeDenHaag);
      const pdf = minimalePdf('Kopie paspoort');
      const voor = await stand(zaak.id);

      const doc = await uploadOk(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: pdf, naam: 'paspoort.pdf', soort: 'identiteit' });
      expect(doc).toMatchObject({
        zaakId: zaak.id, bestandsnaam: 'paspoort.pdf', mimeType: 'application/pdf', grootte: pdf.length, sha256: sha256(pdf),
        soort: 'identiteit', soortLabel: 'Identiteitsbewijs', geuploadDoor: { naam: 'Lisa Verbeek', organisatie: 'Gemeente Den Haag' },
      });
      expect(doc).not.toHaveProperty('inhoud');

      const [rij] = await documentRijen(omgeving.t, zaak.id);
      expect(rij).toMatchObject({ id: doc.id, sha256: sha256(pdf), grootte: pdf.length, mime_type: 'application/pdf', soort: 'identiteit', geupload_door: lisa.id, geupload_door_organisatie: lisa.organisatieId });
      expect(Buffer.compare(rij.inhoud, pdf)).toBe(0);
      expect(Math.abs(new Date(rij.geupload_op).getTime() - Date.now())).toBeLessThan(60_000);

      // The write is recorded as a side effect, with the checksum and without the content; the case itself is unchanged.
      const outbox = (await outboxRijen(omgeving.t, zaak.id)).filter((o) => o.soort === 'document-toegevoegd');
      expect(outbox).toEqual([{ soort: 'document-toegevoegd', payload: { documentId: doc.id, bestandsnaam: 'paspoort.pdf', soort: 'identiteit', mimeType: 'application/pdf', grootte: pdf.length, sha256: sha256(pdf), door: lisa.id } }]);
      expect(await stand(zaak.id)).toEqual({ ...voor, documenten: voor.documenten + 1, outbox: voor.outbox + 1 });

      const lijst = await api.get<DocumentMetadata[]>(GEBRUIKER.intakeDenHaag, `/zaken/${zaak.id}/documenten`);
      expect(lijst.status).toBe(200);
      expect(lijst.body).toEqual([doc]);

      const download = await api.download(GEBRUIKER.intakeDenHaag, zaak.id, doc.id);
      expect(download.status).toBe(200);
      expect(Buffer.compare(download.body, pdf)).toBe(0);
      expect(download.headers.get('content-type')).toMatch(/^application\/pdf/);
      expect(download.headers.get('content-disposition')).toBe('attachment; filename="paspoort.pdf"');
      expect(download.headers.get('etag')).toBe(`"${sha256(pdf)}"`);
      expect(download.headers.get('cache-control')).toMatch(/no-store/);
    });

    it('recognises the type by its content: a PNG is stored as image/png, a JPEG declared as image/jpg as image/jpeg', async () => {
      const zaak = await medConcept();
      const png = await uploadOk(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: PNG, naam: 'foto.png', type: 'image/png', soort: 'overig' });
      expect(png.mimeType).toBe('image/png');
      const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
      const jpg = await uploadOk(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: jpeg, naam: 'scan.jpg', type: 'image/jpg', soort: 'inkomen' });
      expect(jpg.mimeType).toBe('image/jpeg');
      expect((await api.download(GEBRUIKER.intakeDenHaag, zaak.id, jpg.id)).headers.get('content-type')).toMatch(/^image\/jpeg/);
    });

    it('keeps a UTF-8 file name and strips folders from it; the download names it for every browser', async () => {
      const zaak = await medConcept();
      const doc = await uploadOk(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: minimalePdf(), naam: 'verklaring – Öztürk.pdf', soort: 'inkomen' });
      expect(doc.bestandsnaam).toBe('verklaring – Öztürk.pdf');
      const download = await api.download(GEBRUIKER.intakeDenHaag, zaak.id, doc.id);
      expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('verklaring – Öztürk.pdf')}`);
    });

    it.each<[string, UploadOpties, RegExp]>([
      ['HTML named and declared as a PDF', { inhoud: HTML, naam: 'brief.pdf', type: 'application/pdf', soort: 'overig' }, /niet ondersteund.*PDF, JPEG of PNG/],
      ['a PNG declared as a PDF', { inhoud: PNG, naam: 'brief.pdf', type: 'application/pdf', soort: 'overig' }, /inhoud van het bestand is PNG/],
      ['a PDF declared as HTML', { inhoud: minimalePdf(), naam: 'brief.html', type: 'text/html', soort: 'overig' }, /aangeboden als text\/html/],
      ['a Word document', { inhoud: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), naam: 'brief.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', soort: 'overig' }, /niet ondersteund/],
    ])('refuses %s by its magic bytes: 415, nothing stored', async (_naam, opties, melding) => {
      const zaak = await medConcept();
      const voor = await stand(zaak.id);
      const body = verwachtProbleem(await api.upload(GEBRUIKER.intakeDenHaag, zaak.id, opties), 415, melding);
      expect(body.veld).toBe('bestand');
      expect(await stand(zaak.id)).toEqual(voor);
    });

    it('refuses a file over 5 MB with 413 and stores nothing; exactly 5 MB is accepted', async () => {
      const zaak = await medConcept();
      const voor = await stand(zaak.id);
      const teGroot = Buffer.concat([minimalePdf(), Buffer.alloc(MAX_DOCUMENT_BYTES + 1 - minimalePdf().length, 0x20)]);
      expect(teGroot.length).toBe(MAX_DOCUMENT_BYTES + 1);
      verwachtProbleem(await api.upload(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: teGroot, naam: 'groot.pdf', soort: 'overig' }), 413, /groter dan 5 MB/);
      expect(await stand(zaak.id)).toEqual(voor);

      const precies = teGroot.subarray(0, MAX_DOCUMENT_BYTES);
      const doc = await uploadOk(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: precies, naam: 'precies.pdf', soort: 'overig' });
      expect(doc).toMatchObject({ grootte: MAX_DOCUMENT_BYTES, sha256: sha256(precies) });
    });

    it.each<[string, UploadOpties, RegExp | undefined]>([
      ['no file at all', { soort: 'identiteit' }, undefined],
      ['an empty file', { inhoud: Buffer.alloc(0), naam: 'leeg.pdf', soort: 'identiteit' }, /leeg/],
      ['no soort', { inhoud: minimalePdf(), naam: 'a.pdf' }, undefined],
      ['an unknown soort', { inhoud: minimalePdf(), naam: 'a.pdf', soort: 'paspoort' }, undefined],
      ['an extra form field', { inhoud: minimalePdf(), naam: 'a.pdf', soort: 'overig', extraVelden: { zaakId: randomUUID() } }, undefined],
      ['two files', { soort: 'overig', bestanden: [{ inhoud: minimalePdf(), naam: 'a.pdf', type: 'application/pdf' }, { inhoud: minimalePdf(), naam: 'b.pdf', type: 'application/pdf' }] }, /één bestand/],
      ['the file in another field', { inhoud: minimalePdf(), naam: 'a.pdf', soort: 'overig', veldnaam: 'document' }, /veld 'bestand'/],
    ])('refuses %s with 400 in Dutch, nothing stored', async (_naam, opties, melding) => {
      const zaak = await medConcept();
      const voor = await stand(zaak.id);
      verwachtProbleem(await api.upload(GEBRUIKER.intakeDenHaag, zaak.id, opties), 400, melding);
      expect(await stand(zaak.id)).toEqual(voor);
    });

    it('a JSON body instead of a form is a 400, not a crash', async () => {
      const zaak = await medConcept();
      verwachtProbleem(await api.call(GEBRUIKER.intakeDenHaag, 'POST', `/zaken/${zaak.id}/documenten`, { soort: 'overig', bestand: 'JVBERi0=' }), 400);
      verwachtProbleem(await api.call(GEBRUIKER.intakeDenHaag, 'POST', `/zaken/${zaak.id}/documenten`, { soort: 'overig' }), 400, /Kies een bestand/);
    });
  });

  describe('who may upload, and when (the machine decides)', () => {
    it('the filing organisation while it may edit: in concept and when asked to complete, not while the commissie judges', async () => {
      let zaak: ZaakDetail = await medConcept();
      await uploadOk(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: minimalePdf(), naam: 'concept.pdf', soort: 'identiteit' });
      zaak = await api.stuurOk(GEBRUIKER.intakeDenHaag, zaak, 'INDIENEN');
      expect(zaak.magDocumentToevoegen).toBe(false);
      const voor = await stand(zaak.id);
      verwachtProbleem(await api.upload(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: minimalePdf(), naam: 'te-laat.pdf', soort: 'inkomen' }), 409, /fase/);
      expect(await stand(zaak.id)).toEqual(voor);

      zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'AANVULLING_VRAGEN', { toelichting: 'Stuur de verklaring van de huisarts mee.' });
      expect((await api.detailOk(GEBRUIKER.intakeDenHaag, zaak.id)).magDocumentToevoegen).toBe(true);
      await uploadOk(GEBRUIKER.intakeDenHaag, zaak.id, { inhoud: minimalePdf('Verklaring huisarts'), naam: 'huisarts.pdf', soort: 'medisch' });
      expect((await documentRijen(omgeving.t, zaak.id)).map((d) => d.bestandsnaam)).toEqual(['concept.pdf', 'huisarts.pdf']);
    });

    it('a zorginstelling on its own uitstroomverzoek in concept too', async () => {
      const zaak = await api.brengNaar('concept');
      expect(zaak.magDocumentToevoegen).toBe(true);
      await uploadOk(GEBRUIKER.zorgParnassia, zaak.id, { inhoud: minimalePdf(), naam: 'beschikking.pdf', soort: 'overig' });
    });

    it('a commissielid until the decision, not after it; never on a concept (it does not see concepts)', async () => {
      const ingediend = await api.brengNaar('ingediend', { categorie: 'MED', zelfmelder: true });
      expect((await api.detailOk(GEBRUIKER.commissie, ingediend.id)).magDocumentToevoegen).toBe(true);
      await uploadOk(GEBRUIKER.commissie, ingediend.id, { inhoud: minimalePdf(), naam: 'aantekening.pdf', soort: 'overig' });
      const beraad = await api.brengNaar('besluitvorming', { categorie: 'MED', zelfmelder: true });
      await uploadOk(GEBRUIKER.commissie, beraad.id, { inhoud: minimalePdf(), naam: 'notitie.pdf', soort: 'overig' });

      const toegekend = await api.brengNaar('zelfZoeken', { categorie: 'MED', zelfmelder: true });
      expect((await api.detailOk(GEBRUIKER.commissie, toegekend.id)).magDocumentToevoegen).toBe(false);
      verwachtProbleem(await api.upload(GEBRUIKER.commissie, toegekend.id, { inhoud: minimalePdf(), naam: 'na-besluit.pdf', soort: 'overig' }), 409);
      expect(await documentRijen(omgeving.t, toegekend.id)).toEqual([]);

      const concept = await medConcept();
      verwachtProbleem(await api.upload(GEBRUIKER.commissie, concept.id, { inhoud: minimalePdf(), naam: 'x.pdf', soort: 'overig' }), 404);
    });

    it('another organisation gets 404, other roles 403; nothing is stored', async () => {
      const zaak = await medConcept();
      const voor = await stand(zaak.id);
      for (const email of [GEBRUIKER.intakeDelft, GEBRUIKER.zorgParnassia, GEBRUIKER.zorgKessler] as DemoEmail[]) {
        verwachtProbleem(await api.upload(email, zaak.id, { inhoud: minimalePdf(), naam: 'x.pdf', soort: 'overig' }), 404, /niet gevonden/i);
      }
      verwachtProbleem(await api.upload(GEBRUIKER.intakeDenHaag, randomUUID(), { inhoud: minimalePdf(), naam: 'x.pdf', soort: 'overig' }), 404);
      for (const email of [GEBRUIKER.arts, GEBRUIKER.staedion, GEBRUIKER.coordinator, GEBRUIKER.beheerder] as DemoEmail[]) {
        verwachtProbleem(await api.upload(email, zaak.id, { inhoud: minimalePdf(), naam: 'x.pdf', soort: 'overig' }), 403, /toegang/);
      }
      expect(await stand(zaak.id)).toEqual(voor);
      expect((await api.detailOk(GEBRUIKER.intakeDenHaag, zaak.id)).magDocumentToevoegen).toBe(true);
    });
  });

  describe('who may read, and the access log', () => {
    let zaak: ZaakDetail;
    let identiteit: DocumentMetadata;
    let medisch: DocumentMetadata;
    const pdfMedisch = minimalePdf('Verklaring huisarts: COPD');

    beforeAll(async () => {
      const concept = await medConcept();
      identiteit = await uploadOk(GEBRUIKER.intakeDenHaag, concept.id, { inhoud: minimalePdf('ID'), naam: 'id.pdf', soort: 'identiteit' });
      medisch = await uploadOk(GEBRUIKER.intakeDenHaag, concept.id, { inhoud: pdfMedisch, naam: 'huisarts.pdf', soort: 'medisch' });
      zaak = await api.stuurOk(GEBRUIKER.intakeDenHaag, concept, 'INDIENEN');
    });

    const downloads = async (naam: string, soort: string, uitkomst: 'toegestaan' | 'geweigerd') =>
      (await toegangslog(omgeving.t, zaak.id)).filter((r) => r.gegevens === `document ${naam} (${soort})` && r.uitkomst === uitkomst);

    it('lists per reader: the medical document only for the medisch adviseur and the uploading gemeente', async () => {
      const lijst = async (email: DemoEmail) => {
        const res = await api.get<DocumentMetadata[]>(email, `/zaken/${zaak.id}/documenten`);
        expect(res.status).toBe(200);
        return res.body.map((d) => d.bestandsnaam);
      };
      expect(await lijst(GEBRUIKER.intakeDenHaag)).toEqual(['id.pdf', 'huisarts.pdf']);
      expect(await lijst(GEBRUIKER.arts)).toEqual(['id.pdf', 'huisarts.pdf']);
      expect(await lijst(GEBRUIKER.commissie)).toEqual(['id.pdf']);
      expect(await lijst(GEBRUIKER.commissie2)).toEqual(['id.pdf']);
    });

    it('the commissielid cannot download the medical document (404, logged as geweigerd), the medisch adviseur and the gemeente can', async () => {
      const commissie = await api.gebruiker(GEBRUIKER.commissie);
      const geweigerdVoor = (await downloads('huisarts.pdf', 'medisch', 'geweigerd')).length;
      const res = await api.download(GEBRUIKER.commissie, zaak.id, medisch.id);
      expect(res.status).toBe(404);
      expect(res.body.toString('latin1')).not.toContain('%PDF');
      const geweigerd = await downloads('huisarts.pdf', 'medisch', 'geweigerd');
      expect(geweigerd).toHaveLength(geweigerdVoor + 1);
      expect(geweigerd.at(-1)).toMatchObject({ gebruiker_id: commissie.id, rol: 'commissielid', organisatie_id: commissie.organisatieId, zaak_id: zaak.id });

      for (const email of [GEBRUIKER.arts, GEBRUIKER.intakeDenHaag] as DemoEmail[]) {
        const wie = await api.gebruiker(email);
        const voor = (await downloads('huisarts.pdf', 'medisch', 'toegestaan')).length;
        const ok = await api.download(email, zaak.id, medisch.id);
        expect(ok.status).toBe(200);
        expect(Buffer.compare(ok.body, pdfMedisch)).toBe(0);
        const gelogd = await downloads('huisarts.pdf', 'medisch', 'toegestaan');
        expect(gelogd).toHaveLength(voor + 1);
        expect(gelogd.at(-1)).toMatchObject({ gebruiker_id: wie.id, rol: wie.rol, organisatie_id: wie.organisatieId });
      }
    });

    it('every download is one row in the access log, also a repeated one', async () => {
      const commissie = await api.gebruiker(GEBRUIKER.commissie);
      const voor = (await downloads('id.pdf', 'identiteit', 'toegestaan')).length;
      for (let keer = 0; keer < 3; keer++) expect((await api.download(GEBRUIKER.commissie, zaak.id, identiteit.id)).status).toBe(200);
      const na = await downloads('id.pdf', 'identiteit', 'toegestaan');
      expect(na).toHaveLength(voor + 3);
      for (const r of na.slice(-3)) expect(r).toMatchObject({ gebruiker_id: commissie.id, rol: 'commissielid', zaak_id: zaak.id });
    });

    it('another organisation gets 404 on list and download, each refusal logged', async () => {
      for (const email of [GEBRUIKER.intakeDelft, GEBRUIKER.zorgParnassia] as DemoEmail[]) {
        const wie = await api.gebruiker(email);
        verwachtProbleem(await api.get(email, `/zaken/${zaak.id}/documenten`), 404, /niet gevonden/i);
        const voor = (await downloads('id.pdf', 'identiteit', 'geweigerd')).length;
        expect((await api.download(email, zaak.id, identiteit.id)).status).toBe(404);
        const na = await downloads('id.pdf', 'identiteit', 'geweigerd');
        expect(na).toHaveLength(voor + 1);
        expect(na.at(-1)).toMatchObject({ gebruiker_id: wie.id, rol: wie.rol });
      }
      const lijstLog = (await toegangslog(omgeving.t, zaak.id)).filter((r) => r.gegevens === 'documentenlijst' && r.uitkomst === 'geweigerd');
      expect(lijstLog.length).toBeGreaterThanOrEqual(2);
    });

    it('a document id of another case, or an unknown one, is a 404 (logged) and never served', async () => {
      const ander = await medConcept();
      const anderDoc = await uploadOk(GEBRUIKER.intakeDenHaag, ander.id, { inhoud: minimalePdf('ander'), naam: 'ander.pdf', soort: 'identiteit' });
      const onbekend = randomUUID();
      for (const id of [anderDoc.id, onbekend]) {
        const voor = (await toegangslog(omgeving.t, zaak.id)).length;
        verwachtProbleem(await api.get(GEBRUIKER.intakeDenHaag, `/zaken/${zaak.id}/documenten/${id}`), 404, /niet gevonden/i);
        const na = await toegangslog(omgeving.t, zaak.id);
        expect(na).toHaveLength(voor + 1);
        expect(na.at(-1)).toMatchObject({ gegevens: `document ${id}`, uitkomst: 'geweigerd' });
      }
      verwachtProbleem(await api.get(GEBRUIKER.intakeDenHaag, `/zaken/${zaak.id}/documenten/niet-een-uuid`), 400);
    });

    it('a conditional request with the ETag is answered 304 without the content', async () => {
      const eerste = await api.download(GEBRUIKER.arts, zaak.id, identiteit.id);
      // fetch adds Cache-Control: no-cache to a request with If-None-Match unless the caller sets one (as a browser revalidating does).
      const res = await api.download(GEBRUIKER.arts, zaak.id, identiteit.id, { 'if-none-match': eerste.headers.get('etag')!, 'cache-control': 'max-age=0' });
      expect(res.status).toBe(304);
      expect(res.body.length).toBe(0);
    });
  });

  describe('corporaties never see documents', () => {
    it('a case it mediates: 403 on list and download (logged, content never sent); upload refused by role', async () => {
      // A homeless family in Delft, registered by the gemeente with a document, granted for directe bemiddeling.
      const concept = await api.maakZaak(GEBRUIKER.intakeDelft, geldigeZaak({ categorie: 'DG', herkomst: DELFT, zelfmelder: true }));
      const doc = await uploadOk(GEBRUIKER.intakeDelft, concept.id, { inhoud: minimalePdf('gezinssituatie'), naam: 'gezin-delft.pdf', soort: 'overig' });
      let zaak = await api.stuurOk(GEBRUIKER.intakeDelft, concept, 'INDIENEN');
      zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'ONTVANKELIJK_VERKLAREN');
      zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', { gemeenteCbs: DELFT.cbsCode, motivering: 'Geen opname: het gezin woont al jaren in Delft.' });
      zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'WEGING_VASTLEGGEN', volledigeWeging({ herkomst: DELFT.cbsCode }));
      zaak = await api.stuurOk(GEBRUIKER.commissie, zaak, 'BESLUIT_VOORSTELLEN', voorstelBemiddeling());
      zaak = await api.stuurOk(GEBRUIKER.commissie2, zaak, 'BESLUIT_GOEDKEUREN');
      expect(zaak.state).toBe('toegekend.bemiddeling.zoeken');

      const woonbron = await api.gebruiker(GEBRUIKER.woonbron);
      const bijCorporatie = await api.detailOk(GEBRUIKER.woonbron, zaak.id);
      expect(bijCorporatie).toMatchObject({ weergave: 'bemiddeling', magDocumentToevoegen: false });
      verwachtProbleem(await api.get(GEBRUIKER.woonbron, `/zaken/${zaak.id}/documenten`), 403, /corporaties/);
      expect((await toegangslog(omgeving.t, zaak.id)).at(-1)).toMatchObject({ gebruiker_id: woonbron.id, gegevens: 'documentenlijst', uitkomst: 'geweigerd' });
      const res = await api.download(GEBRUIKER.woonbron, zaak.id, doc.id);
      expect(res.status).toBe(403);
      expect(res.body.toString('latin1')).not.toContain('%PDF');
      expect((await toegangslog(omgeving.t, zaak.id)).at(-1)).toMatchObject({ gebruiker_id: woonbron.id, rol: 'corporatiemedewerker', gegevens: 'document gezin-delft.pdf (overig)', uitkomst: 'geweigerd' });
      verwachtProbleem(await api.upload(GEBRUIKER.woonbron, zaak.id, { inhoud: minimalePdf(), naam: 'x.pdf', soort: 'overig' }), 403);
      expect((await documentRijen(omgeving.t, zaak.id)).map((d) => d.bestandsnaam)).toEqual(['gezin-delft.pdf']);

      // The commissie sees the same document; the corporatie of another werkgebied does not even see the case.
      expect((await api.download(GEBRUIKER.commissie, zaak.id, doc.id)).status).toBe(200);
      verwachtProbleem(await api.get(GEBRUIKER.staedion, `/zaken/${zaak.id}/documenten`), 404);
      expect((await api.download(GEBRUIKER.staedion, zaak.id, doc.id)).status).toBe(404);
    });
  });
});
