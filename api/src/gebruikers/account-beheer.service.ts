import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { WoonstartFout, beoordeelAccountWijziging, rolPastBijOrganisatie } from '@woonstart/domain';
import { GebruikerEntity, OrganisatieEntity, schrijfAudit } from '@woonstart/db';
import { actorVan, type GebruikerContext } from '../auth/gebruiker-context.model';
import { TransactionService } from '../idempotentie/transaction.service';
import type { AccountWeergave, AccountWijzigingDto, NieuwAccountDto } from './account.dto';

/**
 * Accounts of every organisation in the region, kept by the regional beheerder. The auth guard
 * reads the account on every request, so a block takes effect on the very next request of any
 * session of that account. Every change is in the audit log with what it was before.
 */
@Injectable()
export class AccountBeheerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  async lijst(): Promise<AccountWeergave[]> {
    const rijen = await this.dataSource.getRepository(GebruikerEntity).createQueryBuilder('g')
      .innerJoinAndSelect('g.organisatie', 'organisatie')
      .orderBy('organisatie.naam', 'ASC').addOrderBy('g.naam', 'ASC').addOrderBy('g.email', 'ASC')
      .getMany();
    return rijen.map(weergave);
  }

  async maak(door: GebruikerContext, dto: NieuwAccountDto): Promise<AccountWeergave> {
    return this.transacties.run(async (m) => {
      const organisatie = await m.findOneBy(OrganisatieEntity, { id: dto.organisatieId });
      if (!organisatie) throw new WoonstartFout('ongeldig', 'Deze organisatie bestaat niet.', { veld: 'organisatieId' });
      const bezwaar = rolPastBijOrganisatie(dto.rol, organisatie.type);
      if (bezwaar) throw new WoonstartFout('ongeldig', bezwaar.melding, { veld: bezwaar.veld });
      // ON CONFLICT: two beheerders adding the same address at once get one account and one 409.
      const [nieuw]: Array<{ id: string }> = await m.query(
        `INSERT INTO gebruiker (email, naam, rol, organisatie_id, actief) VALUES ($1, $2, $3, $4, true)
         ON CONFLICT (email) DO NOTHING RETURNING id`, [dto.email, dto.naam, dto.rol, organisatie.id]);
      if (!nieuw) throw new WoonstartFout('conflict', `Er is al een account met het e-mailadres ${dto.email}.`, { veld: 'email' });
      const account = await this.laad(m, nieuw.id);
      await schrijfAudit(m, actorVan(door), { onderwerp: 'gebruiker', onderwerpId: account.id, actie: 'aangemaakt', gegevens: { email: account.email, naam: account.naam, rol: account.rol, organisatieId: account.organisatieId } });
      return account;
    });
  }

  async wijzig(door: GebruikerContext, id: string, dto: AccountWijzigingDto): Promise<AccountWeergave> {
    return this.transacties.run(async (m) => {
      // The active beheerders are locked first, so two beheerders blocking each other at the same
      // moment are taken one after the other and the second sees the first's result.
      const beheerders: Array<{ id: string }> = await m.query(`SELECT id FROM gebruiker WHERE rol = 'beheerder' AND actief ORDER BY id FOR UPDATE`);
      const voor = await this.laad(m, id, true);
      const bezwaar = beoordeelAccountWijziging({
        account: { id: voor.id, rol: voor.rol, actief: voor.actief, organisatieType: voor.organisatieType },
        wijziging: { rol: dto.rol, actief: dto.actief },
        doorId: door.id,
        actieveBeheerders: beheerders.length,
      });
      if (bezwaar) throw new WoonstartFout('ongeldig', bezwaar.melding, { veld: bezwaar.veld });
      const na = { naam: dto.naam ?? voor.naam, rol: dto.rol ?? voor.rol, actief: dto.actief ?? voor.actief, oidcGekoppeld: dto.oidcOntkoppelen ? false : voor.oidcGekoppeld };
      const gewijzigd = (Object.keys(na) as Array<keyof typeof na>).filter((k) => na[k] !== voor[k]);
      if (gewijzigd.length === 0) return voor;
      await m.update(GebruikerEntity, { id }, { naam: na.naam, rol: na.rol, actief: na.actief, ...(na.oidcGekoppeld ? {} : { oidcSub: null }) });
      await schrijfAudit(m, actorVan(door), {
        onderwerp: 'gebruiker', onderwerpId: id, actie: auditActie(voor.actief, na.actief),
        gegevens: Object.fromEntries(gewijzigd.map((k) => [k, { van: voor[k], naar: na[k] }])),
      });
      return this.laad(m, id);
    });
  }

  private async laad(m: EntityManager, id: string, vergrendel = false): Promise<AccountWeergave> {
    const qb = m.getRepository(GebruikerEntity).createQueryBuilder('g').innerJoinAndSelect('g.organisatie', 'organisatie').where('g.id = :id', { id });
    if (vergrendel) qb.setLock('pessimistic_write', undefined, ['g']);
    const g = await qb.getOne();
    if (!g) throw new WoonstartFout('niet-gevonden', 'Dit account bestaat niet.');
    return weergave(g);
  }
}

function auditActie(was: boolean, wordt: boolean): string {
  if (was && !wordt) return 'geblokkeerd';
  if (!was && wordt) return 'gedeblokkeerd';
  return 'gewijzigd';
}

function weergave(g: GebruikerEntity): AccountWeergave {
  const o = g.organisatie!;
  return { id: g.id, naam: g.naam, email: g.email, rol: g.rol, organisatieId: o.id, organisatieNaam: o.naam, organisatieType: o.type, actief: g.actief, oidcGekoppeld: g.oidcSub !== null };
}
