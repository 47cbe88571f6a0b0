import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WoonstartFout, controleerAanvraagPeriodes, controleerIndiening, isIndienersrol, type Aanvraaggegevens } from '@woonstart/domain';
import { applyZaakCommand, createZaak } from '@woonstart/db';
import { mayRolSend, ZAAK_EVENT_META } from '@woonstart/workflow';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import type { CreateZaakDto } from './dto/create-zaak.dto';
import type { ZaakEventDto } from './dto/zaak-event.dto';
import { toZaakEvent } from './event-payload.validator';
import { ValidatieFout } from '../common/problem.model';
import { ZaakQueryService } from './zaak-query.service';
import type { ZaakDetail } from './zaak-view.model';

/** Creates cases and sends events to them; every change goes through applyZaakCommand in one transaction. */
@Injectable()
export class ZaakCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: ZaakQueryService,
  ) {}

  async create(gebruiker: GebruikerContext, dto: CreateZaakDto): Promise<ZaakDetail> {
    const fouten = controleerAanvraagPeriodes(dto);
    if (fouten.length) throw new ValidatieFout(fouten);
    this.assertIndiening(gebruiker, dto);
    const zaak = await this.dataSource.transaction((m) =>
      createZaak(m, dto, { id: gebruiker.id, naam: gebruiker.naam, rol: gebruiker.rol, organisatieId: gebruiker.organisatieId }),
    );
    return this.query.detail(gebruiker, zaak.id);
  }

  async send(gebruiker: GebruikerContext, zaakId: string, dto: ZaakEventDto): Promise<ZaakDetail> {
    const event = await toZaakEvent(dto);
    // Editing may change the category: the same channel rule as for a new application.
    if (event.type === 'GEGEVENS_WIJZIGEN' && isIndienersrol(gebruiker.rol)) this.assertIndiening(gebruiker, event);
    await this.dataSource.transaction(async (m) => {
      // Scope first, inside the transaction: another organisation's case is a 404, not a 403.
      const found = await this.query.findScoped(m, gebruiker, zaakId);
      if (!found) throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden, of u heeft er geen toegang toe.');
      if (!mayRolSend(gebruiker.rol, event.type)) {
        throw new WoonstartFout('verboden', `Uw rol mag de actie '${ZAAK_EVENT_META[event.type].label}' niet uitvoeren.`);
      }
      await applyZaakCommand(m, {
        zaakId,
        event,
        actor: { id: gebruiker.id, naam: gebruiker.naam, rol: gebruiker.rol, organisatieId: gebruiker.organisatieId },
        expectedRowVersion: dto.rowVersion,
      });
    });
    return this.query.detail(gebruiker, zaakId);
  }

  /** A zorginstelling files uitstroomverzoeken, a gemeente the other categories for itself; otherwise 422. */
  private assertIndiening(gebruiker: GebruikerContext, aanvraag: Pick<Aanvraaggegevens, 'categorie' | 'behandelendeGemeente'>): void {
    const fouten = controleerIndiening({ rol: gebruiker.rol, werkgebied: gebruiker.werkgebied }, aanvraag);
    if (fouten.length) throw new WoonstartFout('ongeldig', fouten[0].melding, { veld: fouten[0].veld, fouten });
  }
}
