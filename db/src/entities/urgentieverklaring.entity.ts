import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface Zoekprofiel {
  gemeenten: string[];
  woningtypen: string[];
  kamersMin?: number | null;
  maxHuur: number | null;
}

/** The statement a zelf-zoeker uses on the allocation website; a corporatie registers the placement by its number. */
@Entity('urgentieverklaring')
export class UrgentieverklaringEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid', unique: true }) zaakId!: string;
  @Column({ type: 'text', unique: true }) nummer!: string;
  @Column({ type: 'jsonb' }) zoekprofiel!: Zoekprofiel;
  @Column({ name: 'geldig_vanaf', type: 'date' }) geldigVanaf!: string;
  @Column({ name: 'geldig_tot', type: 'date' }) geldigTot!: string;
  @Column({ name: 'verlengd_tot', type: 'date', nullable: true }) verlengdTot!: string | null;
  @Column({ name: 'verlenging_aangevraagd_op', type: 'date', nullable: true }) verlengingAangevraagdOp!: string | null;
}
