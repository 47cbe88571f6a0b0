import type { SelectQueryBuilder } from 'typeorm';
import { WoonstartFout } from '@woonstart/domain';
import { STATUS_CONCEPT, STATUSSEN_NA_TOEKENNING } from '@woonstart/workflow';
import type { ZaakEntity } from '@woonstart/db';
import type { GebruikerContext } from '../auth/gebruiker-context.model';

/** What part of a case a role may see: the whole file, or only what placement needs. */
export type ZaakWeergave = 'volledig' | 'bemiddeling';

/**
 * Organisation scoping for cases, applied in SQL so a list, a detail and a
 * command all see exactly the same set. A case outside the scope does not exist
 * for the caller (404), so ids of other organisations' cases leak nothing.
 */
export function applyZaakScope(qb: SelectQueryBuilder<ZaakEntity>, gebruiker: GebruikerContext, alias = 'zaak'): ZaakWeergave {
  const werkgebied = [...gebruiker.werkgebied];
  switch (gebruiker.rol) {
    // The organisation that filed the case (a zorginstelling's uitstroomverzoek, a gemeente's intake) sees all of it, also in concept.
    case 'zorgmedewerker':
    case 'gemeentemedewerker':
      qb.andWhere(`${alias}.indienende_organisatie_id = :scopeOrg`, { scopeOrg: gebruiker.organisatieId });
      return 'volledig';
    case 'commissielid':
      qb.andWhere(`${alias}.status <> :scopeConcept AND ${alias}.behandelende_gemeente IN (:...scopeGebied)`, { scopeConcept: STATUS_CONCEPT, scopeGebied: werkgebied });
      return 'volledig';
    case 'medischAdviseur':
      // Medical urgents, and any other case the committee asked medical advice on.
      qb.andWhere(
        `${alias}.status <> :scopeConcept AND ${alias}.behandelende_gemeente IN (:...scopeGebied) AND (${alias}.categorie = 'MED' OR EXISTS (SELECT 1 FROM medisch_advies ma WHERE ma.zaak_id = ${alias}.id))`,
        { scopeConcept: STATUS_CONCEPT, scopeGebied: werkgebied },
      );
      return 'volledig';
    case 'corporatiemedewerker':
      qb.andWhere(`${alias}.route = 'bemiddeling' AND ${alias}.status IN (:...scopeNaToekenning) AND ${alias}.woonstartgemeente IN (:...scopeGebied)`, {
        scopeNaToekenning: [...STATUSSEN_NA_TOEKENNING],
        scopeGebied: werkgebied.length ? werkgebied : ['----'],
      });
      return 'bemiddeling';
    default:
      throw new WoonstartFout('verboden', 'Uw rol geeft geen toegang tot individuele zaken.');
  }
}
