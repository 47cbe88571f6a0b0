import { AanbiedingEntity } from './aanbieding.entity';
import { AuditlogEntity } from './auditlog.entity';
import { BegrenzingEntity, HuurgrensEntity, PlafondOntheffingEntity } from './begrenzing.entity';
import { PlaatsingEntity } from './plaatsing.entity';
import { UrgentieverklaringEntity } from './urgentieverklaring.entity';
import { WoonevaluatieEntity } from './woonevaluatie.entity';
import { BeleidEntity } from './beleid.entity';
import { BesluitEntity } from './besluit.entity';
import { BezwaarEntity } from './bezwaar.entity';
import { DocumentEntity } from './document.entity';
import { GebruikerEntity } from './gebruiker.entity';
import { MedischAdviesEntity } from './medisch-advies.entity';
import { OpschortingEntity } from './opschorting.entity';
import { TaakEntity } from './taak.entity';
import { WoonstartwegingEntity } from './woonstartweging.entity';
import { AgendapuntEntity, StandpuntEntity, VergaderingEntity } from './vergadering.entity';
import { ZienswijzeEntity } from './zienswijze.entity';
import { GemeenteEntity } from './gemeente.entity';
import { HuishoudlidEntity } from './huishoudlid.entity';
import { InschrijvingEntity } from './inschrijving.entity';
import { OpnameEntity } from './opname.entity';
import { OrganisatieEntity } from './organisatie.entity';
import { OutboxEntity } from './outbox.entity';
import { ToegangslogEntity } from './toegangslog.entity';
import { WoningEntity } from './woning.entity';
import { WijkEntity } from './wijk.entity';
import { ZaakTransitieEntity } from './zaak-transitie.entity';
import { ZaakEntity } from './zaak.entity';
import { EmailEntity } from './email.entity';
import { MeldingEntity } from './melding.entity';
import { ScenarioInvoerEntity } from './scenario-invoer.entity';

export {
  AuditlogEntity,
  AanbiedingEntity, BegrenzingEntity, HuurgrensEntity, PlafondOntheffingEntity, PlaatsingEntity, UrgentieverklaringEntity, WoonevaluatieEntity,
  AgendapuntEntity, StandpuntEntity, VergaderingEntity,
  BeleidEntity, BesluitEntity, BezwaarEntity, MedischAdviesEntity, OpschortingEntity, TaakEntity, WoonstartwegingEntity, ZienswijzeEntity,
  GebruikerEntity, GemeenteEntity, HuishoudlidEntity, InschrijvingEntity, OpnameEntity, OrganisatieEntity,
  OutboxEntity, ToegangslogEntity, WoningEntity, ZaakTransitieEntity, ZaakEntity, DocumentEntity,
  WijkEntity,
  EmailEntity, MeldingEntity,
  ScenarioInvoerEntity,
};
export type { WoningStatus } from './woning.entity';
export type { BesluitStatus } from './besluit.entity';
export type { TaakStatus } from './taak.entity';
export type { Standpunt } from './vergadering.entity';
export type { AanbiedingUitkomst } from './aanbieding.entity';
export type { Zoekprofiel } from './urgentieverklaring.entity';
export { EMAIL_STATUSSEN, type EmailStatus } from './email.entity';

export const ENTITIES = [
  GemeenteEntity, OrganisatieEntity, GebruikerEntity, ZaakEntity, HuishoudlidEntity, InschrijvingEntity,
  OpnameEntity, WoningEntity, ZaakTransitieEntity, ToegangslogEntity, OutboxEntity,
  BeleidEntity, OpschortingEntity, WoonstartwegingEntity, MedischAdviesEntity, BesluitEntity, ZienswijzeEntity, BezwaarEntity, TaakEntity,
  VergaderingEntity, AgendapuntEntity, StandpuntEntity, DocumentEntity, AuditlogEntity,
  WijkEntity,
  MeldingEntity, EmailEntity,
  AanbiedingEntity, BegrenzingEntity, HuurgrensEntity, PlafondOntheffingEntity, PlaatsingEntity, UrgentieverklaringEntity, WoonevaluatieEntity,
  ScenarioInvoerEntity,
];
