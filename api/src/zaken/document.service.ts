import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DOCUMENTSOORT_LABEL, WoonstartFout, controleerDocument, magDocumentInzien, veiligeBestandsnaam, type Documentsoort, type Documenttype,
} from '@woonstart/domain';
import { DocumentEntity, GebruikerEntity, ZaakEntity, sha256Hex, voegDocumentToe } from '@woonstart/db';
import { documentToevoegenMogelijk } from '@woonstart/workflow';
import { ToegangslogService } from '../audit/toegangslog.service';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { ValidatieFout } from '../common/problem.model';
import { TransactionService } from '../idempotentie/transaction.service';
import { ZaakQueryService } from './zaak-query.service';

/** The part of a multipart upload multer keeps in memory (its own type lives in @types/multer, not needed for this). */
export interface GeuploadBestand {
  readonly originalname: string;
  readonly mimetype: string;
  readonly size: number;
  readonly buffer: Buffer;
}

/** A document as lists show it: never its content. */
export interface DocumentMetadata {
  readonly id: string;
  readonly zaakId: string;
  readonly bestandsnaam: string;
  readonly mimeType: Documenttype;
  readonly grootte: number;
  readonly sha256: string;
  readonly soort: Documentsoort;
  readonly soortLabel: string;
  readonly geuploadDoor: { readonly naam: string; readonly organisatie: string };
  readonly geuploadOp: string;
}

const NIET_GEVONDEN = 'Zaak niet gevonden, of u heeft er geen toegang toe.';
const DOCUMENT_NIET_GEVONDEN = 'Document niet gevonden, of u heeft er geen toegang toe.';
const gegevensVan = (d: Pick<DocumentEntity, 'bestandsnaam' | 'soort'>) => `document ${d.bestandsnaam} (${d.soort})`;

/**
 * Documents of a case. Upload: the filing organisation while it may edit the
 * application, a commissielid until the decision (the machine decides both).
 * Reading: whoever sees the full case, medical documents only the medisch
 * adviseur and the uploading organisation; every download and every refusal is
 * in the access log.
 */
@Injectable()
export class DocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ZaakQueryService) private readonly query: ZaakQueryService,
    @Inject(ToegangslogService) private readonly toegangslog: ToegangslogService,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  async upload(g: GebruikerContext, zaakId: string, bestand: GeuploadBestand | undefined, soort: Documentsoort): Promise<DocumentMetadata> {
    // The id, not the entity: a retry with the same Idempotency-Key gets this value back from the database.
    const documentId = await this.transacties.run(async (m) => {
      if (!(await this.query.findScoped(m, g, zaakId))) throw new WoonstartFout('niet-gevonden', NIET_GEVONDEN);
      // Shared lock: a concurrent command (INDIENEN) waits, so the phase checked is the phase stored in.
      const zaak = await m.findOneOrFail(ZaakEntity, { where: { id: zaakId }, lock: { mode: 'pessimistic_read' } });
      const toevoegen = documentToevoegenMogelijk({
        rol: g.rol, actorId: g.id, eigenZaak: zaak.indienendeOrganisatieId === g.organisatieId,
        machineVersion: zaak.machineVersion, snapshot: zaak.snapshot, status: zaak.status,
      });
      if (!toevoegen.mogelijk) {
        throw toevoegen.reden === 'rol'
          ? new WoonstartFout('verboden', 'Uw rol mag geen documenten aan deze zaak toevoegen.')
          : new WoonstartFout('conflict', 'In deze fase van de zaak kunt u geen documenten toevoegen: de indiener kan dat zolang de aanvraag gewijzigd kan worden, de commissie tot het besluit.');
      }
      if (!bestand) throw new ValidatieFout([{ veld: 'bestand', melding: 'Kies een bestand om te uploaden.' }], 'Kies een bestand om te uploaden.');
      const controle = controleerDocument({ grootte: bestand.size, gedeclareerdType: bestand.mimetype, kop: bestand.buffer.subarray(0, 16) });
      if (!controle.ok) {
        if (controle.afwijzing === 'leeg') throw new ValidatieFout([{ veld: 'bestand', melding: controle.melding }], controle.melding);
        throw new WoonstartFout(controle.afwijzing === 'te-groot' ? 'te-groot' : 'niet-ondersteund', controle.melding, { veld: 'bestand' });
      }
      const document = await voegDocumentToe(m, {
        zaakId, soort, mimeType: controle.mimeType, inhoud: bestand.buffer,
        bestandsnaam: veiligeBestandsnaam(utf8Bestandsnaam(bestand.originalname), controle.mimeType),
        door: { id: g.id, organisatieId: g.organisatieId },
      });
      return document.id;
    });
    const m = this.dataSource.manager;
    return (await this.metadata(m, [await m.findOneByOrFail(DocumentEntity, { id: documentId })]))[0];
  }

  /** The documents this caller may see, oldest first; medical ones of others are left out, not shown as locked. */
  async lijst(g: GebruikerContext, zaakId: string): Promise<DocumentMetadata[]> {
    const m = this.dataSource.manager;
    const gevonden = await this.query.findScoped(m, g, zaakId);
    if (!gevonden || gevonden.weergave !== 'volledig') {
      await this.toegangslog.log(g, zaakId, 'documentenlijst', 'geweigerd');
      throw gevonden
        ? new WoonstartFout('verboden', 'Documenten bij een zaak zijn niet zichtbaar voor corporaties: zij zien alleen wat bemiddeling nodig heeft.')
        : new WoonstartFout('niet-gevonden', NIET_GEVONDEN);
    }
    const alle = await m.find(DocumentEntity, { where: { zaakId }, order: { geuploadOp: 'ASC', id: 'ASC' } });
    const zichtbaar = alle.filter((d) => magDocumentInzien({ ...g, weergave: gevonden.weergave }, { soort: d.soort, organisatieId: d.geuploadDoorOrganisatie }).toegestaan);
    await this.toegangslog.log(g, zaakId, 'documentenlijst', 'toegestaan');
    return this.metadata(m, zichtbaar);
  }

  /** The stored file, after the same checks as the list; the content is checked against its checksum. */
  async download(g: GebruikerContext, zaakId: string, documentId: string): Promise<DocumentEntity & { inhoud: Buffer }> {
    const m = this.dataSource.manager;
    const [gevonden, document] = await Promise.all([
      this.query.findScoped(m, g, zaakId),
      m.findOne(DocumentEntity, { where: { id: documentId, zaakId } }),
    ]);
    const gegevens = document ? gegevensVan(document) : `document ${documentId}`;
    if (!gevonden || !document) {
      await this.toegangslog.log(g, zaakId, gegevens, 'geweigerd');
      throw new WoonstartFout('niet-gevonden', gevonden ? DOCUMENT_NIET_GEVONDEN : NIET_GEVONDEN);
    }
    const inzage = magDocumentInzien({ ...g, weergave: gevonden.weergave }, { soort: document.soort, organisatieId: document.geuploadDoorOrganisatie });
    if (!inzage.toegestaan) {
      await this.toegangslog.log(g, zaakId, gegevens, 'geweigerd');
      // A corporatie knows the case and is told why; a hidden medical document does not exist for the caller.
      throw gevonden.weergave === 'bemiddeling' ? new WoonstartFout('verboden', inzage.reden) : new WoonstartFout('niet-gevonden', DOCUMENT_NIET_GEVONDEN);
    }
    const metInhoud = await m.createQueryBuilder(DocumentEntity, 'document').addSelect('document.inhoud').where('document.id = :id', { id: documentId }).getOneOrFail();
    const inhoud = metInhoud.inhoud ?? Buffer.alloc(0);
    if (sha256Hex(inhoud) !== document.sha256) throw new Error(`Document ${documentId}: de inhoud wijkt af van de opgeslagen controlesom`);
    await this.toegangslog.log(g, zaakId, gegevens, 'toegestaan');
    return { ...document, inhoud };
  }

  private async metadata(m: EntityManager, documenten: readonly DocumentEntity[]): Promise<DocumentMetadata[]> {
    const ids = [...new Set(documenten.map((d) => d.geuploadDoor))];
    const uploaders = ids.length
      ? await m.getRepository(GebruikerEntity).createQueryBuilder('g').leftJoinAndSelect('g.organisatie', 'o').where('g.id IN (:...ids)', { ids }).getMany()
      : [];
    const perId = new Map(uploaders.map((u) => [u.id, u]));
    return documenten.map((d) => ({
      id: d.id, zaakId: d.zaakId, bestandsnaam: d.bestandsnaam, mimeType: d.mimeType, grootte: d.grootte, sha256: d.sha256,
      soort: d.soort, soortLabel: DOCUMENTSOORT_LABEL[d.soort],
      geuploadDoor: { naam: perId.get(d.geuploadDoor)?.naam ?? 'onbekend', organisatie: perId.get(d.geuploadDoor)?.organisatie?.naam ?? '' },
      geuploadOp: d.geuploadOp.toISOString(),
    }));
  }
}

/**
 * Browsers send a file name as raw UTF-8; busboy (under multer) reads it as Latin-1.
 * Read it again as UTF-8 when that gives a valid name; a name that was not UTF-8 stays.
 */
function utf8Bestandsnaam(naam: string): string {
  const opnieuw = Buffer.from(naam, 'latin1').toString('utf8');
  return opnieuw.includes('\uFFFD') ? naam : opnieuw;
}
