import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { schrijfAudit } from '@woonstart/db';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { TransactionService } from '../idempotentie/transaction.service';
import type { MailLijst, MailView, MailWeergaveStatus, MeldingLijst, MeldingView } from './meldingen.model';
import type { ListMeldingenQuery, PaginaQuery } from './meldingen.query';

/** A send that has not finished after this long will not finish: the process died during it. */
const VERZENDEN_ONBEKEND_NA_MS = 10 * 60_000;

const MELDING_KOLOMMEN = `id, zaak_id AS "zaakId", onderwerp, tekst, link, aangemaakt_op AS "aangemaaktOp", gelezen_op AS "gelezenOp"`;

interface MeldingRij extends Omit<MeldingView, 'aangemaaktOp' | 'gelezenOp'> { aangemaaktOp: Date; gelezenOp: Date | null }
interface MailRij extends Omit<MailView, 'aangemaaktOp' | 'verzondenOp' | 'status'> {
  status: Exclude<MailWeergaveStatus, 'onbekend'>; aangemaaktOp: Date; verzondenOp: Date | null; laatstePogingOp: Date | null;
}

const iso = (d: Date): string => new Date(d).toISOString();
const isoOfNull = (d: Date | null): string | null => (d ? iso(d) : null);
const naarView = (r: MeldingRij): MeldingView => ({ ...r, aangemaaktOp: iso(r.aangemaaktOp), gelezenOp: isoOfNull(r.gelezenOp) });
const paginering = (q: PaginaQuery) => ({ pagina: q.pagina ?? 1, perPagina: q.perPagina ?? 25 });

/** Meldingen of the caller's own organisation, and the mailbox; nothing of another organisation is visible. */
@Injectable()
export class MeldingenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  async lijst(g: GebruikerContext, q: ListMeldingenQuery): Promise<MeldingLijst> {
    const { pagina, perPagina } = paginering(q);
    const filter = q.alleenOngelezen === 'true' ? 'AND gelezen_op IS NULL' : '';
    const rijen: MeldingRij[] = await this.dataSource.query(
      `SELECT ${MELDING_KOLOMMEN} FROM melding WHERE organisatie_id = $1 ${filter}
        ORDER BY aangemaakt_op DESC, outbox_id DESC, id LIMIT $2 OFFSET $3`,
      [g.organisatieId, perPagina, (pagina - 1) * perPagina]);
    const [{ totaal, ongelezen }]: Array<{ totaal: number; ongelezen: number }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE true ${filter})::int AS totaal, count(*) FILTER (WHERE gelezen_op IS NULL)::int AS ongelezen
         FROM melding WHERE organisatie_id = $1`, [g.organisatieId]);
    return { items: rijen.map(naarView), totaal, ongelezen, pagina, perPagina };
  }

  async aantalOngelezen(g: GebruikerContext): Promise<{ aantal: number }> {
    const [{ aantal }]: Array<{ aantal: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS aantal FROM melding WHERE organisatie_id = $1 AND gelezen_op IS NULL`, [g.organisatieId]);
    return { aantal };
  }

  /** Read for the whole organisation; marking it again changes nothing (the first reader is kept). */
  async markeerGelezen(g: GebruikerContext, id: string): Promise<MeldingView> {
    return this.transacties.run(async (m) => {
      const [rij]: MeldingRij[] = await m.query(`SELECT ${MELDING_KOLOMMEN} FROM melding WHERE id = $1 AND organisatie_id = $2 FOR UPDATE`, [id, g.organisatieId]);
      // Another organisation's melding is 'not found', not 'forbidden': its existence is not the caller's business.
      if (!rij) throw new WoonstartFout('niet-gevonden', 'Melding niet gevonden. Misschien is hij voor een andere organisatie bedoeld.');
      if (rij.gelezenOp) return naarView(rij);
      const nu = new Date();
      await m.query(`UPDATE melding SET gelezen_op = $2, gelezen_door = $3 WHERE id = $1`, [id, nu, g.id]);
      await schrijfAudit(m, { id: g.id, naam: g.naam, rol: g.rol, organisatieId: g.organisatieId }, { onderwerp: 'melding', onderwerpId: id, actie: 'gelezen' });
      return naarView({ ...rij, gelezenOp: nu });
    });
  }

  /** The beheerder sees every mail; everyone else only the mails to their own organisation. */
  async mailbox(g: GebruikerContext, q: PaginaQuery, nu = new Date()): Promise<MailLijst> {
    const { pagina, perPagina } = paginering(q);
    const alles = g.rol === 'beheerder';
    const scope = alles ? 'true' : 'm.organisatie_id = $1';
    const params = alles ? [] : [g.organisatieId];
    const rijen: MailRij[] = await this.dataSource.query(
      `SELECT e.id, e.aan, e.onderwerp, e.tekst, e.status, e.pogingen, e.fout, e.aangemaakt_op AS "aangemaaktOp",
              e.verzonden_op AS "verzondenOp", e.laatste_poging_op AS "laatstePogingOp"
         FROM email e JOIN melding m ON m.id = e.melding_id
        WHERE ${scope} ORDER BY e.aangemaakt_op DESC, m.aangemaakt_op DESC, m.outbox_id DESC, e.aan, e.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, perPagina, (pagina - 1) * perPagina]);
    const [{ totaal }]: Array<{ totaal: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS totaal FROM email e JOIN melding m ON m.id = e.melding_id WHERE ${scope}`, params);
    const items = rijen.map(({ laatstePogingOp, ...r }): MailView => ({
      ...r,
      status: r.status === 'verzenden' && (!laatstePogingOp || nu.getTime() - new Date(laatstePogingOp).getTime() > VERZENDEN_ONBEKEND_NA_MS) ? 'onbekend' : r.status,
      fout: alles ? r.fout : null,
      aangemaaktOp: iso(r.aangemaaktOp),
      verzondenOp: isoOfNull(r.verzondenOp),
    }));
    return { items, totaal, pagina, perPagina };
  }
}
