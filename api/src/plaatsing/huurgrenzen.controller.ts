import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNumber, Max, Min } from 'class-validator';
import type { DataSource } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { HuurgrensEntity, schrijfAudit } from '@woonstart/db';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import { actorVan, type GebruikerContext } from '../auth/gebruiker-context.model';
import { ParseJaarPipe } from '../common/parse-jaar.pipe';
import { TransactionService } from '../idempotentie/transaction.service';

export class HuurgrensDto {
  @ApiProperty({ example: 498.2 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(100) @Max(3000) kwaliteitskortingsgrens!: number;
  @ApiProperty({ example: 713.02 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(100) @Max(3000) eersteAftoppingsgrens!: number;
  @ApiProperty({ example: 764.14 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(100) @Max(3000) tweedeAftoppingsgrens!: number;
  @ApiProperty({ example: 932.93 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(100) @Max(3000) liberalisatiegrens!: number;
}

/** Rent limits per year (Wet op de huurtoeslag): data, so the next year needs no release. */
@ApiTags('huurgrenzen')
@Controller('huurgrenzen')
export class HuurgrenzenController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  @Get()
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'corporatiemedewerker', 'zorgmedewerker', 'beheerder', 'medischAdviseur')
  @ApiOperation({ summary: 'Huurgrenzen per jaar' })
  async list() {
    return this.dataSource.getRepository(HuurgrensEntity).find({ order: { jaar: 'ASC' } });
  }

  @Put(':jaar')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Huurgrenzen van een jaar vastleggen of corrigeren (beheerder)' })
  async stelVast(@Gebruiker() g: GebruikerContext, @Param('jaar', new ParseJaarPipe()) jaar: number, @Body() dto: HuurgrensDto) {
    if (!(dto.kwaliteitskortingsgrens < dto.eersteAftoppingsgrens && dto.eersteAftoppingsgrens <= dto.tweedeAftoppingsgrens && dto.tweedeAftoppingsgrens < dto.liberalisatiegrens)) {
      throw new WoonstartFout('ongeldig', 'De grenzen moeten oplopen: kwaliteitskortingsgrens < eerste aftoppingsgrens ≤ tweede aftoppingsgrens < liberalisatiegrens.');
    }
    return this.transacties.run(async (m) => {
      await m.upsert(HuurgrensEntity, { jaar, ...dto, gewijzigdDoor: g.id, gewijzigdOp: new Date() }, ['jaar']);
      await schrijfAudit(m, actorVan(g), { onderwerp: 'huurgrens', onderwerpId: String(jaar), actie: 'vastgesteld', gegevens: { ...dto } });
      return m.findOneByOrFail(HuurgrensEntity, { jaar });
    });
  }
}
