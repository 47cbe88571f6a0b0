import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WoonstartFout, regioGemeente, todayIso } from '@woonstart/domain';
import { PlaatsingEntity, UrgentieverklaringEntity, WijkEntity, applyZaakCommand, registreerPlaatsing, schrijfAudit } from '@woonstart/db';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import { actorVan, type GebruikerContext } from '../auth/gebruiker-context.model';
import { PlaatsingUrgentieverklaringDto, PlaatsingZonderZaakDto, PlaatsingenQuery } from './plaatsing.dto';
import { TransactionService } from '../idempotentie/transaction.service';
import { ToegangslogService } from '../audit/toegangslog.service';

/** Placements that are not the next step of a mediation case: groups without a case, and zelf-zoekers by their statement. */
@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class PlaatsingenController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TransactionService) private readonly transacties: TransactionService,
    @Inject(ToegangslogService) private readonly toegangslog: ToegangslogService,
  ) {}

  private eigenWerkgebied(g: GebruikerContext, gemeenteCbs: string): void {
    if (!g.werkgebied.includes(gemeenteCbs)) {
      throw new WoonstartFout('ongeldig', `${regioGemeente(gemeenteCbs)?.naam ?? gemeenteCbs} valt niet in het werkgebied van ${g.organisatieNaam}.`, { veld: 'gemeenteCbs' });
    }
  }

  private async wijkVan(m: DataSource['manager'], gemeenteCbs: string, wijkCode: string | undefined): Promise<string | null> {
    if (!wijkCode) return null;
    const wijk = await m.findOne(WijkEntity, { where: { code: wijkCode } });
    if (!wijk || wijk.gemeenteCbs !== gemeenteCbs) {
      throw new WoonstartFout('ongeldig', `Wijk ${wijkCode} hoort niet bij ${regioGemeente(gemeenteCbs)?.naam ?? gemeenteCbs}.`, { veld: 'wijkCode' });
    }
    return wijk.code;
  }

  @Get()
  @Rollen('regiocoordinator', 'commissielid', 'beheerder', 'corporatiemedewerker')
  @ApiOperation({ summary: 'Geregistreerde plaatsingen (een corporatie ziet alleen de eigen)' })
  async list(@Gebruiker() g: GebruikerContext, @Query() q: PlaatsingenQuery) {
    const qb = this.dataSource.getRepository(PlaatsingEntity).createQueryBuilder('p')
      .where('p.jaar = :jaar', { jaar: q.jaar ?? Number(todayIso().slice(0, 4)) });
    if (q.gemeente) qb.andWhere('p.gemeente_cbs = :gemeente', { gemeente: q.gemeente });
    if (g.rol === 'corporatiemedewerker') qb.andWhere('p.corporatie_id = :org', { org: g.organisatieId });
    // Only what the cap needs: no names, no link to a person beyond the case id.
    const rijen = await qb.orderBy('p.ingangsdatum', 'DESC').limit(500).getMany();
    // A placement of a case says where its household now lives: a read of that case.
    await this.toegangslog.logLijst(g, rijen.flatMap((p) => (p.zaakId ? [p.zaakId] : [])), 'plaatsingen (adres, categorie)');
    return rijen.map((p) => ({ ...p, gemeenteNaam: regioGemeente(p.gemeenteCbs)?.naam ?? p.gemeenteCbs }));
  }

  @Post()
  @Rollen('corporatiemedewerker')
  @ApiOperation({ summary: 'Plaatsing zonder zaak registreren (statushouder, andere bijzondere doelgroep); telt mee voor het plafond' })
  async zonderZaak(@Gebruiker() g: GebruikerContext, @Body() dto: PlaatsingZonderZaakDto) {
    this.eigenWerkgebied(g, dto.gemeenteCbs);
    return this.transacties.run(async (m) => {
      const wijkCode = await this.wijkVan(m, dto.gemeenteCbs, dto.wijkCode);
      const { plaatsing, waarschuwingen } = await registreerPlaatsing(m, actorVan(g), {
        zaakId: null, woningId: null, corporatieId: g.organisatieId, categorie: dto.doelgroep, vorm: 'huur', gemeenteCbs: dto.gemeenteCbs,
        wijkCode, complex: dto.complex?.trim() || null, adres: dto.adres.trim(), huurprijs: dto.huurprijs, ingangsdatum: dto.ingangsdatum,
        binding: dto.binding ?? false, begeleidingAkkoord: false, begeleidingsafspraak: null, ontheffingId: dto.ontheffingId ?? null,
      });
      await schrijfAudit(m, actorVan(g), { onderwerp: 'plaatsing', onderwerpId: plaatsing.id, actie: 'geregistreerd zonder zaak', gegevens: { ...dto } });
      return { plaatsing, waarschuwingen };
    });
  }

  @Post('urgentieverklaring')
  @Rollen('corporatiemedewerker')
  @ApiOperation({ summary: 'Plaatsing van een zelf-zoeker registreren op het nummer van de urgentieverklaring' })
  async metUrgentieverklaring(@Gebruiker() g: GebruikerContext, @Body() dto: PlaatsingUrgentieverklaringDto) {
    this.eigenWerkgebied(g, dto.gemeenteCbs);
    return this.transacties.run(async (m) => {
      const verklaring = await m.findOne(UrgentieverklaringEntity, { where: { nummer: dto.nummer } });
      if (!verklaring) throw new WoonstartFout('niet-gevonden', `Urgentieverklaring ${dto.nummer} bestaat niet.`);
      if (verklaring.geldigTot < dto.ingangsdatum && verklaring.geldigTot < todayIso()) {
        throw new WoonstartFout('conflict', `Urgentieverklaring ${dto.nummer} was geldig tot en met ${verklaring.geldigTot}.`);
      }
      const wijkCode = await this.wijkVan(m, dto.gemeenteCbs, dto.wijkCode);
      await applyZaakCommand(m, {
        zaakId: verklaring.zaakId,
        actor: actorVan(g),
        event: {
          type: 'PLAATSING_REGISTREREN', ingangsdatum: dto.ingangsdatum, vorm: 'huur', begeleidingAkkoord: dto.begeleidingAkkoord,
          begeleidingsafspraak: dto.begeleidingsafspraak, gemeenteCbs: dto.gemeenteCbs, wijkCode: wijkCode ?? undefined, adres: dto.adres.trim(),
          huurprijs: dto.huurprijs, woningtype: dto.woningtype, kamers: dto.kamers,
        },
      });
      const plaatsing = await m.findOneOrFail(PlaatsingEntity, { where: { zaakId: verklaring.zaakId } });
      return { plaatsing, waarschuwingen: [] as string[] };
    });
  }
}
