import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What one organisation is told of one outbox row, shown in the app. Unique per
 * (outbox row, organisation): processing the same row again adds nothing. Read
 * once for the whole organisation: whoever picks it up marks it read for colleagues.
 */
@Entity('melding')
export class MeldingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'outbox_id', type: 'bigint' }) outboxId!: string;
  @Column({ name: 'organisatie_id', type: 'uuid' }) organisatieId!: string;
  @Column({ name: 'zaak_id', type: 'uuid', nullable: true }) zaakId!: string | null;
  @Column({ type: 'text' }) onderwerp!: string;
  @Column({ type: 'text' }) tekst!: string;
  /** In-app path, e.g. '/zaken/<id>'. */
  @Column({ type: 'text', nullable: true }) link!: string | null;
  @Column({ name: 'aangemaakt_op', type: 'timestamptz' }) aangemaaktOp!: Date;
  @Column({ name: 'gelezen_op', type: 'timestamptz', nullable: true }) gelezenOp!: Date | null;
  @Column({ name: 'gelezen_door', type: 'uuid', nullable: true }) gelezenDoor!: string | null;
}
