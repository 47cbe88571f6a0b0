import { WoonstartFout } from '../woonstart-fout.error';
import type { Brief, BriefAlinea } from './brief.model';
import {
  aanGeadresseerde, aanhef, afzenderCollege, ondertekeningCollege, vragen, type Geadresseerde,
} from './brief-onderdelen.util';
import { datumInWoorden, eisDatum, eisTekst, regels } from './brief-tekst.util';

export type Bezwaaruitkomst = 'gegrond' | 'ongegrond' | 'nietOntvankelijk';

export interface BezwaarbeslissingInput {
  zaaknummer: string;
  /** ISO date of this letter (the day the decision on the objection is made known). */
  datum: string;
  bezwaarmaker: Geadresseerde;
  behandelendeGemeente: string;
  /** ISO date of the objection letter. */
  datumBezwaarschrift: string;
  /** ISO date and kenmerk of the decision objected to. */
  datumBestredenBesluit: string;
  kenmerkBestredenBesluit: string;
  /** The advisory committee on objections (Awb 7:13), if one advised. */
  adviescommissie?: string;
  /** Hearing (Awb 7:2): the ISO date it took place, or that the objector waived it. */
  hoorzitting?: { datum: string } | { afgezien: true };
  uitkomst: Bezwaaruitkomst;
  motivering: string;
  /** ISO; last day to appeal to the court. Required when the case closes (ongegrond, niet-ontvankelijk). */
  beroepTermijnTot?: string;
  /** The court that hears an appeal; Haaglanden falls under the Rechtbank Den Haag. */
  rechtbank?: string;
}

const UITKOMSTZIN: Readonly<Record<Bezwaaruitkomst, string>> = {
  gegrond: 'Wij verklaren uw bezwaar gegrond. Wij herroepen het besluit waartegen u bezwaar hebt gemaakt.',
  ongegrond: 'Wij verklaren uw bezwaar ongegrond. Het besluit waartegen u bezwaar hebt gemaakt blijft in stand.',
  nietOntvankelijk: 'Wij verklaren uw bezwaar niet-ontvankelijk. Wij behandelen uw bezwaar daarom niet inhoudelijk en het besluit blijft in stand.',
};

/**
 * The decision on an objection (beslissing op bezwaar, Awb 7:11/7:12). 'gegrond'
 * announces a new decision on the application; otherwise the objection stage is
 * closed and the letter says how to appeal to the court within six weeks (6:7).
 */
export function stelBezwaarbeslissingOp(input: BezwaarbeslissingInput): Brief {
  controleer(input);
  const kenmerk = input.zaaknummer.trim();
  const hoor = horen(input.hoorzitting);
  const alineas: BriefAlinea[] = [
    aanhef(input.bezwaarmaker.naam),
    {
      tekst: [
        `Op ${datumInWoorden(input.datumBezwaarschrift)} hebt u bezwaar gemaakt tegen ons besluit van ` +
          `${datumInWoorden(input.datumBestredenBesluit)} met kenmerk ${input.kenmerkBestredenBesluit.trim()}. ` +
          'In deze brief leest u onze beslissing op uw bezwaar.',
      ],
    },
    { kop: 'Onze beslissing', tekst: [UITKOMSTZIN[input.uitkomst]] },
    {
      kop: 'Waarom wij zo beslissen',
      tekst: regels(
        hoor,
        input.adviescommissie ? `De ${input.adviescommissie} heeft ons over uw bezwaar geadviseerd. Wij hebben dat advies bij onze beslissing betrokken.` : null,
        input.motivering,
      ),
    },
    vervolg(input),
    vragen(kenmerk),
  ];
  return {
    titel: 'Beslissing op bezwaar',
    kenmerk,
    datum: input.datum,
    afzender: afzenderCollege(input.behandelendeGemeente),
    aan: aanGeadresseerde(input.bezwaarmaker),
    onderwerp: `Beslissing op uw bezwaar tegen het besluit met kenmerk ${input.kenmerkBestredenBesluit.trim()}`,
    alineas,
    ondertekening: ondertekeningCollege(input.behandelendeGemeente),
    voetnoot: `Beslissing op bezwaar van de gemeente ${input.behandelendeGemeente}, kenmerk ${kenmerk}`,
  };
}

function controleer(input: BezwaarbeslissingInput): void {
  eisTekst(input.zaaknummer, 'zaaknummer', 'Een beslissing op bezwaar heeft een zaaknummer als kenmerk nodig.');
  eisTekst(input.bezwaarmaker.naam, 'bezwaarmaker.naam', 'Een beslissing op bezwaar heeft de naam van de bezwaarmaker nodig.');
  eisTekst(input.kenmerkBestredenBesluit, 'kenmerkBestredenBesluit', 'Noem het kenmerk van het besluit waartegen bezwaar is gemaakt.');
  eisTekst(input.motivering, 'motivering', 'Een beslissing op bezwaar moet een motivering hebben (artikel 7:12 Awb).');
  eisDatum(input.datum, 'datum');
  eisDatum(input.datumBezwaarschrift, 'datumBezwaarschrift');
  eisDatum(input.datumBestredenBesluit, 'datumBestredenBesluit');
  if (input.hoorzitting && 'datum' in input.hoorzitting) eisDatum(input.hoorzitting.datum, 'hoorzitting.datum');
  if (input.uitkomst === 'gegrond') return;
  if (!input.beroepTermijnTot) {
    throw new WoonstartFout('ongeldig', 'Noem de laatste dag waarop beroep bij de rechtbank mogelijk is.', { veld: 'beroepTermijnTot' });
  }
  eisDatum(input.beroepTermijnTot, 'beroepTermijnTot');
  if (input.beroepTermijnTot <= input.datum) {
    throw new WoonstartFout('ongeldig', 'De beroepstermijn moet na de datum van de beslissing eindigen.', { veld: 'beroepTermijnTot' });
  }
}

function horen(h: BezwaarbeslissingInput['hoorzitting']): string | null {
  if (!h) return null;
  if ('datum' in h) return `Op ${datumInWoorden(h.datum)} hebben wij u gehoord over uw bezwaar.`;
  return 'U hebt laten weten dat u niet gehoord wilt worden over uw bezwaar.';
}

function vervolg(input: BezwaarbeslissingInput): BriefAlinea {
  if (input.uitkomst === 'gegrond') {
    return {
      kop: 'Wat gebeurt er nu',
      tekst: [
        'Wij nemen een nieuw besluit op uw aanvraag. Dat nieuwe besluit ontvangt u in een aparte brief.',
        'In die brief leest u ook wat u kunt doen als u het niet eens bent met het nieuwe besluit.',
      ],
    };
  }
  const rechtbank = input.rechtbank?.trim() || 'Rechtbank Den Haag';
  return {
    kop: 'Beroep bij de rechtbank',
    tekst: [
      'Met deze beslissing is de bezwaarprocedure afgesloten.',
      'Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken na de dag waarop deze beslissing bekend is gemaakt ' +
        `beroep instellen bij de rechtbank, dus uiterlijk op ${datumInWoorden(input.beroepTermijnTot as string)}.`,
      `Stuur uw beroepschrift aan de ${rechtbank}, team bestuursrecht. Zet daarin uw naam en adres, de datum, ` +
        `de beslissing waartegen u beroep instelt (kenmerk ${input.zaaknummer.trim()}) en waarom u het er niet mee eens bent. ` +
        'Onderteken uw beroepschrift en stuur een kopie van deze beslissing mee.',
      'U kunt ook digitaal beroep instellen via het Digitaal Loket Rechtspraak. Voor een beroep betaalt u griffierecht.',
    ],
  };
}
