import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WoonstartFout, regioGemeente, todayIso } from '@woonstart/domain';
import { BeleidEntity } from '@woonstart/db';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { CreateBeleidDto } from './create-beleid.dto';
import { TransactionService } from '../idempotentie/transaction.service';

/**
 * Policy parameters per gemeente, versioned by date. A version is never edited:
 * a change is a new version from a future date (or today), so every case can show
 * the rules it was decided under.
 */
@ApiTags('beleid')
@Controller('beleid')
export class BeleidController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  @Get()
  @Rollen('beheerder', 'regiocoordinator', 'commissielid')
  @ApiOperation({ summary: 'Alle beleidsversies per gemeente (termijnen, vier ogen), nieuwste eerst' })
  async list() {
    const rows = await this.dataSource.getRepository(BeleidEntity).find({ order: { gemeenteCbs: 'ASC', geldigVanaf: 'DESC' } });
    return rows.map((b) => ({ ...b, gemeenteNaam: regioGemeente(b.gemeenteCbs)?.naam ?? b.gemeenteCbs }));
  }

  @Post()
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Nieuwe beleidsversie vanaf een datum (vandaag of later)' })
  async create(@Gebruiker() g: GebruikerContext, @Body() dto: CreateBeleidDto) {
    if (dto.geldigVanaf < todayIso()) {
      throw new WoonstartFout('ongeldig', 'Een nieuwe beleidsversie kan niet met terugwerkende kracht ingaan: kies vandaag of een latere datum.', { veld: 'geldigVanaf' });
    }
    return this.transacties.run(async (m) => {
      const repo = m.getRepository(BeleidEntity);
      if (await repo.findOne({ where: { gemeenteCbs: dto.gemeenteCbs, geldigVanaf: dto.geldigVanaf } })) {
        throw new WoonstartFout('conflict', `Er is al een beleidsversie voor ${regioGemeente(dto.gemeenteCbs)?.naam} vanaf ${dto.geldigVanaf}.`, { veld: 'geldigVanaf' });
      }
      const beleid = await repo.save(repo.create({ ...dto, aangemaaktDoor: g.id }));
      return { ...beleid, gemeenteNaam: regioGemeente(beleid.gemeenteCbs)?.naam ?? beleid.gemeenteCbs };
    });
  }
}
