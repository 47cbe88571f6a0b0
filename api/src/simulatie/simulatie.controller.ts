import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SimulatieConfiguratie } from '@woonstart/domain';
import { Rollen } from '../auth/auth.decorators';
import { SimulatieDto, SimulatieStandaardQuery } from './simulatie.dto';
import { SimulatieService, type SimulatieView } from './simulatie.service';

/** The memo's "simulatiespel" (issue 5 §3): a synthetic year through the live rules. Aggregates only. */
@ApiTags('monitor')
@Controller('monitor/simulatie')
export class SimulatieController {
  constructor(private readonly simulatie: SimulatieService) {}

  @Get('standaard')
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'beheerder')
  @ApiOperation({ summary: 'De standaardconfiguratie van de jaarsimulatie: regionale vraag, herkomst naar inwoners, verhuringen per gemeente' })
  standaard(@Query() q: SimulatieStandaardQuery): SimulatieConfiguratie {
    return this.simulatie.standaard(q.jaar);
  }

  @Post()
  @HttpCode(200)
  @Rollen('regiocoordinator', 'commissielid', 'gemeentemedewerker', 'beheerder')
  @ApiOperation({ summary: 'Simuleer een jaar: geplaatst en niet geplaatst per gemeente en categorie, plafondgebruik, wachttijden (zelfde seed, zelfde uitkomst)' })
  simuleer(@Body() dto: SimulatieDto): SimulatieView {
    return this.simulatie.simuleer(dto);
  }
}
