import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { GebruikerEntity, schrijfAudit } from '@woonstart/db';
import { OidcFout } from './oidc-fout';
import { oidcKoppeling, type KoppelKandidaat, type OidcIdentiteit } from './oidc-koppeling.rule';

/**
 * Turns a validated IdP identity into a Woonstart user (see oidcKoppeling), links the IdP's
 * subject on the first login, and audits the link and the login, all in one transaction.
 */
@Injectable()
export class OidcGebruikerService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user's id, or an OidcFout saying why there is no session. */
  async gebruikerVoor(identiteit: OidcIdentiteit): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(GebruikerEntity);
      const bijSub = await repo.findOne({ where: { oidcSub: identiteit.sub } });
      const bijEmail = !bijSub && identiteit.email ? await repo.findOne({ where: { email: identiteit.email } }) : null;
      const uitkomst = oidcKoppeling(identiteit, kandidaat(bijSub), kandidaat(bijEmail));
      if (uitkomst.soort === 'geweigerd') throw new OidcFout(uitkomst.code, 'geen passende actieve gebruiker');
      if (uitkomst.soort === 'koppelen') {
        // oidc_sub IS NULL again here: a concurrent first login that linked meanwhile makes this a no-op, not a takeover.
        const res = await repo.update({ id: uitkomst.gebruikerId, oidcSub: IsNull() }, { oidcSub: identiteit.sub });
        if (res.affected !== 1) throw new OidcFout('al-gekoppeld', 'tegelijk door een andere login gekoppeld');
        await this.audit(m, uitkomst.gebruikerId, 'oidc-gekoppeld');
      }
      await this.audit(m, uitkomst.gebruikerId, 'ingelogd');
      return uitkomst.gebruikerId;
    });
  }

  private async audit(m: EntityManager, gebruikerId: string, actie: string): Promise<void> {
    const g = await m.getRepository(GebruikerEntity).findOneOrFail({ where: { id: gebruikerId } });
    // No sub or e-mail in the audit row: the user id says who, the IdP's own log says how.
    await schrijfAudit(m, { id: g.id, naam: g.naam, rol: g.rol, organisatieId: g.organisatieId }, { onderwerp: 'gebruiker', onderwerpId: g.id, actie, gegevens: { methode: 'oidc' } });
  }
}

function kandidaat(g: GebruikerEntity | null): KoppelKandidaat | null {
  return g ? { id: g.id, actief: g.actief, oidcSub: g.oidcSub } : null;
}
