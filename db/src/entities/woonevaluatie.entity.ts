import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WoonevaluatiePayload } from '@woonstart/workflow';

/** A periodic evaluation during intermediaire verhuur: recorded by the care provider, signed off by the corporatie. */
@Entity('woonevaluatie')
export class WoonevaluatieEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ type: 'date' }) datum!: string;
  @Column({ type: 'jsonb' }) doelen!: WoonevaluatiePayload['doelen'];
  @Column({ type: 'text', nullable: true }) afspraken!: string | null;
  @Column({ name: 'vastgelegd_door', type: 'uuid' }) vastgelegdDoor!: string;
  @Column({ name: 'vastgelegd_op', type: 'timestamptz', default: () => 'now()' }) vastgelegdOp!: Date;
  @Column({ name: 'afgetekend_door', type: 'uuid', nullable: true }) afgetekendDoor!: string | null;
  @Column({ name: 'afgetekend_op', type: 'timestamptz', nullable: true }) afgetekendOp!: Date | null;
  @Column({ type: 'text', nullable: true }) opmerking!: string | null;
}
