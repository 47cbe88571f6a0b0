import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Documentsoort, Documenttype } from '@woonstart/domain';

/**
 * A file attached to a case. The content is not selected unless asked for
 * (`addSelect('document.inhoud')`), so lists never load it; sha256 proves it unchanged.
 */
@Entity('document')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ type: 'text' }) bestandsnaam!: string;
  @Column({ name: 'mime_type', type: 'text' }) mimeType!: Documenttype;
  @Column({ type: 'integer' }) grootte!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'bytea', select: false }) inhoud?: Buffer;
  @Column({ type: 'text' }) soort!: Documentsoort;
  @Column({ name: 'geupload_door', type: 'uuid' }) geuploadDoor!: string;
  @Column({ name: 'geupload_door_organisatie', type: 'uuid' }) geuploadDoorOrganisatie!: string;
  @Column({ name: 'geupload_op', type: 'timestamptz' }) geuploadOp!: Date;
}
