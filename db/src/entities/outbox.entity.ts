import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Side effects (letters, notifications) written in the same transaction as the change, run after commit. */
@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ type: 'text' }) soort!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' }) aangemaaktOp!: Date;
  @Column({ name: 'verwerkt_op', type: 'timestamptz', nullable: true }) verwerktOp!: Date | null;
}
