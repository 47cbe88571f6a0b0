import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One version of the kansrijke-woonstart weighing; a revision adds a version, earlier ones stay. */
@Entity('woonstartweging')
export class WoonstartwegingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ type: 'integer' }) versie!: number;
  @Column({ type: 'jsonb' }) weging!: object;
  @Column({ type: 'char', length: 4 }) doelgemeente!: string;
  @Column({ type: 'text', nullable: true }) motivering!: string | null;
  @Column({ name: 'vastgelegd_door', type: 'uuid', nullable: true }) vastgelegdDoor!: string | null;
  @Column({ name: 'vastgelegd_op', type: 'timestamptz' }) vastgelegdOp!: Date;
}
