import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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
    qb.skip((pagina - 1) * perPagina).take(perPagina);
    const [rows, totaal] = await qb.getManyAndCount();
    const namen = await this.organisatieNamen(this.dataSource.manager, rows.map((r) => r.indienendeOrganisatieId));
    return { items: rows.map((z) => toSamenvatting(z, namen.get(z.indienendeOrganisatieId) ?? '', gebruiker)), totaal, pagina, perPagina };
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

  /** Scoped lookup usable inside a transaction (pass its manager). */
  async findScoped(manager: EntityManager, gebruiker: GebruikerContext, id: string): Promise<{ zaak: ZaakEntity; weergave: ZaakWeergave } | null> {
    const qb = manager.getRepository(ZaakEntity).createQueryBuilder('zaak').where('zaak.id = :id', { id });
    const weergave = applyZaakScope(qb, gebruiker);
    const zaak = await qb.getOne();
    return zaak ? { zaak, weergave } : null;
  }

  private async load(m: EntityManager, zaak: ZaakEntity, weergave: ZaakWeergave, gebruiker: GebruikerContext): Promise<ZaakDetail> {
    const [huishouden, inschrijvingen, opnames, transities, woning, namen, herkomst, medischAdvies, toetsing, plaatsing] = await Promise.all([
      m.find(HuishoudlidEntity, { where: { zaakId: zaak.id }, order: { geboortedatum: 'ASC' } }),
      weergave === 'volledig' ? m.find(InschrijvingEntity, { where: { zaakId: zaak.id }, order: { van: 'ASC' } }) : Promise.resolve([]),
      weergave === 'volledig' ? m.find(OpnameEntity, { where: { zaakId: zaak.id }, order: { van: 'ASC' } }) : Promise.resolve([]),
      m.find(ZaakTransitieEntity, { where: { zaakId: zaak.id }, order: { id: 'ASC' } }),
      m.findOne(WoningEntity, { where: { zaakId: zaak.id } }),
      this.organisatieNamen(m, [zaak.indienendeOrganisatieId]),
      zaak.herkomstgemeente ? m.findOne(GemeenteEntity, { where: { cbsCode: zaak.herkomstgemeente } }) : Promise.resolve(null),
      medischAdviesUitkomst(m, zaak.id),
      weergave === 'volledig' ? laadToetsing(m, zaak) : Promise.resolve(null),
      laadPlaatsing(m, zaak, weergave),
    ]);
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
