import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A request to complete the application (Awb 4:5) that suspends the decision term (4:15). */
@Entity('opschorting')
export class OpschortingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ name: 'verzoek_op', type: 'date' }) verzoekOp!: string;
  @Column({ name: 'hersteltermijn_tot', type: 'date' }) hersteltermijnTot!: string;
  @Column({ name: 'aangevuld_op', type: 'date', nullable: true }) aangevuldOp!: string | null;
  @Column({ type: 'text' }) toelichting!: string;
}
