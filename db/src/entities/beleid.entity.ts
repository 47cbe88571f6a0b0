import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Policy parameters of a gemeente, in force from a date: a case keeps the version in force when it was received. */
@Entity('beleid')
export class BeleidEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'gemeente_cbs', type: 'char', length: 4 }) gemeenteCbs!: string;
  @Column({ name: 'geldig_vanaf', type: 'date' }) geldigVanaf!: string;
  @Column({ name: 'beslistermijn_weken', type: 'integer' }) beslistermijnWeken!: number;
  @Column({ name: 'hersteltermijn_dagen', type: 'integer' }) hersteltermijnDagen!: number;
  @Column({ name: 'zienswijzetermijn_dagen', type: 'integer' }) zienswijzetermijnDagen!: number;
  @Column({ name: 'geldigheid_maanden', type: 'integer' }) geldigheidMaanden!: number;
  @Column({ name: 'vier_ogen', type: 'boolean' }) vierOgen!: boolean;
  @Column({ name: 'adviescommissie_bezwaar', type: 'boolean' }) adviescommissieBezwaar!: boolean;
  /** What refusing a suitable offer means for the case. */
  @Column({ name: 'weigering_gevolg', type: 'text', default: 'waarschuwing' }) weigeringGevolg!: 'urgentieVervalt' | 'waarschuwing' | 'geenGevolg';
  @Column({ name: 'reactietermijn_dagen', type: 'integer', default: 7 }) reactietermijnDagen!: number;
  @Column({ name: 'evaluatie_interval_maanden', type: 'integer', default: 3 }) evaluatieIntervalMaanden!: number;
  /** Urgency here requires local or regional ties: placements count under the 50 % ceiling. */
  @Column({ name: 'urgentie_met_binding', type: 'boolean', default: true }) urgentieMetBinding!: boolean;
  /** Who added this version (null for seeded policy). */
  @Column({ name: 'aangemaakt_door', type: 'uuid', nullable: true }) aangemaaktDoor!: string | null;
}
