import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { WONINGTYPEN, controleerAanvraagPeriodes, type Aanvraaggegevens, type VeldMelding } from '@woonstart/domain';
import type { ZaakEventType } from '@woonstart/workflow';
import { IsCbsCode, IsDatum, IsRegioGemeente, IsVerledenDatum } from '../../common/validators';
import { CreateZaakDto } from './create-zaak.dto';

/** Payload classes per event type: what the web form sends and what the audit log keeps. */
class Leeg {}
class OptioneleToelichting { @IsOptional() @IsString() @MaxLength(4000) toelichting?: string; }
class Toelichting { @IsString() @IsNotEmpty() @MaxLength(4000) toelichting!: string; }
class AanvullingVragen {
  @IsString() @IsNotEmpty() @MaxLength(4000) toelichting!: string;
  @IsOptional() @IsInt() @Min(1) @Max(56) termijnDagen?: number;
}
class Motivering { @IsString() @IsNotEmpty() @MaxLength(8000) motivering!: string; }
class Reden { @IsString() @IsNotEmpty() @MaxLength(4000) reden!: string; }
class Herkomst {
  @IsCbsCode() gemeenteCbs!: string;
  @IsOptional() @IsString() @MaxLength(8000) motivering?: string;
}
const OORDELEN = ['voor', 'tegen', 'neutraal'] as const;
class Bevinding {
  @IsString() @IsNotEmpty() @MaxLength(4000) bevinding!: string;
  @IsIn(OORDELEN) oordeel!: (typeof OORDELEN)[number];
}
class Criteria {
  @ValidateNested() @Type(() => Bevinding) perspectief!: Bevinding;
  @ValidateNested() @Type(() => Bevinding) netwerk!: Bevinding;
  @ValidateNested() @Type(() => Bevinding) werkDagbesteding!: Bevinding;
  @ValidateNested() @Type(() => Bevinding) ondersteuning!: Bevinding;
  @ValidateNested() @Type(() => Bevinding) justitieel!: Bevinding;
}
class Kandidaat {
  @IsCbsCode() gemeenteCbs!: string;
  @IsIn(['herkomst', 'commissie', 'wensClient']) bron!: 'herkomst' | 'commissie' | 'wensClient';
  @ValidateNested() @Type(() => Criteria) criteria!: Criteria;
}
/** Version 2 sends the full weighing (kandidaten × the five criteria); the rule in libs/domain checks it as a whole. */
class Weging {
  @IsCbsCode() gemeenteCbs!: string;
  @IsOptional() @IsString() @MaxLength(8000) motivering?: string;
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(9) @ValidateNested({ each: true }) @Type(() => Kandidaat) kandidaten?: Kandidaat[];
  @IsOptional() @IsString() @MaxLength(4000) wensClient?: string;
}
class Zoekprofiel {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(9) @IsCbsCode({ each: true }) gemeenten!: string[];
  @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) woningtypen!: string[];
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(1) @Max(5000) maxHuur!: number | null;
}
class Besluitvoorstel {
  @IsIn(['toekennen', 'afwijzen']) uitkomst!: 'toekennen' | 'afwijzen';
  @IsOptional() @IsIn(['bemiddeling', 'zelfZoeken']) route?: 'bemiddeling' | 'zelfZoeken';
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) gronden?: string[];
  @IsString() @IsNotEmpty() @MaxLength(8000) motivering!: string;
  @IsOptional() @IsInt() @Min(1) @Max(12) geldigheidMaanden?: number;
  @IsOptional() @ValidateNested() @Type(() => Zoekprofiel) zoekprofiel?: Zoekprofiel;
  @IsOptional() @IsBoolean() steuntOpFeitenNietVanAanvrager?: boolean;
}
const WOONVEREISTEN = ['gelijkvloers', 'nultreden', 'rolstoeltoegankelijk', 'lift', 'extraSlaapkamer', 'prikkelarm', 'nabijZorg'] as const;
class MedischAdvies {
  @IsBoolean() urgentOpMedischeGronden!: boolean;
  @IsArray() @ArrayMaxSize(7) @IsIn(WOONVEREISTEN, { each: true }) woonvereisten!: string[];
  @IsString() @MinLength(10) @MaxLength(20000) details!: string;
}
class Verdagen {
  @IsInt() @Min(1) @Max(8) weken!: number;
  @IsString() @IsNotEmpty() @MaxLength(4000) reden!: string;
}
class Vraag { @IsString() @IsNotEmpty() @MaxLength(4000) vraag!: string; }
class Overdragen {
  @IsCbsCode() gemeenteCbs!: string;
  @IsString() @IsNotEmpty() @MaxLength(8000) motivering!: string;
}
class Opmerking { @IsOptional() @IsString() @MaxLength(4000) opmerking?: string; }
class Inhoud { @IsString() @IsNotEmpty() @MaxLength(20000) inhoud!: string; }
class Bezwaar {
  @IsDatum() ontvangenOp!: string;
  @IsString() @IsNotEmpty() @MaxLength(20000) gronden!: string;
  @IsOptional() @IsString() @MaxLength(8000) motiveringTeLaat?: string;
}
class Aanbieden {
  @IsUUID() woningId!: string;
  @IsOptional() @IsString() @MaxLength(4000) toelichting?: string;
  @IsOptional() @IsInt() @Min(1) @Max(60) reactietermijnDagen?: number;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(4000) motiveringAndereGemeente?: string;
}
class Weigeren {
  @IsString() @IsNotEmpty() @MaxLength(4000) reden!: string;
  @IsOptional() @IsBoolean() gegrond?: boolean;
}
class Plaatsing {
  @IsDatum() ingangsdatum!: string;
  @IsOptional() @IsUUID() woningId?: string;
  @IsOptional() @IsString() @MaxLength(300) adres?: string;
  @IsOptional() @IsIn(['huur', 'intermediair']) vorm?: 'huur' | 'intermediair';
  // Support is a condition for these groups: the api refuses a placement without it (see the effect).
  @IsOptional() @IsBoolean() begeleidingAkkoord?: boolean;
  @IsOptional() @IsString() @MaxLength(2000) begeleidingsafspraak?: string;
  // Zelf zoeken: the dwelling is not in Woonstart, so its facts come with the placement.
  @IsOptional() @IsRegioGemeente() gemeenteCbs?: string;
  @IsOptional() @IsString() @MaxLength(20) wijkCode?: string;
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(100) @Max(3000) huurprijs?: number;
  @IsOptional() @IsIn(WONINGTYPEN) woningtype?: string;
  @IsOptional() @IsInt() @Min(1) @Max(8) kamers?: number;
}
class Plaatsingsprofiel {
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(/^(\d{4}|HAAGLANDEN)$/, { each: true, message: "Elke uitgesloten gemeente is een CBS-code van vier cijfers, of HAAGLANDEN voor de hele regio." }) uitgeslotenGemeenten!: string[];
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(20, { each: true }) uitgeslotenWijken!: string[];
  @IsOptional() @IsString() @MaxLength(4000) toelichting?: string;
}
class VerlengingToekennen {
  @IsString() @IsNotEmpty() @MaxLength(8000) motivering!: string;
  @IsOptional() @IsInt() @Min(1) @Max(6) maanden?: number;
}
class Doel {
  @IsIn(['behaald', 'deels', 'niet']) oordeel!: 'behaald' | 'deels' | 'niet';
  @IsString() @IsNotEmpty() @MaxLength(4000) toelichting!: string;
}
class Doelen {
  @ValidateNested() @Type(() => Doel) wonen!: Doel;
  @ValidateNested() @Type(() => Doel) buren!: Doel;
  @ValidateNested() @Type(() => Doel) huurbetaling!: Doel;
  @ValidateNested() @Type(() => Doel) ondersteuning!: Doel;
}
class Woonevaluatie {
  @IsVerledenDatum() datum!: string;
  @ValidateNested() @Type(() => Doelen) doelen!: Doelen;
  @IsOptional() @IsString() @MaxLength(8000) afspraken?: string;
}
class Omklap {
  @IsDatum() ingangsdatum!: string;
  @IsString() @IsNotEmpty() @MaxLength(8000) motivering!: string;
}

export const EVENT_PAYLOADS: Readonly<Record<ZaakEventType, new () => object>> = {
  // Editing sends the whole application again, validated exactly like a new one.
  GEGEVENS_WIJZIGEN: CreateZaakDto,
  INDIENEN: Leeg,
  ONTVANKELIJK_VERKLAREN: OptioneleToelichting,
  AANVULLING_VRAGEN: AanvullingVragen,
  AANVULLING_INDIENEN: Toelichting,
  BUITEN_BEHANDELING_STELLEN: Motivering,
  HERKOMST_VASTSTELLEN: Herkomst,
  WEGING_VASTLEGGEN: Weging,
  TOEKENNEN_BEMIDDELING: Motivering,
  TOEKENNEN_ZELF_ZOEKEN: Motivering,
  AFWIJZEN: Motivering,
  WONING_AANBIEDEN: Aanbieden,
  AANBIEDING_ACCEPTEREN: OptioneleToelichting,
  AANBIEDING_WEIGEREN: Weigeren,
  PLAATSING_REGISTREREN: Plaatsing,
  INTREKKEN: Reden,
  // System events (fired by durable jobs); users are refused by role before their payload matters.
  HERSTELTERMIJN_VERSTREKEN: Leeg,
  ZIENSWIJZETERMIJN_VERSTREKEN: Leeg,
  BESLISTERMIJN_HERINNERING: Leeg,
  BESLISTERMIJN_VERSTREKEN: Leeg,
  VERDAGEN: Verdagen,
  MEDISCH_ADVIES_VRAGEN: Vraag,
  MEDISCH_ADVIES_UITBRENGEN: MedischAdvies,
  ZAAK_OVERDRAGEN: Overdragen,
  BESLUIT_VOORSTELLEN: Besluitvoorstel,
  BESLUIT_GOEDKEUREN: Opmerking,
  BESLUIT_TERUGSTUREN: Reden,
  ZIENSWIJZE_ONTVANGEN: Inhoud,
  BEZWAAR_INDIENEN: Bezwaar,
  BEZWAAR_GEGROND: Motivering,
  BEZWAAR_ONGEGROND: Motivering,
  BEZWAAR_NIET_ONTVANKELIJK: Motivering,
  PLAATSINGSPROFIEL_VASTLEGGEN: Plaatsingsprofiel,
  AANBIEDING_INTREKKEN: Reden,
  REACTIETERMIJN_VERSTREKEN: Leeg,
  URGENTIEVERKLARING_VERLOPEN: Leeg,
  VERLENGING_AANVRAGEN: Motivering,
  VERLENGING_TOEKENNEN: VerlengingToekennen,
  VERLENGING_AFWIJZEN: Motivering,
  VERLENGINGSTERMIJN_VERSTREKEN: Leeg,
  WOONEVALUATIE_VASTLEGGEN: Woonevaluatie,
  WOONEVALUATIE_AFTEKENEN: Opmerking,
  WOONEVALUATIE_HERINNERING: Leeg,
  OMKLAP_REGISTREREN: Omklap,
  INTERMEDIAIRE_VERHUUR_BEEINDIGEN: Reden,
};

/** Cross-field rules from libs/domain that run after the per-field validation of a payload. */
export const EVENT_PAYLOAD_REGELS: Partial<Readonly<Record<ZaakEventType, (payload: object) => VeldMelding[]>>> = {
  GEGEVENS_WIJZIGEN: (p) => controleerAanvraagPeriodes(p as Aanvraaggegevens),
};
