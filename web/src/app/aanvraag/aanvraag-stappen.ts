import { isIsoDate, type Rol } from '@woonstart/domain';
import type { AanvraagForm } from './aanvraag-form.model';

export interface Stap {
  readonly titel: string;
  /** Messages for what is still missing in this step (the completeness indicator); the api checks again. */
  readonly ontbreekt: (f: AanvraagForm) => string[];
}

const datumOk = (d: string) => isIsoDate(d) && d <= new Date().toISOString().slice(0, 10);

export const STAPPEN: readonly Stap[] = [
  {
    titel: 'Persoon',
    ontbreekt: (f) => [
      ...(f.aanvrager.voornamen.trim() ? [] : ['Voornamen zijn verplicht.']),
      ...(f.aanvrager.achternaam.trim() ? [] : ['Achternaam is verplicht.']),
      ...(datumOk(f.aanvrager.geboortedatum) ? [] : ['Geboortedatum is verplicht en ligt niet in de toekomst.']),
    ],
  },
  {
    titel: 'Huishouden',
    ontbreekt: (f) => f.huishouden.flatMap((h, n) => [
      ...(h.naam.trim() ? [] : [`Huishoudlid ${n + 1}: naam is verplicht.`]),
      ...(datumOk(h.geboortedatum) ? [] : [`Huishoudlid ${n + 1}: geboortedatum is verplicht.`]),
    ]),
  },
  {
    titel: 'Inschrijvingshistorie',
    ontbreekt: (f) => [
      ...(f.inschrijvingen.length ? [] : ['Voeg minstens één inschrijving toe.']),
      ...f.inschrijvingen.flatMap((i, n) => [
        ...(i.adrestype === 'buitenland' || i.gemeenteKeuze ? [] : [`Inschrijving ${n + 1}: kies een gemeente.`]),
        ...(i.gemeenteKeuze === 'anders' && !/^\d{4}$/.test(i.gemeenteCbs) && i.adrestype !== 'buitenland' ? [`Inschrijving ${n + 1}: vul de CBS-code (4 cijfers) in.`] : []),
        ...((i.gemeenteKeuze === 'anders' || i.adrestype === 'buitenland') && !i.gemeenteNaam.trim() ? [`Inschrijving ${n + 1}: vul de naam van de gemeente of het land in.`] : []),
        ...(datumOk(i.van) ? [] : [`Inschrijving ${n + 1}: de begindatum is verplicht.`]),
        ...(i.tot && (!datumOk(i.tot) || i.tot < i.van) ? [`Inschrijving ${n + 1}: de einddatum ligt vóór de begindatum of in de toekomst.`] : []),
      ]),
    ],
  },
  {
    titel: 'Opname',
    ontbreekt: (f) => f.opnames.flatMap((o, n) => [
      ...(o.instelling.trim() ? [] : [`Opname ${n + 1}: instelling is verplicht.`]),
      ...(datumOk(o.van) ? [] : [`Opname ${n + 1}: de opnamedatum is verplicht.`]),
      ...(o.tot && (!datumOk(o.tot) || o.tot < o.van) ? [`Opname ${n + 1}: de einddatum ligt vóór de opnamedatum of in de toekomst.`] : []),
    ]),
  },
  {
    titel: 'Categorie en gemeente',
    ontbreekt: (f) => [
      ...(f.categorie ? [] : ['Kies een urgentiecategorie.']),
      ...(f.behandelendeGemeente ? [] : ['Kies de gemeente die de aanvraag behandelt.']),
    ],
  },
  {
    titel: 'Ondersteuning en woonwensen',
    // Accepting support is a condition for directe bemiddeling, not for the request itself: the form warns, it does not block.
    ontbreekt: () => [],
  },
  { titel: 'Controleren en opslaan', ontbreekt: () => [] },
];

/** Index of the admission step: optional for a gemeente's applicant, who usually lives at home. */
export const STAP_OPNAME = 3;

/** The steps as this role fills them in; the checks are the same, only the admission step says it is optional. */
export function stappenVoor(rol: Rol | undefined): readonly Stap[] {
  if (rol !== 'gemeentemedewerker') return STAPPEN;
  return STAPPEN.map((s, n) => (n === STAP_OPNAME ? { ...s, titel: 'Opname (optioneel)' } : s));
}
