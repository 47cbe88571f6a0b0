import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisatieType } from '@woonstart/domain';

/** Gemeente, woningcorporatie, zorginstelling, toetsingscommissie or the regio itself. */
@Entity('organisatie')
export class OrganisatieEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) naam!: string;
  @Column({ type: 'text' }) type!: OrganisatieType;
  /** Gemeenten (CBS codes) the organisation works for: a corporatie's werkgebied, a commissie's gemeenten. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) werkgebied!: string[];
  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' }) aangemaaktOp!: Date;
}
