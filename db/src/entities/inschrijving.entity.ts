import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Adrestype } from '@woonstart/domain';
import { ZaakEntity } from './zaak.entity';

/** A BRP registration period; gemeente may lie outside the region (CBS code kept) or abroad (no code). */
@Entity('inschrijving')
export class InschrijvingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @ManyToOne(() => ZaakEntity, (z) => z.inschrijvingen, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'zaak_id' }) zaak?: ZaakEntity;
  @Column({ name: 'gemeente_cbs', type: 'char', length: 4, nullable: true }) gemeenteCbs!: string | null;
  @Column({ name: 'gemeente_naam', type: 'text' }) gemeenteNaam!: string;
  @Column({ type: 'text' }) adrestype!: Adrestype;
  @Column({ type: 'date' }) van!: string;
  @Column({ type: 'date', nullable: true }) tot!: string | null;
}
