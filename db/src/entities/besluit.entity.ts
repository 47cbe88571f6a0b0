import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BesluitStatus = 'voorgesteld' | 'teruggestuurd' | 'genomen' | 'zienswijze';

/** A decision as proposed by one member and approved by another (four eyes). */
@Entity('besluit')
export class BesluitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ type: 'text' }) uitkomst!: 'toekennen' | 'afwijzen';
  @Column({ type: 'text', nullable: true }) route!: 'bemiddeling' | 'zelfZoeken' | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) gronden!: string[];
  @Column({ type: 'text' }) motivering!: string;
  @Column({ name: 'geldigheid_maanden', type: 'integer', nullable: true }) geldigheidMaanden!: number | null;
  @Column({ type: 'jsonb', nullable: true }) zoekprofiel!: object | null;
  @Column({ name: 'zienswijze_nodig', type: 'boolean', default: false }) zienswijzeNodig!: boolean;
  @Column({ type: 'text' }) status!: BesluitStatus;
  @Column({ name: 'voorgesteld_door', type: 'uuid' }) voorgesteldDoor!: string;
  @Column({ name: 'voorgesteld_op', type: 'timestamptz' }) voorgesteldOp!: Date;
  @Column({ name: 'goedgekeurd_door', type: 'uuid', nullable: true }) goedgekeurdDoor!: string | null;
  @Column({ name: 'goedgekeurd_op', type: 'timestamptz', nullable: true }) goedgekeurdOp!: Date | null;
  @Column({ name: 'bekendgemaakt_op', type: 'date', nullable: true }) bekendgemaaktOp!: string | null;
  @Column({ name: 'geldig_tot', type: 'date', nullable: true }) geldigTot!: string | null;
  /** The meeting in which the decision was taken, when it was on an open agenda that day. */
  @Column({ name: 'vergadering_id', type: 'uuid', nullable: true }) vergaderingId!: string | null;
}
