import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Documentsoort, Documenttype } from '@woonstart/domain';
import { DocumentEntity } from '../entities/document.entity';
import { OutboxEntity } from '../entities/outbox.entity';

export interface NieuwDocument {
  readonly zaakId: string;
  /** Already made safe (veiligeBestandsnaam) and checked (controleerDocument) by the caller. */
  readonly bestandsnaam: string;
  readonly mimeType: Documenttype;
  readonly soort: Documentsoort;
  readonly inhoud: Buffer;
  readonly door: { readonly id: string; readonly organisatieId: string };
  readonly now?: Date;
}

export function sha256Hex(inhoud: Buffer): string {
  return createHash('sha256').update(inhoud).digest('hex');
}

/**
 * Stores a document with its checksum and, in the same transaction, the outbox
 * row 'document-toegevoegd' (who, what, which checksum; never the content). Call
 * inside a transaction; the uploader and time are the record of the write.
 */
export async function voegDocumentToe(manager: EntityManager, d: NieuwDocument): Promise<DocumentEntity> {
  const now = d.now ?? new Date();
  const sha256 = sha256Hex(d.inhoud);
  const rij = await manager.save(manager.create(DocumentEntity, {
    zaakId: d.zaakId, bestandsnaam: d.bestandsnaam, mimeType: d.mimeType, grootte: d.inhoud.length, sha256,
    inhoud: d.inhoud, soort: d.soort, geuploadDoor: d.door.id, geuploadDoorOrganisatie: d.door.organisatieId, geuploadOp: now,
  }));
  await manager.insert(OutboxEntity, {
    zaakId: d.zaakId,
    soort: 'document-toegevoegd',
    payload: { documentId: rij.id, bestandsnaam: d.bestandsnaam, soort: d.soort, mimeType: d.mimeType, grootte: d.inhoud.length, sha256, door: d.door.id },
    aangemaaktOp: now,
    verwerktOp: null,
  });
  delete rij.inhoud;
  return rij;
}
