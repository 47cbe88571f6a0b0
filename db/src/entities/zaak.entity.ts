import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Route, Urgentiecategorie } from '@woonstart/domain';
import type { PersistedZaak, ZaakStatus } from '@woonstart/workflow';
import { HuishoudlidEntity } from './huishoudlid.entity';
import { InschrijvingEntity } from './inschrijving.entity';
import { OpnameEntity } from './opname.entity';

export interface Plaatsingsprofiel {
  uitgeslotenGemeenten: string[];
  uitgeslotenWijken: string[];
  toelichting?: string | null;
}

/**
 * One case. `snapshot` + `machineVersion` are the truth of where the case is;
 * `status` and `state` are copies written only from the snapshot, for indexing.
 */
@Entity('zaak')
export class ZaakEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) zaaknummer!: string;
  @Column({ type: 'text' }) categorie!: Urgentiecategorie;
  @Column({ type: 'text' }) status!: ZaakStatus;
  @Column({ type: 'text' }) state!: string;
  @Column({ name: 'machine_version', type: 'integer' }) machineVersion!: number;
  @Column({ type: 'jsonb' }) snapshot!: PersistedZaak;
  @VersionColumn({ name: 'row_version' }) rowVersion!: number;
  @Column({ name: 'indienende_organisatie_id', type: 'uuid' }) indienendeOrganisatieId!: string;
  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor!: string;
  /** The gemeente handling the application (where it is filed). */
  @Column({ name: 'behandelende_gemeente', type: 'char', length: 4 }) behandelendeGemeente!: string;
  @Column({ name: 'herkomstgemeente', type: 'char', length: 4, nullable: true }) herkomstgemeente!: string | null;
  @Column({ name: 'woonstartgemeente', type: 'char', length: 4, nullable: true }) woonstartgemeente!: string | null;
  @Column({ type: 'text', nullable: true }) route!: Route | null;
  @Column({ name: 'ingediend_op', type: 'date', nullable: true }) ingediendOp!: string | null;
  @Column({ name: 'beslistermijn', type: 'date', nullable: true }) beslistermijn!: string | null;
  // Aanvrager (applicant) — one per case, kept on the row.
  @Column({ name: 'aanvrager_voornamen', type: 'text' }) aanvragerVoornamen!: string;
  @Column({ name: 'aanvrager_achternaam', type: 'text' }) aanvragerAchternaam!: string;
  @Column({ name: 'aanvrager_geboortedatum', type: 'date' }) aanvragerGeboortedatum!: string;
  @Column({ name: 'aanvrager_email', type: 'text', nullable: true }) aanvragerEmail!: string | null;
  @Column({ name: 'aanvrager_telefoon', type: 'text', nullable: true }) aanvragerTelefoon!: string | null;
  @Column({ name: 'woonnet_inschrijfnummer', type: 'text', nullable: true }) woonnetInschrijfnummer!: string | null;
  /** Social evidence and support plan: never shown to corporaties. */
  @Column({ name: 'ondersteuningsplan', type: 'text', nullable: true }) ondersteuningsplan!: string | null;
  @Column({ name: 'begeleiding_akkoord', type: 'boolean', default: false }) begeleidingAkkoord!: boolean;
  /** What placement needs: dwelling requirements the corporatie may see. */
  @Column({ name: 'woonwensen', type: 'text', nullable: true }) woonwensen!: string | null;
  @Column({ name: 'aantal_kamers_min', type: 'integer', default: 1 }) aantalKamersMin!: number;
  /** The gemeente's policy version in force on the day the case was received. */
  @Column({ name: 'beleid_id', type: 'uuid', nullable: true }) beleidId!: string | null;
  @Column({ name: 'verdaging_weken', type: 'integer', nullable: true }) verdagingWeken!: number | null;
  @Column({ name: 'verdaagd_op', type: 'date', nullable: true }) verdaagdOp!: string | null;
  @Column({ name: 'verdaging_reden', type: 'text', nullable: true }) verdagingReden!: string | null;
  /** Exclusions for matching (danger, area ban), set after the decision; what corporaties may see of them. */
  @Column({ type: 'jsonb', default: () => `'{"uitgeslotenGemeenten":[],"uitgeslotenWijken":[]}'` }) plaatsingsprofiel!: Plaatsingsprofiel;
  @OneToMany(() => HuishoudlidEntity, (h) => h.zaak) huishouden?: HuishoudlidEntity[];
  @OneToMany(() => InschrijvingEntity, (i) => i.zaak) inschrijvingen?: InschrijvingEntity[];
  @OneToMany(() => OpnameEntity, (o) => o.zaak) opnames?: OpnameEntity[];
  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' }) aangemaaktOp!: Date;
  @UpdateDateColumn({ name: 'gewijzigd_op', type: 'timestamptz' }) gewijzigdOp!: Date;
}
