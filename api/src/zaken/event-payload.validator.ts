import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { ZaakEvent } from '@woonstart/workflow';
import { ValidatieFout } from '../common/problem.model';
import { toVeldFouten } from '../common/validation-messages';
import { EVENT_PAYLOADS, EVENT_PAYLOAD_REGELS } from './dto/event-payloads.dto';
import type { ZaakEventDto } from './dto/zaak-event.dto';

/** Validates the payload of a case action against its event type's class; unknown fields are refused. */
export async function toZaakEvent(dto: ZaakEventDto): Promise<ZaakEvent> {
  const cls = EVENT_PAYLOADS[dto.type];
  const payload = plainToInstance(cls, dto.payload ?? {});
  // forbidUnknownValues off: events without payload fields (INDIENEN) use a class without
  // decorators, which class-validator would otherwise refuse as an 'unknown value'.
  // Unknown fields are still refused by forbidNonWhitelisted.
  const errors = await validate(payload, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  if (errors.length > 0) throw new ValidatieFout(toVeldFouten(errors, 'payload'));
  const regelFouten = EVENT_PAYLOAD_REGELS[dto.type]?.(payload) ?? [];
  if (regelFouten.length > 0) throw new ValidatieFout(regelFouten.map((f) => ({ veld: `payload.${f.veld}`, melding: f.melding })));
  return { type: dto.type, ...(payload as object) } as ZaakEvent;
}
