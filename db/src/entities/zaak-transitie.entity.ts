import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only log of every state change (guarded by a trigger, see the migration). */
@Entity('zaak_transitie')
export class ZaakTransitieEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ type: 'text' }) event!: string;
  /** The event's payload as sent (for GEGEVENS_WIJZIGEN the whole application: every earlier version stays readable). */
  @Column({ type: 'jsonb' }) payload!: object;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_naam', type: 'text' }) actorNaam!: string;
  @Column({ name: 'actor_rol', type: 'text' }) actorRol!: string;
  @Column({ name: 'van_state', type: 'text' }) vanState!: string;
  @Column({ name: 'naar_state', type: 'text' }) naarState!: string;
  @Column({ name: 'machine_version', type: 'integer' }) machineVersion!: number;
  @Column({ type: 'text', nullable: true }) reden!: string | null;
  @CreateDateColumn({ name: 'tijdstip', type: 'timestamptz' }) tijdstip!: Date;
}
