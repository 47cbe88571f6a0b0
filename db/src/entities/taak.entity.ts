import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TaakStatus = 'gepland' | 'uitgevoerd' | 'vervallen' | 'mislukt';

/** A durable job: at `uitvoerenOp` the worker sends the event named by `soort` through the command path. */
@Entity('taak')
export class TaakEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text' }) soort!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ name: 'uitvoeren_op', type: 'timestamptz' }) uitvoerenOp!: Date;
  @Column({ type: 'text', default: 'gepland' }) status!: TaakStatus;
  @Column({ type: 'integer', default: 0 }) pogingen!: number;
  @Column({ name: 'laatste_fout', type: 'text', nullable: true }) laatsteFout!: string | null;
  @Column({ name: 'uitgevoerd_op', type: 'timestamptz', nullable: true }) uitgevoerdOp!: Date | null;
}
