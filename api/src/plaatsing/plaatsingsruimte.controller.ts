import { Body, Controller, Get, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { REGIO_GEMEENTEN, WoonstartFout, isRegioGemeente, todayIso } from '@woonstart/domain';
import { BegrenzingEntity, PlafondOntheffingEntity, ZaakEntity, laadPlafondoverzicht, schrijfAudit } from '@woonstart/db';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import { actorVan, type GebruikerContext } from '../auth/gebruiker-context.model';
import { ParseJaarPipe } from '../common/parse-jaar.pipe';
import { BegrenzingDto, JaarQuery, OntheffingDto } from './plaatsingsruimte.dto';
import { TransactionService } from '../idempotentie/transaction.service';

const huidigJaar = (): number => Number(todayIso().slice(0, 4));

/**
 * Principles 3 and 4: the cap per gemeente and year, its live usage by every
 * placement of a bijzondere doelgroep, and overrides. Everyone involved may see
 * the usage (aggregates, no personal data); only the regiocoördinator changes it.
 */
@ApiTags('plaatsingsruimte')
@Controller('plaatsingsruimte')
export class PlaatsingsruimteController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  @Get()
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'corporatiemedewerker', 'zorgmedewerker', 'beheerder', 'medischAdviseur')
  @ApiOperation({ summary: 'Plafond en gebruik per gemeente voor een jaar (standaard het huidige jaar)' })
  async overzicht(@Query() q: JaarQuery) {
    const jaar = q.jaar ?? huidigJaar();
    const m = this.dataSource.manager;
    return Promise.all(REGIO_GEMEENTEN.map(async (g) => ({ gemeenteNaam: g.naam, ...(await laadPlafondoverzicht(m, g.cbsCode, jaar)) })));
  }

  @Get('ontheffingen')
  @Rollen('regiocoordinator', 'commissielid', 'beheerder')
  @ApiOperation({ summary: 'Verleende ontheffingen van het plafond in een jaar' })
  async ontheffingen(@Query() q: JaarQuery) {
    return this.dataSource.getRepository(PlafondOntheffingEntity).find({ where: { jaar: q.jaar ?? huidigJaar() }, order: { verleendOp: 'DESC' } });
  }

  @Get(':gemeenteCbs/:jaar')
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'corporatiemedewerker', 'zorgmedewerker', 'beheerder', 'medischAdviseur')
  @ApiOperation({ summary: 'Plafond en gebruik van één gemeente, met de geschiedenis van de instellingen' })
  async gemeente(@Param('gemeenteCbs') gemeenteCbs: string, @Param('jaar', new ParseJaarPipe()) jaar: number) {
    if (!isRegioGemeente(gemeenteCbs)) throw new WoonstartFout('niet-gevonden', `Gemeente ${gemeenteCbs} hoort niet bij de regio Haaglanden.`);
    const m = this.dataSource.manager;
    const versies = await m.find(BegrenzingEntity, { where: { gemeenteCbs, jaar }, order: { vastgesteldOp: 'DESC' } });
    return { ...(await laadPlafondoverzicht(m, gemeenteCbs, jaar)), versies };
  }

  @Put(':gemeenteCbs/:jaar')
  @Rollen('regiocoordinator')
  @ApiOperation({ summary: 'Nieuwe versie van de begrenzing van een gemeente voor een jaar (regiocoördinator)' })
  async stelVast(@Gebruiker() g: GebruikerContext, @Param('gemeenteCbs') gemeenteCbs: string, @Param('jaar', new ParseJaarPipe()) jaar: number, @Body() dto: BegrenzingDto) {
    if (!isRegioGemeente(gemeenteCbs)) throw new WoonstartFout('niet-gevonden', `Gemeente ${gemeenteCbs} hoort niet bij de regio Haaglanden.`);
    const codes = dto.uitzonderingen.map((u) => `${u.soort}:${u.code}`);
    if (new Set(codes).size !== codes.length) throw new WoonstartFout('ongeldig', 'Elke wijk of elk complex mag maar één keer als uitzondering voorkomen.', { veld: 'uitzonderingen' });
    return this.transacties.run(async (m) => {
      const rij = m.create(BegrenzingEntity, {
        gemeenteCbs, jaar, verwachteMutaties: dto.verwachteMutaties, verwachteMutatiesOnderAftopping: dto.verwachteMutatiesOnderAftopping,
        aandeel: dto.aandeel, basis: dto.basis, uitzonderingen: dto.uitzonderingen.map((u) => ({ ...u })), motivering: dto.motivering.trim(), vastgesteldDoor: g.id,
      });
      await m.insert(BegrenzingEntity, rij);
      await schrijfAudit(m, actorVan(g), { onderwerp: 'begrenzing', onderwerpId: `${gemeenteCbs}:${jaar}`, actie: 'vastgesteld', gegevens: { ...dto } });
      return laadPlafondoverzicht(m, gemeenteCbs, jaar);
    });
  }

  @Post('ontheffingen')
  @Rollen('regiocoordinator')
  @ApiOperation({ summary: 'Ontheffing verlenen om één huishouden boven het plafond te plaatsen (regiocoördinator, met motivering)' })
  async verleen(@Gebruiker() g: GebruikerContext, @Body() dto: OntheffingDto) {
    return this.transacties.run(async (m) => {
      if (dto.zaakId) {
        const zaak = await m.findOne(ZaakEntity, { where: { id: dto.zaakId } });
        if (!zaak) throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden.');
        const open = await m.findOne(PlafondOntheffingEntity, { where: { zaakId: dto.zaakId, gemeenteCbs: dto.gemeenteCbs, jaar: dto.jaar, plaatsingId: IsNull() } });
        if (open) throw new WoonstartFout('conflict', 'Voor deze zaak is in deze gemeente en dit jaar al een ongebruikte ontheffing verleend.');
      }
      const ontheffing = m.create(PlafondOntheffingEntity, {
        zaakId: dto.zaakId ?? null, gemeenteCbs: dto.gemeenteCbs, jaar: dto.jaar, motivering: dto.motivering.trim(), verleendDoor: g.id, plaatsingId: null,
      });
      await m.insert(PlafondOntheffingEntity, ontheffing);
      await schrijfAudit(m, actorVan(g), { onderwerp: 'plafondontheffing', onderwerpId: ontheffing.id, actie: 'verleend', gegevens: { ...dto } });
      return ontheffing;
    });
  }
}
