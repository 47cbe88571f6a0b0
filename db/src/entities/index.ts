import { GebruikerEntity } from './gebruiker.entity';
import { GemeenteEntity } from './gemeente.entity';
import { HuishoudlidEntity } from './huishoudlid.entity';
import { InschrijvingEntity } from './inschrijving.entity';
import { OpnameEntity } from './opname.entity';
import { OrganisatieEntity } from './organisatie.entity';
import { OutboxEntity } from './outbox.entity';
import { ToegangslogEntity } from './toegangslog.entity';
import { WoningEntity } from './woning.entity';
import { ZaakTransitieEntity } from './zaak-transitie.entity';
import { ZaakEntity } from './zaak.entity';

export {
  GebruikerEntity, GemeenteEntity, HuishoudlidEntity, InschrijvingEntity, OpnameEntity, OrganisatieEntity,
  OutboxEntity, ToegangslogEntity, WoningEntity, ZaakTransitieEntity, ZaakEntity,
};
export type { WoningStatus } from './woning.entity';

export const ENTITIES = [
  GemeenteEntity, OrganisatieEntity, GebruikerEntity, ZaakEntity, HuishoudlidEntity, InschrijvingEntity,
  OpnameEntity, WoningEntity, ZaakTransitieEntity, ToegangslogEntity, OutboxEntity,
];
