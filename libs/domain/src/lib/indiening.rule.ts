import type { VeldMelding } from './aanvraag-periodes.rule';
import { regioGemeente } from './gemeente.data';
import type { Rol } from './rol.model';
import { URGENTIECATEGORIEEN, URGENTIECATEGORIE_INFO, type Urgentiecategorie } from './urgentiecategorie.model';

/** The roles that file applications: a zorginstelling (uitstroomverzoek) and a gemeente (intake of a self-applicant). */
export const INDIENERSROLLEN = ['zorgmedewerker', 'gemeentemedewerker'] as const satisfies readonly Rol[];
export type Indienersrol = (typeof INDIENERSROLLEN)[number];

export function isIndienersrol(rol: Rol): rol is Indienersrol {
  return (INDIENERSROLLEN as readonly Rol[]).includes(rol);
}

/**
 * The two channels of an application. A zorginstelling files only for a client
 * leaving its care (the uitstroom categories); everyone else applies at the
 * gemeente, whose employee registers the application (MED, MZ, DG, SOCIAAL, …).
 * The channel follows the category table, so a new category needs no code change here.
 */
export function categorieenVoorIndiener(rol: Rol): readonly Urgentiecategorie[] {
  if (rol === 'zorgmedewerker') return URGENTIECATEGORIEEN.filter((c) => URGENTIECATEGORIE_INFO[c].uitstroom);
  if (rol === 'gemeentemedewerker') return URGENTIECATEGORIEEN.filter((c) => !URGENTIECATEGORIE_INFO[c].uitstroom);
  return [];
}

export interface Indiener {
  readonly rol: Rol;
  /** CBS codes the indiener's organisation works for (a gemeente: its own code). */
  readonly werkgebied: readonly string[];
}

/**
 * May this indiener file (or edit) an application of this category for this
 * behandelende gemeente? One message per offending field; empty when allowed.
 * A gemeente registers applications only for itself: it is the gemeente that decides on them.
 */
export function controleerIndiening(indiener: Indiener, aanvraag: { readonly categorie: Urgentiecategorie; readonly behandelendeGemeente: string }): VeldMelding[] {
  if (!isIndienersrol(indiener.rol)) {
    return [{ veld: 'categorie', melding: 'Uw rol kan geen aanvragen indienen; dat doen een zorginstelling of een gemeente.' }];
  }
  const fouten: VeldMelding[] = [];
  const label = URGENTIECATEGORIE_INFO[aanvraag.categorie].label;
  if (!categorieenVoorIndiener(indiener.rol).includes(aanvraag.categorie)) {
    fouten.push({
      veld: 'categorie',
      melding: indiener.rol === 'zorgmedewerker'
        ? `Een zorginstelling dient alleen uitstroomverzoeken in; '${label}' wordt bij de gemeente aangevraagd.`
        : `'${label}' is een uitstroomverzoek: dat dient de zorginstelling in, niet de gemeente.`,
    });
  }
  if (indiener.rol === 'gemeentemedewerker' && !indiener.werkgebied.includes(aanvraag.behandelendeGemeente)) {
    const naam = regioGemeente(aanvraag.behandelendeGemeente)?.naam ?? aanvraag.behandelendeGemeente;
    fouten.push({ veld: 'behandelendeGemeente', melding: `Uw gemeente kan geen aanvraag registreren die ${naam} behandelt; kies uw eigen gemeente.` });
  }
  return fouten;
}
