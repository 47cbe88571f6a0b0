import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A gemeente by CBS code; the nine of the region carry their letting figures, others (herkomst outside the region) only a name. */
@Entity('gemeente')
export class GemeenteEntity {
  @PrimaryColumn({ name: 'cbs_code', type: 'char', length: 4 }) cbsCode!: string;
  @Column({ type: 'text' }) naam!: string;
  @Column({ name: 'in_regio', type: 'boolean' }) inRegio!: boolean;
  @Column({ type: 'text', nullable: true }) centrumregio!: string | null;
  @Column({ name: 'mutaties_sociaal', type: 'integer', nullable: true }) mutatiesSociaal!: number | null;
  @Column({ name: 'mutaties_onder_aftopping', type: 'integer', nullable: true }) mutatiesOnderAftopping!: number | null;
}
