import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Awb 4:7: the applicant's view before a refusal on facts they did not give. */
@Entity('zienswijze')
export class ZienswijzeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ name: 'besluit_id', type: 'uuid' }) besluitId!: string;
  @Column({ name: 'gevraagd_op', type: 'date' }) gevraagdOp!: string;
  @Column({ name: 'termijn_tot', type: 'date' }) termijnTot!: string;
  @Column({ type: 'text', nullable: true }) inhoud!: string | null;
  @Column({ name: 'ontvangen_op', type: 'date', nullable: true }) ontvangenOp!: string | null;
}
