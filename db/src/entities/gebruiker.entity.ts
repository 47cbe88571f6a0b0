import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Rol } from '@woonstart/domain';
import { OrganisatieEntity } from './organisatie.entity';

@Entity('gebruiker')
export class GebruikerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) email!: string;
  @Column({ type: 'text' }) naam!: string;
  @Column({ type: 'text' }) rol!: Rol;
  @Column({ name: 'organisatie_id', type: 'uuid' }) organisatieId!: string;
  @ManyToOne(() => OrganisatieEntity) @JoinColumn({ name: 'organisatie_id' }) organisatie?: OrganisatieEntity;
  @Column({ type: 'boolean', default: true }) actief!: boolean;
  /** The identity provider's subject, set at the first OIDC login (see the oidc-login migration). */
  @Column({ name: 'oidc_sub', type: 'text', nullable: true }) oidcSub!: string | null;
}
