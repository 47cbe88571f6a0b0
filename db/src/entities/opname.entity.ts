import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ZaakEntity } from './zaak.entity';

/** Admission to an institution; `tot` null while it runs. */
@Entity('opname')
export class OpnameEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @ManyToOne(() => ZaakEntity, (z) => z.opnames, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'zaak_id' }) zaak?: ZaakEntity;
  @Column({ type: 'text' }) instelling!: string;
  @Column({ type: 'date' }) van!: string;
  @Column({ type: 'date', nullable: true }) tot!: string | null;
}
