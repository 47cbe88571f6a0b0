import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relatie } from '@woonstart/domain';
import { ZaakEntity } from './zaak.entity';

@Entity('huishoudlid')
export class HuishoudlidEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @ManyToOne(() => ZaakEntity, (z) => z.huishouden, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'zaak_id' }) zaak?: ZaakEntity;
  @Column({ type: 'text' }) relatie!: Relatie;
  @Column({ type: 'text' }) naam!: string;
  @Column({ type: 'date' }) geboortedatum!: string;
}
