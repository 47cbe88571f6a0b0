import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { meldingenVoor, voegMeldingenSamen } from '@woonstart/domain';
import { stateLabel } from '@woonstart/workflow';
import { laadZaakVoorMelding, organisatiesVoor, type ZaakVoorMelding } from './ontvangers.resolver';

interface OutboxRij {
  readonly id: string;
  readonly zaakId: string;
  readonly aangemaaktOp: Date;
  readonly soort: string;
  readonly payload: Record<string, unknown>;
}

const tekstOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Turns committed outbox rows into meldingen and queued e-mail. It only ever reads
 * committed rows, so a change that rolled back tells nobody. Each row is handled
 * in its own transaction — lock it (`FOR UPDATE SKIP LOCKED`, so replicas and
 * overlapping runs split the work), insert the meldingen and mails, mark it
 * processed — and the unique keys (outbox row, organisation) and (melding,
 * address) make a second pass over the same row add nothing.
 *
 * Every row is marked processed, also those that tell nobody (documents, the
 * separate deadline rows): `verwerkt_op` means "notifications derived".
 */
@Injectable()
export class OutboxWorker {
  private readonly logger = new Logger('Meldingen');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Processes every open outbox row; returns how many. Public for tests and a manual trigger. */
  async verwerkOutbox(nu = new Date()): Promise<number> {
    // A row whose processing fails stays open for the next run, but is skipped in this one.
    const overgeslagen: string[] = [];
    let aantal = 0;
    for (;;) {
      const uitkomst = await this.verwerkEen(nu, overgeslagen);
      if (uitkomst === 'klaar') return aantal;
      if (uitkomst === 'verwerkt') aantal++;
    }
  }

  private verwerkEen(nu: Date, overgeslagen: string[]): Promise<'verwerkt' | 'mislukt' | 'klaar'> {
    return this.dataSource.transaction(async (m) => {
      const [rij]: OutboxRij[] = await m.query(
        `SELECT id, zaak_id AS "zaakId", soort, payload, aangemaakt_op AS "aangemaaktOp" FROM outbox
          WHERE verwerkt_op IS NULL AND NOT (id = ANY($1::bigint[]))
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`, [overgeslagen]);
      if (!rij) return 'klaar';
      try {
        await m.query('SAVEPOINT melding');
        await this.meldVoor(m, rij, nu);
        await m.query(`UPDATE outbox SET verwerkt_op = $2 WHERE id = $1`, [rij.id, nu]);
        return 'verwerkt';
      } catch (e) {
        await m.query('ROLLBACK TO SAVEPOINT melding');
        overgeslagen.push(String(rij.id));
        this.logger.error(`Outbox-regel ${rij.id} (${rij.soort}) niet verwerkt: ${(e as Error).message}`);
        return 'mislukt';
      }
    });
  }

  private async meldVoor(m: EntityManager, rij: OutboxRij, nu: Date): Promise<void> {
    const zaak = await laadZaakVoorMelding(m, rij.zaakId);
    if (!zaak) return;
    const naar = tekstOf(rij.payload['naar']);
    const meldingen = meldingenVoor({
      soort: rij.soort,
      event: tekstOf(rij.payload['event']),
      van: tekstOf(rij.payload['van']),
      naar,
      naarLabel: naar ? stateLabel(naar) : undefined,
      zaaknummer: zaak.zaaknummer,
      beslistermijn: zaak.beslistermijn,
    });
    // Roles resolve to organisations; one organisation in two roles (the gemeente that filed the case) gets one melding.
    const perOrganisatie = [];
    for (const melding of meldingen) {
      for (const organisatieId of await organisatiesVoor(m, melding.ontvanger, zaak)) perOrganisatie.push({ ...melding, organisatieId });
    }
    for (const melding of voegMeldingenSamen(perOrganisatie, (x) => x.organisatieId)) {
      await this.bewaar(m, rij, zaak, melding, nu);
    }
  }

  private async bewaar(m: EntityManager, rij: OutboxRij, zaak: ZaakVoorMelding, melding: { organisatieId: string; onderwerp: string; tekst: string }, nu: Date): Promise<void> {
    // Dated when it happened, not when it was processed: the list shows events in their order.
    const [nieuw]: Array<{ id: string }> = await m.query(
      `INSERT INTO melding (outbox_id, organisatie_id, zaak_id, onderwerp, tekst, link, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (outbox_id, organisatie_id) DO NOTHING RETURNING id`,
      [rij.id, melding.organisatieId, zaak.id, melding.onderwerp, melding.tekst, `/zaken/${zaak.id}`, rij.aangemaaktOp]);
    if (!nieuw) return;
    // Plain text without personal data: the case number and what happened, and where to look.
    const onderwerp = `Woonstart: ${melding.onderwerp} (zaak ${zaak.zaaknummer})`;
    const tekst = `${melding.tekst}\n\nBekijk de melding en de zaak in Woonstart, onder 'Meldingen'.\n\n`
      + 'Dit is een automatisch bericht van Woonstart aan de medewerkers van uw organisatie. U kunt er niet op antwoorden.';
    await m.query(
      `INSERT INTO email (melding_id, aan, onderwerp, tekst, status, aangemaakt_op)
       SELECT $1, g.email, $2, $3, 'wachtend', $4 FROM gebruiker g
        WHERE g.organisatie_id = $5 AND g.actief AND g.email <> ''
       ON CONFLICT (melding_id, aan) DO NOTHING`,
      [nieuw.id, onderwerp, tekst, nu, melding.organisatieId]);
  }
}
