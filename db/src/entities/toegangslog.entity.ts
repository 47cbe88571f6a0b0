import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only access log: every read of a case detail (who, role, what, outcome). */
@Entity('toegangslog')
export class ToegangslogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'gebruiker_id', type: 'uuid' }) gebruikerId!: string;
  @Column({ type: 'text' }) rol!: string;
  @Column({ name: 'organisatie_id', type: 'uuid' }) organisatieId!: string;
  @Column({ name: 'zaak_id', type: 'text' }) zaakId!: string;
  @Column({ type: 'text' }) gegevens!: string;
  @Column({ type: 'text' }) uitkomst!: 'toegestaan' | 'geweigerd';
  @CreateDateColumn({ name: 'tijdstip', type: 'timestamptz' }) tijdstip!: Date;
}
