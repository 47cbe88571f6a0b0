import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('bezwaar')
export class BezwaarEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ name: 'besluit_id', type: 'uuid', nullable: true }) besluitId!: string | null;
  @Column({ name: 'ontvangen_op', type: 'date' }) ontvangenOp!: string;
  @Column({ type: 'text' }) gronden!: string;
  @Column({ type: 'boolean' }) tijdig!: boolean;
  @Column({ name: 'motivering_te_laat', type: 'text', nullable: true }) motiveringTeLaat!: string | null;
  @Column({ type: 'date' }) beslistermijn!: string;
  @Column({ type: 'text', nullable: true }) uitkomst!: 'gegrond' | 'ongegrond' | 'nietOntvankelijk' | null;
  @Column({ type: 'text', nullable: true }) motivering!: string | null;
  @Column({ name: 'besloten_op', type: 'date', nullable: true }) beslotenOp!: string | null;
}
