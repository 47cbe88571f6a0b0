import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * wachtend → verzenden → verzonden | wachtend (retry) | mislukt; 'bewaard' when no
 * mail server is configured (embedded mode: the app shows it instead). A row
 * left in 'verzenden' is never sent again automatically (see mail-verzender.ts).
 */
export const EMAIL_STATUSSEN = ['wachtend', 'verzenden', 'verzonden', 'bewaard', 'mislukt'] as const;
export type EmailStatus = (typeof EMAIL_STATUSSEN)[number];

/** One e-mail to one user for one melding; unique per (melding, address), so it is queued once. */
@Entity('email')
export class EmailEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'melding_id', type: 'uuid' }) meldingId!: string;
  @Column({ type: 'text' }) aan!: string;
  @Column({ type: 'text' }) onderwerp!: string;
  @Column({ type: 'text' }) tekst!: string;
  @Column({ type: 'text', default: 'wachtend' }) status!: EmailStatus;
  @Column({ type: 'integer', default: 0 }) pogingen!: number;
  @Column({ type: 'text', nullable: true }) fout!: string | null;
  @Column({ name: 'aangemaakt_op', type: 'timestamptz' }) aangemaaktOp!: Date;
  /** When the last attempt was claimed: tells a send in progress from one whose outcome is unknown. */
  @Column({ name: 'laatste_poging_op', type: 'timestamptz', nullable: true }) laatstePogingOp!: Date | null;
  @Column({ name: 'verzonden_op', type: 'timestamptz', nullable: true }) verzondenOp!: Date | null;
}
