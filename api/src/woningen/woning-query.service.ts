import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { WijkEntity } from '@woonstart/db';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import type { ListWoningenQuery } from './list-woningen.query';
import type { WijkRef } from './woning-ligging.rule';
import { WONING_VIEW_SELECT, toWoningView, type WoningView, type WoningViewRij } from './woning-view.model';

export const WONING_NIET_GEVONDEN = 'Woning niet gevonden.';

/**
 * Reading dwellings. A corporatie sees only its own; the commissie, the
 * regiocoördinator and the beheerder see those of every corporatie (the
 * commissie and the coördinator need the supply to match and to monitor).
 */
@Injectable()
export class WoningQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lijst(g: GebruikerContext, q: ListWoningenQuery): Promise<WoningView[]> {
    const waar: string[] = [];
    const params: unknown[] = [];
    const voeg = (sql: string, waarde: unknown) => { params.push(waarde); waar.push(sql.replace('?', `$${params.length}`)); };
    if (g.rol === 'corporatiemedewerker') voeg('w.corporatie_id = ?', g.organisatieId);
    if (q.gemeente) voeg('w.gemeente_cbs = ?', q.gemeente);
    if (q.wijk) voeg('w.wijk_code = ?', q.wijk);
    if (q.status) voeg('w.status = ?', q.status);
    if (q.woningtype) voeg('w.woningtype = ?', q.woningtype);
    const rijen: WoningViewRij[] = await this.dataSource.query(
      `${WONING_VIEW_SELECT} ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY g.naam, k.naam, w.adres, w.id`, params);
    return rijen.map((r) => toWoningView(r, g));
  }

  /** One dwelling within the caller's scope; outside it, it does not exist for the caller. */
  async detail(g: GebruikerContext, id: string, m: EntityManager = this.dataSource.manager): Promise<WoningView> {
    const [rij]: WoningViewRij[] = await m.query(`${WONING_VIEW_SELECT} WHERE w.id = $1`, [id]);
    if (!rij || (g.rol === 'corporatiemedewerker' && rij.corporatie_id !== g.organisatieId)) throw new WoonstartFout('niet-gevonden', WONING_NIET_GEVONDEN);
    return toWoningView(rij, g);
  }

  /** Views of dwellings just written, in the order of `ids` (inside the writing transaction), as `g` sees them. */
  async views(m: EntityManager, g: GebruikerContext, ids: readonly string[]): Promise<WoningView[]> {
    if (ids.length === 0) return [];
    const rijen: WoningViewRij[] = await m.query(`${WONING_VIEW_SELECT} WHERE w.id = ANY($1::uuid[])`, [ids]);
    const perId = new Map(rijen.map((r) => [r.id, toWoningView(r, g)]));
    return ids.map((id) => perId.get(id)).filter((v): v is WoningView => v !== undefined);
  }

  async wijken(gemeente?: string, m: EntityManager = this.dataSource.manager): Promise<WijkRef[]> {
    const rijen = await m.find(WijkEntity, { where: gemeente ? { gemeenteCbs: gemeente } : {}, order: { gemeenteCbs: 'ASC', code: 'ASC' } });
    return rijen.map(({ code, naam, gemeenteCbs }) => ({ code, naam, gemeenteCbs }));
  }
}
