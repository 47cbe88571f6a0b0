import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ScenarioGemeenteInvoer } from '@woonstart/domain';

/**
 * The inputs of the scenario table for one year (memo Verdeelafspraken, ch. 6).
 * Versioned: every change by the regiocoördinator is a new row with the next
 * `versie`; the highest version of a year is in force, earlier ones stay.
 */
@Entity('scenario_invoer')
export class ScenarioInvoerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'integer' }) jaar!: number;
  @Column({ type: 'integer' }) versie!: number;
  /** The expected yearly regional opgave of bijzondere doelgroepen. */
  @Column({ type: 'integer' }) opgave!: number;
  /** One entry per regio gemeente: inhabitants, social lettings, lettings below the eerste aftoppingsgrens, realisation B. */
  @Column({ type: 'jsonb' }) gemeenten!: ScenarioGemeenteInvoer[];
  @Column({ type: 'text', nullable: true }) toelichting!: string | null;
  @Column({ name: 'vastgesteld_door', type: 'uuid', nullable: true }) vastgesteldDoor!: string | null;
  @Column({ name: 'vastgesteld_op', type: 'timestamptz', default: () => 'now()' }) vastgesteldOp!: Date;
}
