import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MAIL_TRANSPORT, type MailTransport } from './mail.transport';

/** After this many failed attempts a mail is 'mislukt' and stays in the mailbox for a person to follow up. */
export const MAX_POGINGEN = 3;

interface Geclaimd {
  readonly id: string;
  readonly aan: string;
  readonly onderwerp: string;
  readonly tekst: string;
  readonly pogingen: number;
}

/**
 * Sends queued e-mail at most once.
 *
 * Each mail is claimed in its own short transaction (`FOR UPDATE SKIP LOCKED`, so
 * replicas never take the same row), set to 'verzenden' and committed before the
 * SMTP conversation starts; only then is it sent, and the outcome is written in a
 * second transaction. If the process dies between the two, the row stays in
 * 'verzenden' and is NOT sent again automatically: the server may already have
 * accepted it, and a duplicate message about a client to a counsellor is worse
 * than one that a person checks by hand (the mailbox shows it as "status onbekend").
 * A failure the server reports is safe to retry: back to 'wachtend' with a backoff,
 * until MAX_POGINGEN, then 'mislukt'.
 *
 * Without a mail server (embedded mode, development) nothing leaves the machine:
 * every mail becomes 'bewaard' and the app shows it in the mailbox.
 */
@Injectable()
export class MailVerzender {
  private readonly logger = new Logger('Mail');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport | null,
  ) {}

  /** Works through the mails that are due at `nu`; returns how many were handled. Public for tests and a manual trigger. */
  async verzendMails(nu = new Date()): Promise<number> {
    let aantal = 0;
    for (;;) {
      const mail = await this.claim(nu);
      if (!mail) return aantal;
      aantal++;
      if (this.transport) await this.verstuur(this.transport, mail);
    }
  }

  /** Claims one due mail and commits the claim, so nobody else (and no retry) sends it. */
  private claim(nu: Date): Promise<Geclaimd | null> {
    return this.dataSource.transaction(async (m) => {
      // A retry waits a minute per earlier attempt, so a server that is down is not hammered.
      const [rij]: Geclaimd[] = await m.query(
        `SELECT id, aan, onderwerp, tekst, pogingen FROM email
          WHERE status = 'wachtend' AND (laatste_poging_op IS NULL OR laatste_poging_op + pogingen * interval '1 minute' <= $1)
          ORDER BY aangemaakt_op, id LIMIT 1 FOR UPDATE SKIP LOCKED`, [nu]);
      if (!rij) return null;
      if (!this.transport) {
        await m.query(`UPDATE email SET status = 'bewaard' WHERE id = $1`, [rij.id]);
      } else {
        await m.query(`UPDATE email SET status = 'verzenden', pogingen = pogingen + 1, laatste_poging_op = $2 WHERE id = $1`, [rij.id, nu]);
      }
      return rij;
    });
  }

  private async verstuur(transport: MailTransport, mail: Geclaimd): Promise<void> {
    try {
      await transport.verstuur({ aan: mail.aan, onderwerp: mail.onderwerp, tekst: mail.tekst });
    } catch (e) {
      const pogingen = mail.pogingen + 1;
      const status = pogingen >= MAX_POGINGEN ? 'mislukt' : 'wachtend';
      const fout = ((e as Error).message || String(e)).slice(0, 1000);
      this.logger.warn(`E-mail ${mail.id} niet verzonden (poging ${pogingen} van ${MAX_POGINGEN}): ${fout}`);
      await this.dataSource.query(`UPDATE email SET status = $2, fout = $3 WHERE id = $1 AND status = 'verzenden'`, [mail.id, status, fout]);
      return;
    }
    await this.dataSource.query(`UPDATE email SET status = 'verzonden', verzonden_op = now(), fout = NULL WHERE id = $1 AND status = 'verzenden'`, [mail.id]);
  }
}
