import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only audit of state changes outside a case's own transition log:
 * dwellings registered, imported or withdrawn, caps changed, cap overrides
 * granted, placements without a case. Refused UPDATE/DELETE/TRUNCATE by trigger.
 */
@Entity('auditlog')
export class AuditlogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  /** What kind of record changed, e.g. 'woning', 'begrenzing', 'plafondontheffing', 'plaatsing'. */
  @Column({ type: 'text' }) onderwerp!: string;
  @Column({ name: 'onderwerp_id', type: 'text' }) onderwerpId!: string;
  /** What happened, e.g. 'aangemaakt', 'geimporteerd', 'status gewijzigd', 'verleend'. */
  @Column({ type: 'text' }) actie!: string;
  @Column({ type: 'jsonb' }) gegevens!: Record<string, unknown>;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_naam', type: 'text' }) actorNaam!: string;
  @Column({ name: 'actor_rol', type: 'text' }) actorRol!: string;
  @Column({ name: 'organisatie_id', type: 'uuid', nullable: true }) organisatieId!: string | null;
  @CreateDateColumn({ name: 'tijdstip', type: 'timestamptz' }) tijdstip!: Date;
}
