import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { GemeenteEntity, HuishoudlidEntity, InschrijvingEntity, OpnameEntity, OrganisatieEntity, WoningEntity, ZaakEntity, ZaakTransitieEntity } from '@woonstart/db';
import { ToegangslogService } from '../audit/toegangslog.service';
import { laadToetsing, medischAdviesUitkomst } from './zaak-toetsing.loader';
import { laadPlaatsing } from './zaak-plaatsing.loader';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import type { ListZakenQuery } from './dto/list-zaken.query';
import { applyZaakScope, type ZaakWeergave } from './zaak-scope';
import { toDetail, toSamenvatting } from './zaak-view.mapper';
import type { ZaakDetail, ZaakLijst } from './zaak-view.model';

/**
 * The work list counts its matches up to here (see ZaakQueryService.tel): enough to say how
 * big a selection is, and cheap to count from an index on every page (a count up to 10.000
 * cost more than the page itself at a million cases). The monitor has the exact figures.
 */
export const ZAAK_TELLING_MAX = 1_000;

const SORTERING: Record<string, [string, 'ASC' | 'DESC']> = {
  beslistermijn: ['zaak.beslistermijn', 'ASC'],
  '-beslistermijn': ['zaak.beslistermijn', 'DESC'],
  aangemaakt: ['zaak.aangemaakt_op', 'ASC'],
  '-aangemaakt': ['zaak.aangemaakt_op', 'DESC'],
};

@Injectable()
export class ZaakQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly toegangslog: ToegangslogService,
  ) {}

  async list(gebruiker: GebruikerContext, q: ListZakenQuery): Promise<ZaakLijst> {
    const pagina = q.pagina ?? 1;
    const perPagina = q.perPagina ?? 25;
    const qb = this.dataSource.getRepository(ZaakEntity).createQueryBuilder('zaak');
    applyZaakScope(qb, gebruiker);
    if (q.status) qb.andWhere('zaak.status = :status', { status: q.status });
    if (q.categorie) qb.andWhere('zaak.categorie = :categorie', { categorie: q.categorie });
    if (q.gemeente) qb.andWhere('zaak.behandelende_gemeente = :gemeente', { gemeente: q.gemeente });
    if (q.organisatie) qb.andWhere('zaak.indienende_organisatie_id = :organisatie', { organisatie: q.organisatie });
    const [kolom, richting] = SORTERING[q.sort ?? 'beslistermijn'];
    qb.orderBy(kolom, richting, richting === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST').addOrderBy('zaak.zaaknummer', 'ASC');
    const vanaf = (pagina - 1) * perPagina;
    const rows = await qb.clone().offset(vanaf).limit(perPagina).getMany();
    const { totaal, totaalBegrensd } = await this.tel(qb, vanaf, perPagina, rows.length);
    const namen = await this.organisatieNamen(this.dataSource.manager, rows.map((r) => r.indienendeOrganisatieId));
    // The list shows names and status: each case on the page is a read of the file.
    await this.toegangslog.logLijst(gebruiker, rows.map((r) => r.id), 'werkvoorraad (naam, categorie, status)');
    return { items: rows.map((z) => toSamenvatting(z, namen.get(z.indienendeOrganisatieId) ?? '', gebruiker)), totaal, totaalBegrensd, pagina, perPagina };
  }

  /**
   * How many cases match. A page that is not full ends the list, so its position is the count;
   * otherwise count, but stop at ZAAK_TELLING_MAX: an exact count of a million cases costs a
   * scan of all of them on every page, and "more than 1.000" is all a work list needs.
   */
  private async tel(qb: SelectQueryBuilder<ZaakEntity>, vanaf: number, perPagina: number, opPagina: number): Promise<{ totaal: number; totaalBegrensd: boolean }> {
    if (opPagina < perPagina && (opPagina > 0 || vanaf === 0)) return { totaal: vanaf + opPagina, totaalBegrensd: false };
    const [sql, params] = qb.clone().select('1').orderBy().limit(ZAAK_TELLING_MAX + 1).getQueryAndParameters();
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) AS telling`, params);
    return n > ZAAK_TELLING_MAX ? { totaal: ZAAK_TELLING_MAX, totaalBegrensd: true } : { totaal: n, totaalBegrensd: false };
  }

  /** The case as the caller may see it, or 404; every attempt is written to the access log. */
  async detail(gebruiker: GebruikerContext, id: string): Promise<ZaakDetail> {
    const found = await this.findScoped(this.dataSource.manager, gebruiker, id);
    if (!found) {
      await this.toegangslog.log(gebruiker, id, 'zaakdossier', 'geweigerd');
      throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden, of u heeft er geen toegang toe.');
    }
    const detail = await this.load(this.dataSource.manager, found.zaak, found.weergave, gebruiker);
    await this.toegangslog.log(gebruiker, id, found.weergave === 'volledig' ? 'volledig dossier (persoon, huishouden, inschrijvingen, opname, ondersteuningsplan)' : 'bemiddelingsgegevens (persoon, huishouden, woonwensen)', 'toegestaan');
    return detail;
  }

  /**
   * Scoped lookup usable inside a transaction (pass its manager). With `vergrendel` it takes the
   * row lock a command needs (FOR UPDATE; the scope is checked again on the locked row).
   */
  async findScoped(manager: EntityManager, gebruiker: GebruikerContext, id: string, opties: { vergrendel?: boolean } = {}): Promise<{ zaak: ZaakEntity; weergave: ZaakWeergave } | null> {
    const qb = manager.getRepository(ZaakEntity).createQueryBuilder('zaak').where('zaak.id = :id', { id });
    const weergave = applyZaakScope(qb, gebruiker);
    if (opties.vergrendel) qb.setLock('pessimistic_write');
    const zaak = await qb.getOne();
    return zaak ? { zaak, weergave } : null;
  }

  private async load(m: EntityManager, zaak: ZaakEntity, weergave: ZaakWeergave, gebruiker: GebruikerContext): Promise<ZaakDetail> {
    const [huishouden, inschrijvingen, opnames, transities, woning, namen, herkomst, medischAdviesApart, toetsing, plaatsing] = await Promise.all([
      m.find(HuishoudlidEntity, { where: { zaakId: zaak.id }, order: { geboortedatum: 'ASC' } }),
      weergave === 'volledig' ? m.find(InschrijvingEntity, { where: { zaakId: zaak.id }, order: { van: 'ASC' } }) : Promise.resolve([]),
      weergave === 'volledig' ? m.find(OpnameEntity, { where: { zaakId: zaak.id }, order: { van: 'ASC' } }) : Promise.resolve([]),
      m.find(ZaakTransitieEntity, { where: { zaakId: zaak.id }, order: { id: 'ASC' } }),
      m.findOne(WoningEntity, { where: { zaakId: zaak.id } }),
      this.organisatieNamen(m, [zaak.indienendeOrganisatieId]),
      zaak.herkomstgemeente ? m.findOne(GemeenteEntity, { where: { cbsCode: zaak.herkomstgemeente } }) : Promise.resolve(null),
      // The full view's toetsing already holds the advice outcome: not loaded twice.
      weergave === 'volledig' ? Promise.resolve(null) : medischAdviesUitkomst(m, zaak.id),
      weergave === 'volledig' ? laadToetsing(m, zaak) : Promise.resolve(null),
      laadPlaatsing(m, zaak, weergave),
    ]);
    const medischAdvies = toetsing ? toetsing.medischAdvies : medischAdviesApart;
    return toDetail({
      zaak, organisatieNaam: namen.get(zaak.indienendeOrganisatieId) ?? '',
      herkomst: herkomst ? { cbsCode: herkomst.cbsCode, naam: herkomst.naam } : null,
      huishouden, inschrijvingen, opnames, transities, woning, medischAdvies, toetsing, plaatsing,
    }, weergave, gebruiker);
  }

  private async organisatieNamen(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const uniek = [...new Set(ids)];
    if (uniek.length === 0) return new Map();
    const orgs = await m.getRepository(OrganisatieEntity).createQueryBuilder('o').where('o.id IN (:...ids)', { ids: uniek }).getMany();
    return new Map(orgs.map((o) => [o.id, o.naam]));
  }
}
