import type { EntityManager } from 'typeorm';
import type { Aanvraaggegevens } from '@woonstart/domain';
import { HuishoudlidEntity } from '../entities/huishoudlid.entity';
import { InschrijvingEntity } from '../entities/inschrijving.entity';
import { OpnameEntity } from '../entities/opname.entity';
import type { ZaakEntity } from '../entities/zaak.entity';

type AanvraagKolommen = Pick<ZaakEntity,
  | 'categorie' | 'behandelendeGemeente' | 'aanvragerVoornamen' | 'aanvragerAchternaam' | 'aanvragerGeboortedatum' | 'aanvragerEmail'
  | 'aanvragerTelefoon' | 'woonnetInschrijfnummer' | 'ondersteuningsplan' | 'begeleidingAkkoord' | 'woonwensen' | 'aantalKamersMin'>;

/** The zaak columns that hold application data; one mapping for creating and for editing a case. */
export function aanvraagKolommen(a: Aanvraaggegevens): AanvraagKolommen {
  return {
    categorie: a.categorie,
    behandelendeGemeente: a.behandelendeGemeente,
    aanvragerVoornamen: a.aanvrager.voornamen,
    aanvragerAchternaam: a.aanvrager.achternaam,
    aanvragerGeboortedatum: a.aanvrager.geboortedatum,
    aanvragerEmail: a.aanvrager.email ?? null,
    aanvragerTelefoon: a.aanvrager.telefoon ?? null,
    woonnetInschrijfnummer: a.woonnetInschrijfnummer ?? null,
    ondersteuningsplan: a.ondersteuningsplan ?? null,
    begeleidingAkkoord: a.begeleidingAkkoord,
    woonwensen: a.woonwensen ?? null,
    aantalKamersMin: a.aantalKamersMin ?? 1,
  };
}

/** Household, registration history and admissions of an application, as child rows of the case. */
export async function insertAanvraagRegels(manager: EntityManager, zaakId: string, a: Aanvraaggegevens): Promise<void> {
  if (a.huishouden.length) await manager.insert(HuishoudlidEntity, a.huishouden.map((h) => ({ relatie: h.relatie, naam: h.naam, geboortedatum: h.geboortedatum, zaakId })));
  if (a.inschrijvingen.length) {
    await manager.insert(InschrijvingEntity, a.inschrijvingen.map((i) => ({ gemeenteCbs: i.gemeenteCbs, gemeenteNaam: i.gemeenteNaam, adrestype: i.adrestype, van: i.van, tot: i.tot, zaakId })));
  }
  if (a.opnames.length) await manager.insert(OpnameEntity, a.opnames.map((o) => ({ instelling: o.instelling, van: o.van, tot: o.tot, zaakId })));
}
