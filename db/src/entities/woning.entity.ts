import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WoningStatus, Woninglabel, Woningtype } from '@woonstart/domain';

export type { WoningStatus };

/** A vacant dwelling a corporatie offers for mediation (see WoningKenmerken in @woonstart/domain for what the rules use). */
@Entity('woning')
export class WoningEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'corporatie_id', type: 'uuid' }) corporatieId!: string;
  @Column({ name: 'gemeente_cbs', type: 'char', length: 4 }) gemeenteCbs!: string;
  /** Lies in gemeenteCbs (composite foreign key). */
  @Column({ name: 'wijk_code', type: 'text' }) wijkCode!: string;
  /** The corporatie's name for a block or estate, e.g. 'Complex 1204'; caps may count per complex. */
  @Column({ type: 'text', nullable: true }) complex!: string | null;
  @Column({ type: 'text' }) adres!: string;
  @Column({ type: 'text' }) postcode!: string;
  @Column({ type: 'text' }) woningtype!: Woningtype;
  @Column({ type: 'integer' }) kamers!: number;
  @Column({ name: 'huurprijs', type: 'numeric', precision: 8, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) huurprijs!: number;
  /** 0 = ground floor. */
  @Column({ type: 'integer', default: 0 }) verdieping!: number;
  @Column({ type: 'boolean', default: false }) lift!: boolean;
  @Column({ type: 'boolean', default: false }) nultreden!: boolean;
  @Column({ type: 'boolean', default: false }) rolstoeltoegankelijk!: boolean;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) labels!: Woninglabel[];
  /** ISO date (yyyy-mm-dd) from which it can be let. */
  @Column({ name: 'beschikbaar_vanaf', type: 'date' }) beschikbaarVanaf!: string;
  @Column({ type: 'text' }) status!: WoningStatus;
  @Column({ name: 'zaak_id', type: 'uuid', nullable: true }) zaakId!: string | null;
  /** Who registered the dwelling (null for seeded demo data). */
  @Column({ name: 'aangemaakt_door', type: 'uuid', nullable: true }) aangemaaktDoor!: string | null;
  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' }) aangemaaktOp!: Date;
}
