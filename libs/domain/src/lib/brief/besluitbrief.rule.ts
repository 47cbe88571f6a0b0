import { WoonstartFout } from '../woonstart-fout.error';
import type { Brief, BriefAlinea } from './brief.model';
import {
  aanGeadresseerde, aanhef, afzenderCollege, ondertekeningCollege, vragen, type Geadresseerde,
} from './brief-onderdelen.util';
import { bedragInEuro, datumInWoorden, eisDatum, eisTekst, opsomming, regels } from './brief-tekst.util';

export type Besluituitkomst = 'toekennen' | 'afwijzen';
export type Besluitroute = 'bemiddeling' | 'zelfZoeken';

export interface BesluitbriefInput {
  zaaknummer: string;
  /** ISO date of the letter: the day the decision is made known (bekendmaking). */
  datum: string;
  aanvrager: Geadresseerde;
  /** Name of the gemeente whose college decides. */
  behandelendeGemeente: string;
  /** The committee that advised the college. */
  commissie: string;
  categorieLabel: string;
  uitkomst: Besluituitkomst;
  /** Required when granting. */
  route?: Besluitroute;
  /** Name of the gemeente where the woonstart happens. */
  doelgemeente?: string;
  /** ISO; for zelfZoeken the last day the urgentieverklaring is valid. */
  geldigTot?: string;
  zoekprofiel?: { gemeenten: string[]; woningtypen: string[]; maxHuur: number | null };
  /** The grounds for a refusal; at least one when refusing. */
  gronden: { label: string; tekst: string }[];
  motivering: string;
  herkomst?: { gemeente: string; regel: string; redenen: string[] };
  weging?: { samenvatting: string[]; motivering: string | null };
  /**
   * Only the outcome of the medisch adviseur's advice. Medical details are
   * special-category data (GDPR art. 9) and deliberately have no field here,
   * so they cannot end up in a letter that is sent, printed and archived.
   */
  medischAdvies?: { urgent: boolean; woonvereisten: string[] };
  /** The view (Awb 4:7) on the intended decision, when the applicant was asked for one. */
  zienswijze?: { ontvangen: boolean; samenvatting?: string };
  /** ISO; the last day to object (six weeks from the day after bekendmaking, Awb 6:7/6:8). */
  bezwaarTermijnTot: string;
}

/** The known herkomst rules of `bepaalHerkomstgemeente`, said in words; any other rule text is quoted as given. */
const HERKOMSTREGEL: Readonly<Record<string, string>> = {
  R1: 'de gemeente waar u met een woonadres stond ingeschreven op de dag vóór uw opname in de instelling',
  R2: 'de gemeente waar u in de vijf jaar vóór uw opname het laatst met een woonadres stond ingeschreven',
  R3: 'uit uw inschrijvingen volgt geen herkomstgemeente; de commissie heeft die daarom beoordeeld',
};

/**
 * The decision letter (besluitbrief) on an urgency application: a beschikking
 * under the Awb. Decision first, then its reasons (3:46), the route, and how to
 * object (6:5, 6:7).
 */
export function stelBesluitbriefOp(input: BesluitbriefInput): Brief {
  controleer(input);
  const kenmerk = input.zaaknummer.trim();
  const alineas: BriefAlinea[] = [
    aanhef(input.aanvrager.naam),
    {
      tekst: [
        `U hebt bij ons een aanvraag om urgentie ingediend in de categorie ${input.categorieLabel}. ` +
          'In deze brief leest u ons besluit en waarom wij zo hebben besloten.',
      ],
    },
    { kop: 'Ons besluit', tekst: besluitzinnen(input) },
    ...redenen(input),
    ...route(input),
    bezwaar(input, kenmerk),
    vragen(kenmerk),
  ];
  return {
    titel: input.uitkomst === 'toekennen' ? 'Besluit: urgentie toegekend' : 'Besluit: aanvraag om urgentie afgewezen',
    kenmerk,
    datum: input.datum,
    afzender: afzenderCollege(input.behandelendeGemeente),
    aan: aanGeadresseerde(input.aanvrager),
    onderwerp: `Besluit op uw aanvraag om urgentie (${input.categorieLabel})`,
    alineas,
    ondertekening: ondertekeningCollege(input.behandelendeGemeente),
    voetnoot: `Besluit van de gemeente ${input.behandelendeGemeente}, kenmerk ${kenmerk}`,
  };
}

function controleer(input: BesluitbriefInput): void {
  eisTekst(input.zaaknummer, 'zaaknummer', 'Een besluitbrief heeft een zaaknummer als kenmerk nodig.');
  eisTekst(input.aanvrager.naam, 'aanvrager.naam', 'Een besluitbrief heeft de naam van de aanvrager nodig.');
  eisDatum(input.datum, 'datum');
  eisDatum(input.bezwaarTermijnTot, 'bezwaarTermijnTot');
  if (input.bezwaarTermijnTot <= input.datum) {
    throw new WoonstartFout('ongeldig', 'De bezwaartermijn moet na de datum van het besluit eindigen.', { veld: 'bezwaarTermijnTot' });
  }
  // Awb 3:46: a decision without reasons is not a decision we may send.
  eisTekst(input.motivering, 'motivering', 'Een besluit moet een motivering hebben (artikel 3:46 Awb).');
  if (input.uitkomst === 'afwijzen') {
    if (input.gronden.length === 0) {
      throw new WoonstartFout('ongeldig', 'Een afwijzing moet ten minste één grond noemen.', { veld: 'gronden' });
    }
    return;
  }
  if (!input.route) {
    throw new WoonstartFout('ongeldig', 'Kies bij een toekenning de route: directe bemiddeling of zelf zoeken.', { veld: 'route' });
  }
  if (input.route === 'zelfZoeken') {
    if (!input.geldigTot) {
      throw new WoonstartFout('ongeldig', 'Bij zelf zoeken is de geldigheid van de urgentieverklaring verplicht.', { veld: 'geldigTot' });
    }
    eisDatum(input.geldigTot, 'geldigTot');
    if (input.geldigTot <= input.datum) {
      throw new WoonstartFout('ongeldig', 'De urgentieverklaring moet na de datum van het besluit geldig blijven.', { veld: 'geldigTot' });
    }
  }
}

function besluitzinnen(input: BesluitbriefInput): string[] {
  const advies = `Wij hebben bij dit besluit het advies van de ${input.commissie} betrokken.`;
  if (input.uitkomst === 'afwijzen') return ['Wij wijzen uw aanvraag af.', advies];
  if (input.route === 'bemiddeling') {
    const waar = input.doelgemeente ? ` naar een woning in de gemeente ${input.doelgemeente}` : ' naar een passende woning';
    return [`Wij kennen u een urgentie toe voor directe bemiddeling${waar}.`, advies];
  }
  const waar = input.doelgemeente ? `, met de gemeente ${input.doelgemeente} als plaats van uw woonstart` : '';
  return [
    `Wij kennen u een urgentie toe. U krijgt een urgentieverklaring waarmee u zelf met voorrang een woning zoekt${waar}.`,
    `De urgentieverklaring is geldig tot en met ${datumInWoorden(input.geldigTot as string)}.`,
    advies,
  ];
}

function redenen(input: BesluitbriefInput): BriefAlinea[] {
  const alineas: BriefAlinea[] = [];
  if (input.herkomst) {
    const regel = HERKOMSTREGEL[input.herkomst.regel.trim()] ?? input.herkomst.regel.trim();
    alineas.push({
      kop: 'Uw herkomstgemeente',
      tekst: regels(
        `Uw herkomstgemeente is ${input.herkomst.gemeente}. Dat is ${regel}.`,
        input.herkomst.redenen.length > 0 ? 'Wij hebben daarvoor het volgende vastgesteld:' : null,
        ...input.herkomst.redenen.map((r) => `– ${r.trim()}`),
      ),
    });
  }
  if (input.weging) {
    alineas.push({
      kop: 'Kansrijke woonstart',
      tekst: regels(
        'Wij hebben gewogen in welke gemeente u de beste kans hebt op een goede nieuwe start. ' +
          'Daarbij kijken wij naar uw eigen perspectief, uw sociale netwerk, werk, dagbesteding of opleiding, ' +
          'lopende hulp of ondersteuning en uw justitiële situatie.',
        ...input.weging.samenvatting.map((s) => `– ${s.trim()}`),
        input.weging.motivering,
      ),
    });
  }
  if (input.uitkomst === 'afwijzen') {
    alineas.push({
      kop: input.gronden.length === 1 ? 'Grond voor de afwijzing' : 'Gronden voor de afwijzing',
      tekst: input.gronden.map((g, i) => `${i + 1}. ${g.label.trim()}: ${g.tekst.trim()}`),
    });
  }
  alineas.push({ kop: 'Motivering', tekst: regels(input.motivering) });
  if (input.medischAdvies) alineas.push(medisch(input.medischAdvies));
  if (input.zienswijze) alineas.push(zienswijze(input.zienswijze));
  return [{ kop: 'Waarom wij zo besluiten', tekst: ['Hieronder leest u op welke feiten en overwegingen ons besluit rust.'] }, ...alineas];
}

function medisch(advies: NonNullable<BesluitbriefInput['medischAdvies']>): BriefAlinea {
  const vereisten = regels(...advies.woonvereisten);
  return {
    kop: 'Medisch advies',
    tekst: regels(
      'Wij hebben een onafhankelijk medisch adviseur om advies gevraagd. ' +
        (advies.urgent
          ? 'Volgens dat advies is er om medische redenen een urgente noodzaak om te verhuizen.'
          : 'Volgens dat advies is er om medische redenen geen urgente noodzaak om te verhuizen.'),
      vereisten.length > 0 ? `Volgens het advies moet uw woning voldoen aan deze eisen: ${opsomming(vereisten)}.` : null,
      'Uw medische gegevens staan om privacyredenen niet in deze brief. U kunt het advies bij ons opvragen.',
    ),
  };
}

function zienswijze(z: NonNullable<BesluitbriefInput['zienswijze']>): BriefAlinea {
  if (!z.ontvangen) {
    return {
      kop: 'Uw zienswijze',
      tekst: ['Wij hebben u gevraagd uw mening te geven over het voorgenomen besluit. U hebt daar geen gebruik van gemaakt.'],
    };
  }
  return {
    kop: 'Uw zienswijze',
    tekst: regels(
      'U hebt uw mening gegeven over het voorgenomen besluit.',
      z.samenvatting ? `Samengevat schreef u: ${z.samenvatting.trim()}` : null,
      'Wij hebben uw zienswijze bij dit besluit betrokken.',
    ),
  };
}

function route(input: BesluitbriefInput): BriefAlinea[] {
  if (input.uitkomst !== 'toekennen') return [];
  if (input.route === 'bemiddeling') {
    const corporatie = input.doelgemeente ? `Een woningcorporatie in de gemeente ${input.doelgemeente}` : 'Een woningcorporatie';
    return [{
      kop: 'Wat gebeurt er nu: directe bemiddeling',
      tekst: [
        `${corporatie} zoekt een passende woning voor u en biedt die rechtstreeks aan u aan. ` +
          'Dat doet de corporatie na overleg met de zorginstelling die u begeleidt.',
        'Een voorwaarde voor deze urgentie is dat u de begeleiding of zorg aanvaardt die bij uw woonstart is afgesproken.',
        'Weigert u een passende woning of de begeleiding, dan kan dat gevolgen hebben voor uw urgentie.',
      ],
    }];
  }
  return [{
    kop: 'Wat gebeurt er nu: zelf zoeken',
    tekst: regels(
      'Met de urgentieverklaring reageert u zelf op woningen die op de website voor woningzoekenden worden aangeboden. ' +
        'U krijgt daarbij voorrang.',
      `Zoek op tijd: de urgentieverklaring vervalt na ${datumInWoorden(input.geldigTot as string)}.`,
      ...zoekprofiel(input.zoekprofiel),
    ),
  }];
}

function zoekprofiel(profiel: BesluitbriefInput['zoekprofiel']): string[] {
  if (!profiel) return [];
  return regels(
    'Uw zoekprofiel:',
    profiel.gemeenten.length > 0 ? `– gemeenten: ${opsomming(profiel.gemeenten)}` : null,
    profiel.woningtypen.length > 0 ? `– woningtype: ${opsomming(profiel.woningtypen, 'of')}` : null,
    `– maximale huur: ${profiel.maxHuur === null ? 'geen maximum' : `${bedragInEuro(profiel.maxHuur)} per maand`}`,
  );
}

/** Awb 6:5 (what an objection contains), 6:7/6:8 (six weeks), 6:9 (received in time). */
function bezwaar(input: BesluitbriefInput, kenmerk: string): BriefAlinea {
  return {
    kop: 'Bezwaar',
    tekst: [
      'Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat doet u binnen zes weken na de dag waarop dit besluit bekend is gemaakt, ' +
        `dus uiterlijk op ${datumInWoorden(input.bezwaarTermijnTot)}.`,
      `Stuur uw bezwaarschrift aan het college van burgemeester en wethouders van ${input.behandelendeGemeente}. Zet in uw bezwaarschrift:`,
      '– uw naam en adres;',
      '– de datum;',
      `– het besluit waartegen u bezwaar maakt (kenmerk ${kenmerk});`,
      '– de redenen waarom u het niet eens bent met het besluit.',
      'Onderteken uw bezwaarschrift en stuur zo mogelijk een kopie van deze brief mee.',
      'Een bezwaar schort dit besluit niet op. Is er haast, dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening.',
    ],
  };
}
