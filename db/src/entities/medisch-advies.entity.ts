import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Medical advice: `details` is special-category data, read only by the medisch adviseur and logged. */
@Entity('medisch_advies')
export class MedischAdviesEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ type: 'text' }) vraag!: string;
  @Column({ name: 'gevraagd_op', type: 'timestamptz' }) gevraagdOp!: Date;
  @Column({ type: 'boolean', nullable: true }) urgent!: boolean | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) woonvereisten!: string[];
  @Column({ type: 'text', nullable: true }) details!: string | null;
  @Column({ name: 'uitgebracht_door', type: 'uuid', nullable: true }) uitgebrachtDoor!: string | null;
  @Column({ name: 'uitgebracht_op', type: 'timestamptz', nullable: true }) uitgebrachtOp!: Date | null;
}
