import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A meeting of a toetsingscommissie; closed meetings are read-only and have minutes. */
@Entity('vergadering')
export class VergaderingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'commissie_id', type: 'uuid' }) commissieId!: string;
  @Column({ type: 'date' }) datum!: string;
  @Column({ type: 'text' }) status!: 'gepland' | 'gesloten';
  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor!: string;
  @Column({ name: 'aangemaakt_op', type: 'timestamptz' }) aangemaaktOp!: Date;
  @Column({ name: 'gesloten_door', type: 'uuid', nullable: true }) geslotenDoor!: string | null;
  @Column({ name: 'gesloten_op', type: 'timestamptz', nullable: true }) geslotenOp!: Date | null;
}

@Entity('agendapunt')
export class AgendapuntEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'vergadering_id', type: 'uuid' }) vergaderingId!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ type: 'integer' }) volgorde!: number;
  @Column({ type: 'text', nullable: true }) uitkomst!: string | null;
}

export type Standpunt = 'voor' | 'tegen' | 'onthouding';

@Entity('standpunt')
export class StandpuntEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'agendapunt_id', type: 'uuid' }) agendapuntId!: string;
  @Column({ name: 'gebruiker_id', type: 'uuid' }) gebruikerId!: string;
  @Column({ type: 'text' }) standpunt!: Standpunt;
  @Column({ type: 'text', nullable: true }) opmerking!: string | null;
  @Column({ type: 'timestamptz' }) tijdstip!: Date;
}
