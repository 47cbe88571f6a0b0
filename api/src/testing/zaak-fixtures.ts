import { addDays, isRegioGemeente, regioGemeente, todayIso, type Urgentiecategorie } from '@woonstart/domain';
import type { Aanvraaggegevens } from '@woonstart/domain';

export interface GemeenteFixture {
  readonly cbsCode: string;
  readonly naam: string;
}

export const DEN_HAAG: GemeenteFixture = { cbsCode: '0518', naam: 'Den Haag' };
export const DELFT: GemeenteFixture = { cbsCode: '0503', naam: 'Delft' };
export const ZOETERMEER: GemeenteFixture = { cbsCode: '0637', naam: 'Zoetermeer' };
export const WASSENAAR: GemeenteFixture = { cbsCode: '0629', naam: 'Wassenaar' };
export const RIJSWIJK: GemeenteFixture = { cbsCode: '0603', naam: 'Rijswijk' };

export interface ZaakFixtureOpties {
  readonly categorie?: Urgentiecategorie;
  /** Gemeente handling the application; defaults to the herkomst when that lies in the region, else Den Haag. */
  readonly behandelendeGemeente?: string;
  /** Where the applicant lived (woonadres) the day before admission: the herkomst proposal (rule R1). */
  readonly herkomst?: GemeenteFixture;
  readonly achternaam?: string;
}

/** A date `n` days before today (yyyy-mm-dd). */
export const dagenGeleden = (n: number): string => addDays(todayIso(), -n);
/** A date `n` days after today (yyyy-mm-dd). */
export const dagenVanaf = (n: number): string => addDays(todayIso(), n);

let volgnummer = 0;

/**
 * A complete, valid POST /zaken body: a woonadres in the herkomstgemeente up to
 * the day before a running admission, so the herkomst proposal is unambiguous.
 */
export function geldigeZaak(opties: ZaakFixtureOpties = {}): Aanvraaggegevens {
  volgnummer += 1;
  const herkomst = opties.herkomst ?? DEN_HAAG;
  const behandelend = opties.behandelendeGemeente ?? (isRegioGemeente(herkomst.cbsCode) ? herkomst.cbsCode : DEN_HAAG.cbsCode);
  const opnameVan = dagenGeleden(400);
  return {
    categorie: opties.categorie ?? 'BW',
    behandelendeGemeente: behandelend,
    aanvrager: {
      voornamen: 'Testa',
      achternaam: opties.achternaam ?? `Integratie-${volgnummer}`,
      geboortedatum: '1990-05-17',
      email: 'testa@example.org',
      telefoon: '0612345678',
    },
    woonnetInschrijfnummer: `WN-IT-${volgnummer}`,
    huishouden: [{ relatie: 'kind', naam: 'Kim Integratie', geboortedatum: '2015-03-01' }],
    inschrijvingen: [
      { gemeenteCbs: herkomst.cbsCode, gemeenteNaam: herkomst.naam, adrestype: 'woonadres', van: '2012-06-01', tot: addDays(opnameVan, -1) },
      { gemeenteCbs: behandelend, gemeenteNaam: regioGemeente(behandelend)?.naam ?? behandelend, adrestype: 'instelling', van: opnameVan, tot: null },
    ],
    opnames: [{ instelling: 'Parnassia Groep, kliniek Den Haag', van: opnameVan, tot: null }],
    ondersteuningsplan: 'Ambulante begeleiding twee keer per week; schuldhulpverlening loopt.',
    begeleidingAkkoord: true,
    woonwensen: 'Twee kamers, prikkelarme omgeving.',
    aantalKamersMin: 2,
  };
}
