import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type WoningStatus = 'beschikbaar' | 'aangeboden' | 'verhuurd';

@Entity('woning')
export class WoningEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'corporatie_id', type: 'uuid' }) corporatieId!: string;
  @Column({ name: 'gemeente_cbs', type: 'char', length: 4 }) gemeenteCbs!: string;
  @Column({ type: 'text' }) adres!: string;
  @Column({ type: 'text' }) postcode!: string;
  @Column({ type: 'text' }) woningtype!: string;
  @Column({ type: 'integer' }) kamers!: number;
  @Column({ name: 'huurprijs', type: 'numeric', precision: 8, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) huurprijs!: number;
  @Column({ type: 'boolean', default: false }) nultreden!: boolean;
  @Column({ type: 'text' }) status!: WoningStatus;
  @Column({ name: 'zaak_id', type: 'uuid', nullable: true }) zaakId!: string | null;
  /** Who registered the dwelling (null for seeded demo data). */
  @Column({ name: 'aangemaakt_door', type: 'uuid', nullable: true }) aangemaaktDoor!: string | null;
  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' }) aangemaaktOp!: Date;
}
