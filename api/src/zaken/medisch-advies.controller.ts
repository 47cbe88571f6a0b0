import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { MedischAdviesEntity } from '@woonstart/db';
import { ToegangslogService } from '../audit/toegangslog.service';
import { Gebruiker, Rollen } from '../auth/auth.decorators';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { parseId } from '../common/parse-id.pipe';
import { ZaakQueryService } from './zaak-query.service';

/**
 * The medical details (GDPR art. 9): only the medisch adviseur reads them, only
 * for cases in its scope, and every attempt is in the access log. Everyone else
 * sees the outcome in the case detail.
 */
@ApiTags('medisch advies')
@Controller('zaken/:id/medisch-advies')
export class MedischAdviesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ZaakQueryService) private readonly query: ZaakQueryService,
    @Inject(ToegangslogService) private readonly toegangslog: ToegangslogService,
  ) {}

  @Get()
  @Rollen('medischAdviseur')
  @ApiOperation({ summary: 'Medisch advies met de medische gegevens (alleen medisch adviseur; gelogd)' })
  async lees(@Gebruiker() g: GebruikerContext, @Param('id', parseId()) id: string) {
    const gevonden = await this.query.findScoped(this.dataSource.manager, g, id);
    if (!gevonden) {
      await this.toegangslog.log(g, id, 'medisch advies (medische gegevens)', 'geweigerd');
      throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden, of u heeft er geen toegang toe.');
    }
    const adviezen = await this.dataSource.getRepository(MedischAdviesEntity).find({ where: { zaakId: id }, order: { gevraagdOp: 'ASC' } });
    await this.toegangslog.log(g, id, 'medisch advies (medische gegevens)', 'toegestaan');
    return adviezen.map(({ zaakId: _z, ...a }) => a);
  }
}
