import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { WoningEntity, schrijfAudit, type Actor } from '@woonstart/db';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { ValidatieFout } from '../common/problem.model';
import { TransactionService } from '../idempotentie/transaction.service';
import type { CreateWoningDto } from './create-woning.dto';
import { controleerLigging } from './woning-ligging.rule';
import { WONING_NIET_GEVONDEN, WoningQueryService } from './woning-query.service';
import { beoordeelStatusovergang } from './woning-status.rule';
import type { WoningStatusDto } from './woning-status.dto';
import type { WoningView } from './woning-view.model';

export const actorVan = (g: GebruikerContext): Actor => ({ id: g.id, naam: g.naam, rol: g.rol, organisatieId: g.organisatieId });

/** Same dwelling: address ignoring case and spaces around it, postcode ignoring the space. */
export const adresSleutel = (adres: string, postcode: string) => `${adres.trim().toLowerCase()}|${postcode.replace(/\s+/g, '').toUpperCase()}`;

/** Stored as '2526 AB', however it was typed. */
const postcodeNetjes = (p: string) => p.replace(/\s+/g, '').toUpperCase().replace(/^(\d{4})/, '$1 ');

/** Statuses in which a dwelling is still in play: registering it again would offer it twice. */
const ACTIEF = ['beschikbaar', 'gereserveerd', 'aangeboden'];

/** Rows per INSERT: well under PostgreSQL's 65535 parameters with 17 columns. */
const PER_INSERT = 500;

/**
 * Changes to dwellings outside a case: registering one (by hand or imported)
 * and the statuses a corporatie sets itself. Each change writes its audit row
 * in the same transaction.
 */
@Injectable()
export class WoningCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WoningQueryService) private readonly query: WoningQueryService,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  async create(g: GebruikerContext, dto: CreateWoningDto): Promise<WoningView> {
    return this.transacties.run(async (m) => {
      const fouten = controleerLigging(dto, await this.query.wijken(undefined, m), g);
      if (fouten.length > 0) throw new ValidatieFout(fouten, fouten.map((f) => f.melding).join(' '));
      const al = await this.actieveAdressen(m, g.organisatieId, [dto]);
      if (al.size > 0) {
        throw new WoonstartFout('conflict', `${dto.adres} (${postcodeNetjes(dto.postcode)}) is al aangemeld en nog niet verhuurd of ingetrokken. Wijzig de bestaande woning in plaats van haar opnieuw aan te melden.`, { veld: 'adres' });
      }
      const [id] = await this.registreer(m, g, [{ dto }], 'aangemaakt');
      return this.query.detail(g, id, m);
    });
  }

  /**
   * Inserts dwellings of the caller's corporatie, already validated, with one audit
   * row each; returns their ids in order. `gegevens` adds to the audit (e.g. the CSV line).
   */
  async registreer(m: EntityManager, g: GebruikerContext, items: ReadonlyArray<{ dto: CreateWoningDto; gegevens?: Record<string, unknown> }>, actie: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < items.length; i += PER_INSERT) {
      const deel = items.slice(i, i + PER_INSERT);
      const result = await m.insert(WoningEntity, deel.map(({ dto }) => ({
        corporatieId: g.organisatieId, gemeenteCbs: dto.gemeenteCbs, wijkCode: dto.wijkCode, complex: dto.complex?.trim() || null,
        adres: dto.adres.trim(), postcode: postcodeNetjes(dto.postcode), woningtype: dto.woningtype, kamers: dto.kamers,
        huurprijs: dto.huurprijs, verdieping: dto.verdieping, lift: dto.lift, nultreden: dto.nultreden,
        rolstoeltoegankelijk: dto.rolstoeltoegankelijk, labels: dto.labels, beschikbaarVanaf: dto.beschikbaarVanaf,
        status: 'beschikbaar' as const, zaakId: null, aangemaaktDoor: g.id,
      })));
      ids.push(...result.identifiers.map((r) => String(r['id'])));
    }
    const actor = actorVan(g);
    for (const [i, { dto, gegevens }] of items.entries()) {
      await schrijfAudit(m, actor, { onderwerp: 'woning', onderwerpId: ids[i], actie, gegevens: { ...gegevens, ...dto, postcode: postcodeNetjes(dto.postcode) } });
    }
    return ids;
  }

  /** Keys (adresSleutel) of the given addresses the corporatie already has in play. */
  async actieveAdressen(m: EntityManager, corporatieId: string, adressen: ReadonlyArray<{ adres: string; postcode: string }>): Promise<Set<string>> {
    if (adressen.length === 0) return new Set();
    const rijen: Array<{ adres: string; postcode: string }> = await m.query(
      `SELECT w.adres, w.postcode FROM woning w
       JOIN unnest($2::text[], $3::text[]) AS n(adres, postcode)
         ON lower(trim(w.adres)) = n.adres AND upper(replace(w.postcode, ' ', '')) = n.postcode
       WHERE w.corporatie_id = $1 AND w.status = ANY($4::text[])`,
      [corporatieId, adressen.map((a) => a.adres.trim().toLowerCase()), adressen.map((a) => a.postcode.replace(/\s+/g, '').toUpperCase()), ACTIEF],
    );
    return new Set(rijen.map((r) => adresSleutel(r.adres, r.postcode)));
  }

  /** Reserve, release or withdraw a dwelling of the caller's corporatie; the row is locked while deciding. */
  async wijzigStatus(g: GebruikerContext, id: string, dto: WoningStatusDto): Promise<WoningView> {
    return this.transacties.run(async (m) => {
      const woning = await m.findOne(WoningEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!woning || woning.corporatieId !== g.organisatieId) throw new WoonstartFout('niet-gevonden', WONING_NIET_GEVONDEN);
      const overgang = beoordeelStatusovergang(woning.status, dto.status);
      if (!overgang.toegestaan) throw new WoonstartFout('conflict', overgang.melding, { veld: 'status', huidigeStatus: woning.status });
      await m.update(WoningEntity, { id }, { status: dto.status });
      await schrijfAudit(m, actorVan(g), {
        onderwerp: 'woning', onderwerpId: id, actie: 'status gewijzigd',
        gegevens: { van: woning.status, naar: dto.status, reden: dto.reden?.trim() || null },
      });
      return this.query.detail(g, id, m);
    });
  }
}
