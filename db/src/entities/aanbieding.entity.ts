import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WeigeringGevolg } from '@woonstart/workflow';

export type AanbiedingUitkomst = 'open' | 'geaccepteerd' | 'geweigerd' | 'ingetrokken' | 'verlopen' | 'verhuurd';

/** A dwelling offered to a mediation candidate, with its reply term and how it ended. */
@Entity('aanbieding')
export class AanbiedingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'zaak_id', type: 'uuid' }) zaakId!: string;
  @Column({ name: 'woning_id', type: 'uuid' }) woningId!: string;
  @Column({ name: 'aangeboden_door', type: 'uuid', nullable: true }) aangebodenDoor!: string | null;
  @Column({ name: 'aangeboden_op', type: 'timestamptz', default: () => 'now()' }) aangebodenOp!: Date;
  @Column({ name: 'reactie_tot', type: 'date' }) reactieTot!: string;
  @Column({ type: 'text', nullable: true }) toelichting!: string | null;
  @Column({ name: 'motivering_andere_gemeente', type: 'text', nullable: true }) motiveringAndereGemeente!: string | null;
  @Column({ type: 'text', default: 'open' }) uitkomst!: AanbiedingUitkomst;
  @Column({ type: 'text', nullable: true }) reden!: string | null;
  @Column({ type: 'boolean', nullable: true }) gegrond!: boolean | null;
  @Column({ type: 'text', nullable: true }) gevolg!: WeigeringGevolg | null;
  @Column({ name: 'afgerond_op', type: 'timestamptz', nullable: true }) afgerondOp!: Date | null;
}
