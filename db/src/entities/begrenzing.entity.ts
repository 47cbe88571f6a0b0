import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PlafondBasis, PlafondUitzondering } from '@woonstart/domain';

/** The cap of a gemeente for a year. Versioned: every change is a new row; the latest is in force. */
@Entity('begrenzing')
export class BegrenzingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'gemeente_cbs', type: 'char', length: 4 }) gemeenteCbs!: string;
  @Column({ type: 'integer' }) jaar!: number;
  @Column({ name: 'verwachte_mutaties', type: 'integer' }) verwachteMutaties!: number;
  @Column({ name: 'verwachte_mutaties_onder_aftopping', type: 'integer' }) verwachteMutatiesOnderAftopping!: number;
  @Column({ type: 'numeric', precision: 4, scale: 3, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } }) aandeel!: number;
  @Column({ type: 'text' }) basis!: PlafondBasis;
  @Column({ type: 'jsonb' }) uitzonderingen!: PlafondUitzondering[];
  @Column({ type: 'text', nullable: true }) motivering!: string | null;
  @Column({ name: 'vastgesteld_door', type: 'uuid', nullable: true }) vastgesteldDoor!: string | null;
  @Column({ name: 'vastgesteld_op', type: 'timestamptz', default: () => 'now()' }) vastgesteldOp!: Date;
}

/** A regiocoördinator's permission to place one household beyond a full cap. Used once. */
@Entity('plafond_ontheffing')
export class PlafondOntheffingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid', nullable: true }) zaakId!: string | null;
  @Column({ name: 'gemeente_cbs', type: 'char', length: 4 }) gemeenteCbs!: string;
  @Column({ type: 'integer' }) jaar!: number;
  @Column({ type: 'text' }) motivering!: string;
  @Column({ name: 'verleend_door', type: 'uuid' }) verleendDoor!: string;
  @Column({ name: 'verleend_op', type: 'timestamptz', default: () => 'now()' }) verleendOp!: Date;
  @Column({ name: 'plaatsing_id', type: 'uuid', nullable: true }) plaatsingId!: string | null;
}

/** Rent limits of the Wet op de huurtoeslag per year, kept as data so a new year needs no release. */
@Entity('huurgrens')
export class HuurgrensEntity {
  @PrimaryColumn({ type: 'integer' }) jaar!: number;
  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } }) kwaliteitskortingsgrens!: number;
  @Column({ name: 'eerste_aftoppingsgrens', type: 'numeric', precision: 7, scale: 2, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } }) eersteAftoppingsgrens!: number;
  @Column({ name: 'tweede_aftoppingsgrens', type: 'numeric', precision: 7, scale: 2, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } }) tweedeAftoppingsgrens!: number;
  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } }) liberalisatiegrens!: number;
  @Column({ name: 'gewijzigd_door', type: 'uuid', nullable: true }) gewijzigdDoor!: string | null;
  @Column({ name: 'gewijzigd_op', type: 'timestamptz', default: () => 'now()' }) gewijzigdOp!: Date;
}
