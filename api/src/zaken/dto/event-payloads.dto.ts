import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { controleerAanvraagPeriodes, type Aanvraaggegevens, type VeldMelding } from '@woonstart/domain';
import type { ZaakEventType } from '@woonstart/workflow';
import { IsCbsCode, IsDatum } from '../../common/validators';
import { CreateZaakDto } from './create-zaak.dto';

/** Payload classes per event type: what the web form sends and what the audit log keeps. */
class Leeg {}
class OptioneleToelichting { @IsOptional() @IsString() @MaxLength(4000) toelichting?: string; }
class Toelichting { @IsString() @IsNotEmpty() @MaxLength(4000) toelichting!: string; }
class Motivering { @IsString() @IsNotEmpty() @MaxLength(8000) motivering!: string; }
class Reden { @IsString() @IsNotEmpty() @MaxLength(4000) reden!: string; }
class Herkomst {
  @IsCbsCode() gemeenteCbs!: string;
  @IsOptional() @IsString() @MaxLength(8000) motivering?: string;
}
class Weging {
  @IsCbsCode() gemeenteCbs!: string;
  @IsString() @IsNotEmpty() @MaxLength(8000) motivering!: string;
}
class Aanbieden {
  @IsUUID() woningId!: string;
  @IsOptional() @IsString() @MaxLength(4000) toelichting?: string;
}
class Plaatsing {
  @IsDatum() ingangsdatum!: string;
  @IsOptional() @IsUUID() woningId?: string;
  @IsOptional() @IsString() @MaxLength(300) adres?: string;
}

export const EVENT_PAYLOADS: Readonly<Record<ZaakEventType, new () => object>> = {
  // Editing sends the whole application again, validated exactly like a new one.
  GEGEVENS_WIJZIGEN: CreateZaakDto,
  INDIENEN: Leeg,
  ONTVANKELIJK_VERKLAREN: OptioneleToelichting,
  AANVULLING_VRAGEN: Toelichting,
  AANVULLING_INDIENEN: Toelichting,
  BUITEN_BEHANDELING_STELLEN: Motivering,
  HERKOMST_VASTSTELLEN: Herkomst,
  WEGING_VASTLEGGEN: Weging,
  TOEKENNEN_BEMIDDELING: Motivering,
  TOEKENNEN_ZELF_ZOEKEN: Motivering,
  AFWIJZEN: Motivering,
  WONING_AANBIEDEN: Aanbieden,
  AANBIEDING_ACCEPTEREN: OptioneleToelichting,
  AANBIEDING_WEIGEREN: Reden,
  PLAATSING_REGISTREREN: Plaatsing,
  INTREKKEN: Reden,
};

/** Cross-field rules from libs/domain that run after the per-field validation of a payload. */
export const EVENT_PAYLOAD_REGELS: Partial<Readonly<Record<ZaakEventType, (payload: object) => VeldMelding[]>>> = {
  GEGEVENS_WIJZIGEN: (p) => controleerAanvraagPeriodes(p as Aanvraaggegevens),
};
