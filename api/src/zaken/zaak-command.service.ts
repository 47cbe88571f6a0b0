import { Inject, Injectable } from '@nestjs/common';
import { WoonstartFout, controleerAanvraagPeriodes, controleerIndiening, isIndienersrol, type Aanvraaggegevens } from '@woonstart/domain';
import { applyZaakCommand, createZaak } from '@woonstart/db';
import { allowedEvents, mayRolSend, ZAAK_EVENT_META } from '@woonstart/workflow';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import type { CreateZaakDto } from './dto/create-zaak.dto';
import type { ZaakEventDto } from './dto/zaak-event.dto';
import { toZaakEvent } from './event-payload.validator';
import { ValidatieFout } from '../common/problem.model';
import { TransactionService } from '../idempotentie/transaction.service';
import { ZaakQueryService } from './zaak-query.service';
import type { ZaakDetail, ZaakNaEvent } from './zaak-view.model';

/** Creates cases and sends events to them; every change goes through applyZaakCommand in one transaction. */
@Injectable()
export class ZaakCommandService {
  constructor(
    @Inject(TransactionService) private readonly transacties: TransactionService,
    private readonly query: ZaakQueryService,
  ) {}

  async create(gebruiker: GebruikerContext, dto: CreateZaakDto): Promise<ZaakDetail> {
    const fouten = controleerAanvraagPeriodes(dto);
    if (fouten.length) throw new ValidatieFout(fouten);
    this.assertIndiening(gebruiker, dto);
    // The id, not the entity: a retry with the same Idempotency-Key gets this value back from the database.
    const zaakId = await this.transacties.run(async (m) =>
      (await createZaak(m, dto, { id: gebruiker.id, naam: gebruiker.naam, rol: gebruiker.rol, organisatieId: gebruiker.organisatieId })).id,
    );
    return this.query.detail(gebruiker, zaakId);
  }

  async send(gebruiker: GebruikerContext, zaakId: string, dto: ZaakEventDto): Promise<ZaakDetail> {
    await this.sendMinimaal(gebruiker, zaakId, dto);
    return this.query.detail(gebruiker, zaakId);
  }

  /** The event without reloading the case afterwards (`Prefer: return=minimal`): the new state, row version and actions. */
  async sendMinimaal(gebruiker: GebruikerContext, zaakId: string, dto: ZaakEventDto): Promise<ZaakNaEvent> {
    const event = await toZaakEvent(dto);
    // Editing may change the category: the same channel rule as for a new application.
    if (event.type === 'GEGEVENS_WIJZIGEN' && isIndienersrol(gebruiker.rol)) this.assertIndiening(gebruiker, event);
    return this.transacties.run(async (m) => {
      // Scope first, inside the transaction: another organisation's case is a 404, not a 403. The same
      // query takes the row lock, so the command does not load the case a second time.
      const found = await this.query.findScoped(m, gebruiker, zaakId, { vergrendel: true });
      if (!found) throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden, of u heeft er geen toegang toe.');
      if (!mayRolSend(gebruiker.rol, event.type)) {
        throw new WoonstartFout('verboden', `Uw rol mag de actie '${ZAAK_EVENT_META[event.type].label}' niet uitvoeren.`);
      }
      const { overgang, rowVersion } = await applyZaakCommand(m, {
        zaakId,
        zaak: found.zaak,
        event,
        actor: { id: gebruiker.id, naam: gebruiker.naam, rol: gebruiker.rol, organisatieId: gebruiker.organisatieId },
        expectedRowVersion: dto.rowVersion,
      });
      return {
        id: zaakId, state: overgang.naar, status: overgang.status, rowVersion,
        allowedEvents: allowedEvents(found.zaak.machineVersion, overgang.snapshot, gebruiker.rol, gebruiker.id),
      };
    });
  }

  /** A zorginstelling files uitstroomverzoeken, a gemeente the other categories for itself; otherwise 422. */
  private assertIndiening(gebruiker: GebruikerContext, aanvraag: Pick<Aanvraaggegevens, 'categorie' | 'behandelendeGemeente'>): void {
    const fouten = controleerIndiening({ rol: gebruiker.rol, werkgebied: gebruiker.werkgebied }, aanvraag);
    if (fouten.length) throw new WoonstartFout('ongeldig', fouten[0].melding, { veld: fouten[0].veld, fouten });
  }
}
