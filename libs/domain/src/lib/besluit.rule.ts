import type { VeldMelding } from './aanvraag-periodes.rule';
import { AFWIJZINGSGROND_INFO, afwijzingsgrondenGeldig } from './afwijzingsgrond.model';
import { isIsoDate } from './datum.util';
import { isRegioGemeente, regioGemeente } from './gemeente.data';
import { huurgrenzenVoorJaar } from './huurgrenzen.data';
import { ROUTES, type Route } from './inschrijving.model';
import type { Urgentiecategorie } from './urgentiecategorie.model';

export const BESLUIT_UITKOMSTEN = ['toekennen', 'afwijzen'] as const;
export type BesluitUitkomst = (typeof BESLUIT_UITKOMSTEN)[number];

/** An urgentieverklaring is valid for three months unless the decision says otherwise. */
export const STANDAARD_GELDIGHEID_MAANDEN = 3;
export const MIN_GELDIGHEID_MAANDEN = 1;
export const MAX_GELDIGHEID_MAANDEN = 12;

export interface Zoekprofiel {
  /** CBS codes of region gemeenten. */
  readonly gemeenten: readonly string[];
  readonly woningtypen: readonly string[];
  /** Maximum bare rent in euros; null means up to the liberalisatiegrens. */
  readonly maxHuur: number | null;
}

export interface Besluitvoorstel {
  readonly uitkomst: BesluitUitkomst;
  readonly route?: Route;
  readonly gronden?: readonly string[];
  readonly motivering: string;
  /** Only for zelfZoeken; defaults to STANDAARD_GELDIGHEID_MAANDEN. */
  readonly geldigheidMaanden?: number;
  readonly zoekprofiel?: Zoekprofiel;
  /**
   * True when a refusal rests on facts the applicant did not give (Awb 4:7).
   * When left out it is assumed for a refusal after a medical advice.
   */
  readonly steuntOpFeitenNietVanAanvrager?: boolean;
}

export interface BesluitContext {
  readonly categorie: Urgentiecategorie;
  readonly begeleidingAkkoord: boolean;
  /** null: no medical advice is required in this case; false: required but not given yet. */
  readonly medischAdviesUitgebracht: boolean | null;
  readonly zienswijzeGehad: boolean;
  /** ISO date of the decision; its year picks the rent limits. */
  readonly besluitdatum: string;
}

export interface BesluitvoorstelOordeel {
  /** The proposal itself is complete and lawful. */
  readonly geldig: boolean;
  readonly fouten: readonly VeldMelding[];
  /** Awb 4:7: the applicant must first be heard on a refusal resting on facts from others. */
  readonly zienswijzeNodig: boolean;
  /** geldig and no zienswijze outstanding: the decision can be taken now. */
  readonly kanBesluiten: boolean;
  /** The validity of the urgentieverklaring with the default applied; null when not zelfZoeken. */
  readonly geldigheidMaanden: number | null;
  readonly redenen: readonly string[];
}

const leeg = (tekst: string | null | undefined) => typeof tekst !== 'string' || tekst.trim() === '';
const gemeenteNaam = (cbs: string) => regioGemeente(cbs)?.naam ?? cbs;

/** € 1.250,00 as a Dutch letter writes it (same notation as the letters in ./brief). */
function bedrag(euro: number): string {
  const [heel, cent] = euro.toFixed(2).split('.');
  return `€ ${heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cent}`;
}

function toetsZoekprofiel(profiel: Zoekprofiel, besluitdatum: string, fouten: VeldMelding[], redenen: string[]): void {
  const gemeenten = profiel.gemeenten ?? [];
  gemeenten.forEach((cbs, i) => {
    if (!isRegioGemeente(cbs)) {
      fouten.push({ veld: `zoekprofiel.gemeenten.${i}`, melding: `Gemeente ${cbs} hoort niet bij de regio Haaglanden; een urgentieverklaring geldt alleen in de regio.` });
    } else if (gemeenten.indexOf(cbs) < i) {
      fouten.push({ veld: `zoekprofiel.gemeenten.${i}`, melding: `${gemeenteNaam(cbs)} staat twee keer in het zoekprofiel.` });
    }
  });
  const regio = gemeenten.filter((cbs, i) => isRegioGemeente(cbs) && gemeenten.indexOf(cbs) === i);
  if (regio.length === 0) {
    fouten.push({ veld: 'zoekprofiel.gemeenten', melding: 'Kies ten minste één gemeente uit de regio Haaglanden voor het zoekprofiel.' });
  }
  const woningtypen = profiel.woningtypen ?? [];
  woningtypen.forEach((type, i) => {
    if (leeg(type)) fouten.push({ veld: `zoekprofiel.woningtypen.${i}`, melding: 'Vul het woningtype in of haal de lege regel weg.' });
  });

  let huurTekst = 'tot de liberalisatiegrens';
  const { maxHuur } = profiel;
  if (maxHuur !== null && maxHuur !== undefined) {
    if (typeof maxHuur !== 'number' || !Number.isFinite(maxHuur) || maxHuur <= 0) {
      fouten.push({ veld: 'zoekprofiel.maxHuur', melding: 'De maximale huur moet een bedrag boven nul zijn, of leeg (dan geldt de liberalisatiegrens).' });
    } else if (!isIsoDate(besluitdatum)) {
      fouten.push({ veld: 'besluitdatum', melding: 'De besluitdatum ontbreekt of is ongeldig, dus de maximale huur kan niet aan de huurgrens van dat jaar worden getoetst.' });
    } else {
      const jaar = Number(besluitdatum.slice(0, 4));
      const grenzen = huurgrenzenVoorJaar(jaar);
      if (!grenzen) {
        fouten.push({ veld: 'zoekprofiel.maxHuur', melding: `De huurgrenzen voor ${jaar} zijn nog niet vastgelegd, dus de maximale huur kan niet worden getoetst; laat de maximale huur leeg of laat de huurgrenzen bijwerken.` });
      } else if (maxHuur > grenzen.liberalisatiegrens) {
        fouten.push({
          veld: 'zoekprofiel.maxHuur',
          melding: `De maximale huur (${bedrag(maxHuur)}) ligt boven de liberalisatiegrens van ${jaar} (${bedrag(grenzen.liberalisatiegrens)}): een urgentieverklaring geldt alleen voor sociale huurwoningen.`,
        });
      } else {
        huurTekst = `tot ${bedrag(maxHuur)}`;
      }
    }
  }
  const typen = woningtypen.filter((t) => !leeg(t));
  redenen.push(`Zoekprofiel: ${regio.map(gemeenteNaam).join(', ') || 'geen gemeente'}; ${typen.length > 0 ? `woningtype ${typen.join(', ')}` : 'elk passend woningtype'}; huur ${huurTekst}.`);
}

/**
 * Checks a proposed decision on an urgency application before it is taken:
 * motivation (Awb 3:46), a route and its conditions for a grant, valid grounds
 * for a refusal, the medical advice where it is required, and whether the
 * applicant must first be heard (Awb 4:7).
 */
export function beoordeelBesluitvoorstel(voorstel: Besluitvoorstel, context: BesluitContext): BesluitvoorstelOordeel {
  const fouten: VeldMelding[] = [];
  const redenen: string[] = [];
  let geldigheidMaanden: number | null = null;
  let zienswijzeNodig = false;

  if (!(BESLUIT_UITKOMSTEN as readonly unknown[]).includes(voorstel.uitkomst)) {
    fouten.push({ veld: 'uitkomst', melding: 'Kies of de aanvraag wordt toegekend of afgewezen.' });
  }
  if (leeg(voorstel.motivering)) {
    fouten.push({ veld: 'motivering', melding: 'Een besluit moet een deugdelijke motivering hebben (Awb 3:46): vul de motivering in.' });
  }
  if (context.categorie === 'MED' && context.medischAdviesUitgebracht !== true) {
    fouten.push({ veld: 'medischAdvies', melding: 'Over een medische urgentie kan pas worden besloten als het medisch advies is uitgebracht.' });
  } else if (context.medischAdviesUitgebracht === false) {
    fouten.push({ veld: 'medischAdvies', melding: 'Het medisch advies is nodig maar nog niet uitgebracht: wacht het advies af voordat u besluit.' });
  }

  if (voorstel.uitkomst === 'toekennen') {
    if ((voorstel.gronden ?? []).length > 0) {
      fouten.push({ veld: 'gronden', melding: 'Een toekenning heeft geen afwijzingsgronden: haal ze weg of kies afwijzen.' });
    }
    if (!(ROUTES as readonly unknown[]).includes(voorstel.route)) {
      fouten.push({ veld: 'route', melding: 'Kies de route: directe bemiddeling of zelf zoeken met een urgentieverklaring.' });
    } else if (voorstel.route === 'bemiddeling') {
      if (!context.begeleidingAkkoord) {
        fouten.push({ veld: 'route', melding: 'Directe bemiddeling kan alleen als de aanvrager begeleiding heeft aanvaard: leg het akkoord vast of kies zelf zoeken.' });
      } else {
        redenen.push('Toekenning met directe bemiddeling: de corporatie biedt een passende woning aan; de aanvrager heeft begeleiding aanvaard.');
      }
    } else {
      const maanden = voorstel.geldigheidMaanden ?? STANDAARD_GELDIGHEID_MAANDEN;
      if (typeof maanden !== 'number' || !Number.isInteger(maanden) || maanden < MIN_GELDIGHEID_MAANDEN || maanden > MAX_GELDIGHEID_MAANDEN) {
        fouten.push({ veld: 'geldigheidMaanden', melding: `De geldigheid van de urgentieverklaring is een heel aantal maanden, van ${MIN_GELDIGHEID_MAANDEN} tot en met ${MAX_GELDIGHEID_MAANDEN}.` });
      } else {
        geldigheidMaanden = maanden;
        const standaard = voorstel.geldigheidMaanden === undefined ? ' (standaard)' : '';
        redenen.push(`Toekenning met een urgentieverklaring om zelf te zoeken, geldig ${maanden} ${maanden === 1 ? 'maand' : 'maanden'}${standaard} in de regio Haaglanden.`);
      }
      if (!voorstel.zoekprofiel) {
        fouten.push({ veld: 'zoekprofiel', melding: 'Geef bij zelf zoeken een zoekprofiel op: gemeenten, woningtypen en maximale huur.' });
      } else {
        toetsZoekprofiel(voorstel.zoekprofiel, context.besluitdatum, fouten, redenen);
      }
    }
  } else if (voorstel.uitkomst === 'afwijzen') {
    if (voorstel.route !== undefined) {
      fouten.push({ veld: 'route', melding: 'Een afwijzing heeft geen route: haal de route weg of kies toekennen.' });
    }
    const gronden = afwijzingsgrondenGeldig(voorstel.gronden, context.categorie);
    fouten.push(...gronden.fouten);
    if (gronden.gronden.length > 0) {
      redenen.push(`Afwijzing op grond van: ${gronden.gronden.map((g) => AFWIJZINGSGROND_INFO[g].label.toLowerCase()).join('; ')}.`);
    }
    const steuntOpFeitenVanAnderen = voorstel.steuntOpFeitenNietVanAanvrager ?? context.medischAdviesUitgebracht === true;
    if (steuntOpFeitenVanAnderen && !context.zienswijzeGehad) {
      zienswijzeNodig = true;
      redenen.push('De afwijzing steunt op gegevens die de aanvrager niet zelf heeft verstrekt (zoals het medisch advies): geef de aanvrager eerst de gelegenheid een zienswijze te geven (Awb 4:7).');
    } else if (steuntOpFeitenVanAnderen) {
      redenen.push('De aanvrager heeft een zienswijze gegeven op de gegevens van anderen waarop de afwijzing steunt (Awb 4:7).');
    }
  }
  if (context.medischAdviesUitgebracht === true) {
    redenen.push('Het medisch advies is uitgebracht en in het besluit meegewogen.');
  }

  const geldig = fouten.length === 0;
  return { geldig, fouten, zienswijzeNodig, kanBesluiten: geldig && !zienswijzeNodig, geldigheidMaanden, redenen };
}
