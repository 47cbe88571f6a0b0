import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A household housed: with a case (directe bemiddeling or zelf zoeken) or without
 * one (statushouders and other bijzondere doelgroepen registered by a corporatie).
 * Every row counts against the cap of its gemeente (and wijk/complex) in its year.
 */
@Entity('plaatsing')
export class PlaatsingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid', nullable: true }) zaakId!: string | null;
  @Column({ name: 'woning_id', type: 'uuid', nullable: true }) woningId!: string | null;
  @Column({ name: 'corporatie_id', type: 'uuid', nullable: true }) corporatieId!: string | null;
  /** An urgentiecategorie, or OVERIG for a bijzondere doelgroep without one. */
  @Column({ type: 'text' }) categorie!: string;
  @Column({ type: 'text' }) vorm!: 'huur' | 'intermediair';
  @Column({ name: 'gemeente_cbs', type: 'char', length: 4 }) gemeenteCbs!: string;
  @Column({ name: 'wijk_code', type: 'text', nullable: true }) wijkCode!: string | null;
  @Column({ type: 'text', nullable: true }) complex!: string | null;
  @Column({ type: 'text' }) adres!: string;
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } }) huurprijs!: number | null;
  @Column({ type: 'date' }) ingangsdatum!: string;
  @Column({ type: 'integer' }) jaar!: number;
  /** Allocated with local or regional ties: counts under the 50 % ceiling. */
  @Column({ type: 'boolean' }) binding!: boolean;
  @Column({ name: 'begeleiding_akkoord', type: 'boolean' }) begeleidingAkkoord!: boolean;
  @Column({ type: 'text', nullable: true }) begeleidingsafspraak!: string | null;
  @Column({ name: 'ontheffing_id', type: 'uuid', nullable: true }) ontheffingId!: string | null;
  @Column({ name: 'geregistreerd_door', type: 'uuid' }) geregistreerdDoor!: string;
  @Column({ name: 'geregistreerd_op', type: 'timestamptz', default: () => 'now()' }) geregistreerdOp!: Date;
}
