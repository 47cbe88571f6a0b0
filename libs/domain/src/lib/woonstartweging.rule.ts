import type { VeldMelding } from './aanvraag-periodes.rule';
import { CBS_CODE_PATTERN, isRegioGemeente, regioGemeente } from './gemeente.data';
import {
  KANDIDAAT_BRON_LABEL,
  KANDIDAAT_BRONNEN,
  OORDELEN,
  WEGING_CRITERIA,
  WEGING_CRITERIUM_INFO,
  type Kandidaatgemeente,
  type Oordeel,
  type Woonstartweging,
} from './woonstartweging.model';

export interface Oordeeltelling {
  readonly voor: number;
  readonly tegen: number;
  readonly neutraal: number;
}

export interface WegingBeoordeling {
  readonly geldig: boolean;
  readonly fouten: readonly VeldMelding[];
  /** One Dutch line per candidate with the count of judgements, then the conclusion. */
  readonly samenvatting: readonly string[];
  /** True when the doelgemeente is not the (known) herkomstgemeente: what monitoring counts. */
  readonly afwijkingVanHerkomst: boolean;
}

const leeg = (tekst: string | null | undefined) => typeof tekst !== 'string' || tekst.trim() === '';
const isOordeel = (waarde: unknown): waarde is Oordeel => (OORDELEN as readonly unknown[]).includes(waarde);

/** Counts of voor/tegen/neutraal over the five criteria; a missing or unknown judgement counts as none. */
export function telOordelen(kandidaat: Kandidaatgemeente): Oordeeltelling {
  const telling = { voor: 0, tegen: 0, neutraal: 0 };
  for (const criterium of WEGING_CRITERIA) {
    const oordeel = kandidaat.criteria?.[criterium]?.oordeel;
    if (isOordeel(oordeel)) telling[oordeel] += 1;
  }
  return telling;
}

function naamVan(cbs: string | null, ...wegingen: readonly Woonstartweging[]): string {
  if (!cbs) return 'onbekend';
  for (const weging of wegingen) {
    const kandidaat = weging.kandidaten.find((k) => k.gemeenteCbs === cbs && !leeg(k.gemeenteNaam));
    if (kandidaat) return kandidaat.gemeenteNaam;
  }
  return regioGemeente(cbs)?.naam ?? cbs;
}

function telTekst({ voor, tegen, neutraal }: Oordeeltelling): string {
  const basis = `${voor} ${voor === 1 ? 'criterium' : 'criteria'} voor, ${tegen} tegen`;
  return neutraal > 0 ? `${basis}, ${neutraal} neutraal` : basis;
}

/**
 * Checks a woonstart weighing before it is recorded and summarises it.
 * `herkomstgemeenteCbs` is the established herkomstgemeente, or null when none
 * could be established; then every choice of doelgemeente needs a motivation,
 * because there is no default to fall back on.
 */
export function beoordeelWeging(weging: Woonstartweging, herkomstgemeenteCbs: string | null): WegingBeoordeling {
  const fouten: VeldMelding[] = [];
  const kandidaten = weging.kandidaten ?? [];
  const herkomst = herkomstgemeenteCbs && herkomstgemeenteCbs.trim() !== '' ? herkomstgemeenteCbs : null;
  const herkomstNaam = naamVan(herkomst, weging);

  if (kandidaten.length === 0) {
    fouten.push({ veld: 'kandidaten', melding: 'Voeg ten minste één kandidaatgemeente toe; begin met de herkomstgemeente.' });
  } else if (herkomst && kandidaten[0].gemeenteCbs !== herkomst) {
    fouten.push({
      veld: 'kandidaten.0.gemeenteCbs',
      melding: `De herkomstgemeente (${herkomstNaam}) moet als eerste kandidaat worden gewogen: naar herkomstgemeente, tenzij.`,
    });
  }

  let wensOntbreektGemeld = false;
  kandidaten.forEach((kandidaat, i) => {
    const pad = `kandidaten.${i}`;
    const naam = leeg(kandidaat.gemeenteNaam) ? `kandidaat ${i + 1}` : kandidaat.gemeenteNaam;
    if (typeof kandidaat.gemeenteCbs !== 'string' || !CBS_CODE_PATTERN.test(kandidaat.gemeenteCbs)) {
      fouten.push({ veld: `${pad}.gemeenteCbs`, melding: `De CBS-code van ${naam} is ongeldig: gebruik vier cijfers (bijvoorbeeld 0518).` });
    }
    if (leeg(kandidaat.gemeenteNaam)) {
      fouten.push({ veld: `${pad}.gemeenteNaam`, melding: `Vul de naam van kandidaat ${i + 1} in.` });
    }
    const eerder = kandidaten.findIndex((k) => k.gemeenteCbs === kandidaat.gemeenteCbs);
    if (eerder < i) {
      fouten.push({ veld: `${pad}.gemeenteCbs`, melding: `${naam} staat al als kandidaat ${eerder + 1} op de lijst; weeg elke gemeente één keer.` });
    }

    if (!(KANDIDAAT_BRONNEN as readonly unknown[]).includes(kandidaat.bron)) {
      fouten.push({ veld: `${pad}.bron`, melding: `Kies waarom ${naam} kandidaat is: herkomst, commissie of wens cliënt.` });
    } else if (kandidaat.bron === 'herkomst' && kandidaat.gemeenteCbs !== herkomst) {
      fouten.push({
        veld: `${pad}.bron`,
        melding: herkomst
          ? `${naam} is niet de herkomstgemeente (${herkomstNaam}); kies als bron commissie of wens cliënt.`
          : `De herkomstgemeente is niet vastgesteld, dus ${naam} kan niet als herkomst worden gewogen; kies commissie of wens cliënt.`,
      });
    } else if (herkomst && kandidaat.gemeenteCbs === herkomst && kandidaat.bron !== 'herkomst') {
      fouten.push({ veld: `${pad}.bron`, melding: `${naam} is de herkomstgemeente; geef als bron herkomst op.` });
    }
    if (kandidaat.bron === 'wensClient' && leeg(weging.wensClient) && !wensOntbreektGemeld) {
      wensOntbreektGemeld = true;
      fouten.push({ veld: 'wensClient', melding: `Beschrijf de wens van de cliënt: ${naam} staat als wens van de cliënt op de lijst.` });
    }

    for (const criterium of WEGING_CRITERIA) {
      const label = WEGING_CRITERIUM_INFO[criterium].label.toLowerCase();
      const bevinding = kandidaat.criteria?.[criterium];
      if (leeg(bevinding?.bevinding)) {
        fouten.push({ veld: `${pad}.criteria.${criterium}.bevinding`, melding: `Vul de bevinding over ${label} in voor ${naam}.` });
      }
      if (!isOordeel(bevinding?.oordeel)) {
        fouten.push({ veld: `${pad}.criteria.${criterium}.oordeel`, melding: `Kies of ${label} voor of tegen ${naam} pleit, of neutraal is.` });
      }
    }
  });

  const doel = typeof weging.doelgemeenteCbs === 'string' ? weging.doelgemeenteCbs.trim() : '';
  const doelNaam = naamVan(doel, weging);
  const doelKandidaat = kandidaten.find((k) => k.gemeenteCbs === doel);
  const redenenVoorMotivering: string[] = [];
  if (doel === '') {
    fouten.push({ veld: 'doelgemeenteCbs', melding: 'Kies de gemeente voor de woonstart.' });
  } else {
    if (!doelKandidaat) {
      fouten.push({ veld: 'doelgemeenteCbs', melding: `De doelgemeente (${doelNaam}) moet een van de gewogen kandidaatgemeenten zijn.` });
    }
    if (!isRegioGemeente(doel)) {
      fouten.push({ veld: 'doelgemeenteCbs', melding: `De doelgemeente moet een van de negen gemeenten van de regio Haaglanden zijn; ${doelNaam} hoort daar niet bij.` });
    }
    if (herkomst === null) {
      redenenVoorMotivering.push('de herkomstgemeente niet is vastgesteld');
    } else if (doel !== herkomst) {
      redenenVoorMotivering.push(`de doelgemeente (${doelNaam}) afwijkt van de herkomstgemeente (${herkomstNaam})`);
    }
    if (doelKandidaat) {
      const telling = telOordelen(doelKandidaat);
      if (telling.tegen > telling.voor) {
        redenenVoorMotivering.push(`voor ${doelNaam} meer criteria tegen (${telling.tegen}) dan voor (${telling.voor}) pleiten`);
      }
    }
  }
  if (redenenVoorMotivering.length > 0 && leeg(weging.motivering)) {
    fouten.push({ veld: 'motivering', melding: `Een motivering is verplicht omdat ${redenenVoorMotivering.join(' en omdat ')}.` });
  }

  const samenvatting = kandidaten.map((kandidaat, i) => {
    const naam = leeg(kandidaat.gemeenteNaam) ? `Kandidaat ${i + 1}` : kandidaat.gemeenteNaam;
    const bron = KANDIDAAT_BRON_LABEL[kandidaat.bron] ?? 'onbekende bron';
    const doelLabel = doel !== '' && kandidaat.gemeenteCbs === doel ? ', doelgemeente' : '';
    return `${naam} (${bron}${doelLabel}): ${telTekst(telOordelen(kandidaat))}.`;
  });
  if (doel !== '') {
    if (herkomst === null) samenvatting.push(`Woonstart in ${doelNaam}; de herkomstgemeente is niet vastgesteld.`);
    else if (doel === herkomst) samenvatting.push(`Woonstart in de herkomstgemeente ${doelNaam}.`);
    else samenvatting.push(`Woonstart in ${doelNaam}, afwijkend van de herkomstgemeente ${herkomstNaam}.`);
  }

  return {
    geldig: fouten.length === 0,
    fouten,
    samenvatting,
    afwijkingVanHerkomst: herkomst !== null && doel !== '' && doel !== herkomst,
  };
}

function tekstwijziging(wat: string, oud: string | null | undefined, nieuw: string | null | undefined): string | null {
  const a = leeg(oud) ? '' : (oud as string).trim();
  const b = leeg(nieuw) ? '' : (nieuw as string).trim();
  if (a === b) return null;
  if (a === '') return `${wat} toegevoegd.`;
  if (b === '') return `${wat} verwijderd.`;
  return `${wat} aangepast.`;
}

/**
 * The changes between two versions of a weighing, in Dutch, for the versioned
 * record ("Doelgemeente gewijzigd van Delft naar Den Haag."). `oud` is null for
 * the first version. An empty list means nothing of substance changed.
 */
export function vergelijkWegingen(oud: Woonstartweging | null, nieuw: Woonstartweging): string[] {
  if (oud === null) {
    const aantal = nieuw.kandidaten.length;
    return [`Weging vastgelegd met ${aantal} ${aantal === 1 ? 'kandidaatgemeente' : 'kandidaatgemeenten'}; doelgemeente ${naamVan(nieuw.doelgemeenteCbs, nieuw)}.`];
  }
  const wijzigingen: string[] = [];
  if (oud.doelgemeenteCbs !== nieuw.doelgemeenteCbs) {
    wijzigingen.push(`Doelgemeente gewijzigd van ${naamVan(oud.doelgemeenteCbs, oud, nieuw)} naar ${naamVan(nieuw.doelgemeenteCbs, nieuw, oud)}.`);
  }
  const inOud = new Map(oud.kandidaten.map((k) => [k.gemeenteCbs, k] as const));
  const inNieuw = new Map(nieuw.kandidaten.map((k) => [k.gemeenteCbs, k] as const));
  for (const [cbs, kandidaat] of inOud) {
    if (!inNieuw.has(cbs)) wijzigingen.push(`Kandidaat ${kandidaat.gemeenteNaam} verwijderd.`);
  }
  for (const [cbs, kandidaat] of inNieuw) {
    if (!inOud.has(cbs)) wijzigingen.push(`Kandidaat ${kandidaat.gemeenteNaam} toegevoegd.`);
  }
  for (const [cbs, na] of inNieuw) {
    const voor = inOud.get(cbs);
    if (!voor) continue;
    const naam = na.gemeenteNaam;
    if (voor.bron !== na.bron) {
      wijzigingen.push(`Bron bij ${naam}: ${KANDIDAAT_BRON_LABEL[voor.bron] ?? voor.bron} → ${KANDIDAAT_BRON_LABEL[na.bron] ?? na.bron}.`);
    }
    for (const criterium of WEGING_CRITERIA) {
      const label = WEGING_CRITERIUM_INFO[criterium].label;
      const a = voor.criteria?.[criterium];
      const b = na.criteria?.[criterium];
      if (a?.oordeel !== b?.oordeel) {
        wijzigingen.push(`${label} bij ${naam}: ${a?.oordeel ?? 'geen oordeel'} → ${b?.oordeel ?? 'geen oordeel'}.`);
      }
      const tekst = tekstwijziging(`Bevinding over ${label.toLowerCase()} bij ${naam}`, a?.bevinding, b?.bevinding);
      if (tekst) wijzigingen.push(tekst);
    }
  }
  const wens = tekstwijziging('Wens van de cliënt', oud.wensClient, nieuw.wensClient);
  if (wens) wijzigingen.push(wens);
  const motivering = tekstwijziging('Motivering', oud.motivering, nieuw.motivering);
  if (motivering) wijzigingen.push(motivering);
  return wijzigingen;
}
