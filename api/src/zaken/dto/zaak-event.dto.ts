import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, Min } from 'class-validator';
import { ZAAK_EVENT_TYPES, type ZaakEventType } from '@woonstart/workflow';

/** Envelope for every case action; the payload is validated per event type by EventPayloadValidator. */
export class ZaakEventDto {
  @ApiProperty({ enum: ZAAK_EVENT_TYPES }) @IsIn(ZAAK_EVENT_TYPES) type!: ZaakEventType;
  @ApiProperty({ description: 'De rijversie die u het laatst zag; bij een andere versie volgt 409' }) @IsInt() @Min(1) rowVersion!: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject() payload?: Record<string, unknown>;
}
