import { formatDatumNl } from '../awb/datum-nl.util';
import { dagenTussen, eisIsoDatum } from '../awb/kalender.util';
import { bedragInEuro } from '../brief/brief-tekst.util';
import { ageOn } from '../datum.util';
import { isRegioGemeente, regioGemeente } from '../gemeente.data';
import type { Huurgrenzen } from '../huurgrenzen.data';
import type { Woonvereiste } from '../medisch-advies.model';
import { URGENTIECATEGORIE_INFO, type Urgentiecategorie } from '../urgentiecategorie.model';
import { HELE_REGIO_HAAGLANDEN, type KandidaatProfiel } from './kandidaat.model';
import { percentageTekst, standOmschrijving, type PlafondStand } from './plafond.rule';
import { JONGERENLABEL_MAX_LEEFTIJD, SENIORENLABEL_MIN_LEEFTIJD, WONINGTYPE_LABEL, type WoningKenmerken } from './woning.model';

/**
 * Whether a dwelling suits a household with an urgency decision, with every
 * reason spelled out in Dutch so the corporatie, the care provider and a
 * decision letter can say why. Sources: the rent limits of the Wet op de
 * huurtoeslag (passend toewijzen), the medical advice outcome, the housing
 * study's "Passende woonvormen" per group (seed appendix 2), the woonstart
 * weighing (principles 1–2) and the cap (principles 3–4).
 *
 * Reading a reason:
 * - hard: a condition. voldoet=false makes the dwelling not passend (an
 *   "uitsluiting"); `opheffing` says when a person may lift it ('motivering':
 *   a written reason on the offer, 'ontheffing': an override by the
 *   regiocoördinator). Hard reasons weigh 0.
 * - soft: a preference. voldoet=true means the finding applies and its gewicht
 *   counts (positive: a plus, negative: a minus). voldoet=false means a wish
 *   the dwelling does not meet; its gewicht shows what it would have added and
 *   does not count.
 */

export interface GeschiktheidReden {
  readonly code: string;
  readonly hard: boolean;
  readonly voldoet: boolean;
  readonly gewicht: number;
  readonly tekst: string;
  readonly opheffing?: 'motivering' | 'ontheffing';
}

export interface Geschiktheid {
  readonly passend: boolean;
  readonly score: number;
  /** The hard reasons that are not met. */
  readonly uitsluitingen: readonly GeschiktheidReden[];
  /** All reasons in rule order, the uitsluitingen included. */
  readonly redenen: readonly GeschiktheidReden[];
  readonly waarschuwingen: readonly string[];
}

export interface GeschiktheidInput {
  readonly kandidaat: KandidaatProfiel;
  readonly woning: WoningKenmerken;
  /** ISO date the age and availability are judged on. */
  readonly peildatum: string;
  /** The rent limits of the year of the letting. */
  readonly huurgrenzen: Huurgrenzen;
  /** The strictest cap stand for the dwelling's gemeente/wijk/complex; absent when not known. */
  readonly plafond?: PlafondStand | null;
  /** True when the offer gives a written motivation for a gemeente other than the woonstartgemeente. */
  readonly andereGemeenteGemotiveerd?: boolean;
}

/** Young tenants get huurtoeslag only up to the kwaliteitskortingsgrens below this age. */
export const JONGEREN_HUURGRENS_ONDER_LEEFTIJD = 23;
/** Dwellings available later than this many days after the peildatum get a minus. */
export const BESCHIKBAAR_BINNEN_DAGEN = 31;

/** Groups that need a self-contained dwelling: a room is never passend for them. */
const ZELFSTANDIG_NODIG: readonly Urgentiecategorie[] = ['BW', 'GGZ', 'VO', 'MED', 'MZ', 'SW', 'DG'];

const hard = (code: string, voldoet: boolean, tekst: string, opheffing?: GeschiktheidReden['opheffing']): GeschiktheidReden =>
  opheffing && !voldoet ? { code, hard: true, voldoet, gewicht: 0, tekst, opheffing } : { code, hard: true, voldoet, gewicht: 0, tekst };

const zacht = (code: string, voldoet: boolean, gewicht: number, tekst: string): GeschiktheidReden => ({ code, hard: false, voldoet, gewicht, tekst });

// Rents are compared in whole cents: exactly on a limit is within it, one cent above is not.
const centen = (euro: number): number => Math.round(euro * 100);
const binnen = (huur: number, grens: number): boolean => centen(huur) <= centen(grens);

const personen = (n: number): string => (n === 1 ? '1 persoon' : `${n} personen`);
const kamersTekst = (n: number): string => (n === 1 ? '1 kamer' : `${n} kamers`);
const gemeenteNaam = (cbs: string): string => regioGemeente(cbs)?.naam ?? `gemeente ${cbs}`;
const groep = (c: Urgentiecategorie): string => URGENTIECATEGORIE_INFO[c].label;
const heeftLabel = (w: WoningKenmerken, label: WoningKenmerken['labels'][number]): boolean => w.labels.includes(label);

/** Rooms a household needs: one person 1; two or more 1 + ceil((n − 1) / 2) (a living room plus a bedroom per two people). */
export function minimumKamersVoorHuishouden(huishoudgrootte: number): number {
  return huishoudgrootte <= 1 ? 1 : 1 + Math.ceil((huishoudgrootte - 1) / 2);
}

/**
 * The extra bedroom of the medical advice comes on top of what the household
 * needs; the application's own minimum applies when it asks for more.
 */
export function benodigdeKamers(kandidaat: KandidaatProfiel): number {
  const extra = kandidaat.woonvereisten.includes('extraSlaapkamer') ? 1 : 0;
  return Math.max(kandidaat.aantalKamersMin, minimumKamersVoorHuishouden(kandidaat.huishoudgrootte) + extra);
}

function huurRedenen(k: KandidaatProfiel, w: WoningKenmerken, leeftijd: number, g: Huurgrenzen): GeschiktheidReden[] {
  const huur = `Huur ${bedragInEuro(w.huurprijs)}`;
  const redenen: GeschiktheidReden[] = [];

  const lib = `de liberalisatiegrens ${g.jaar} (${bedragInEuro(g.liberalisatiegrens)})`;
  redenen.push(
    binnen(w.huurprijs, g.liberalisatiegrens)
      ? hard('HUUR_LIBERALISATIEGRENS', true, `${huur} ligt niet boven ${lib}: sociale huurwoning`)
      : hard('HUUR_LIBERALISATIEGRENS', false, `${huur} ligt boven ${lib}: geen sociale huurwoning`),
  );

  const kwk = `de kwaliteitskortingsgrens ${g.jaar} (${bedragInEuro(g.kwaliteitskortingsgrens)})`;
  if (leeftijd < JONGEREN_HUURGRENS_ONDER_LEEFTIJD) {
    redenen.push(
      binnen(w.huurprijs, g.kwaliteitskortingsgrens)
        ? hard('HUUR_JONGEREN', true, `Kandidaat is ${leeftijd} jaar: ${huur.toLowerCase()} ligt niet boven ${kwk}, dus huurtoeslag blijft mogelijk`)
        : hard(
            'HUUR_JONGEREN',
            false,
            `Kandidaat is ${leeftijd} jaar: ${huur.toLowerCase()} ligt boven ${kwk}; onder ${JONGEREN_HUURGRENS_ONDER_LEEFTIJD} jaar is er alleen huurtoeslag tot die grens`,
          ),
    );
  } else {
    redenen.push(hard('HUUR_JONGEREN', true, `Kandidaat is ${leeftijd} jaar: de kwaliteitskortingsgrens voor jongeren onder ${JONGEREN_HUURGRENS_ONDER_LEEFTIJD} jaar geldt niet`));
  }

  // Passend toewijzen: the groups are assumed eligible for huurtoeslag.
  const klein = k.huishoudgrootte <= 2;
  const grens = klein ? g.eersteAftoppingsgrens : g.tweedeAftoppingsgrens;
  const aftop = `de ${klein ? 'eerste' : 'tweede'} aftoppingsgrens ${g.jaar} (${bedragInEuro(grens)}) voor een huishouden van ${personen(k.huishoudgrootte)}`;
  redenen.push(
    binnen(w.huurprijs, grens)
      ? hard('HUUR_AFTOPPING', true, `${huur} ligt niet boven ${aftop}`)
      : hard('HUUR_AFTOPPING', false, `${huur} ligt boven ${aftop}`),
  );
  return redenen;
}

function kamerRedenen(k: KandidaatProfiel, w: WoningKenmerken): GeschiktheidReden[] {
  const nodig = benodigdeKamers(k);
  const onderbouwing = [
    `huishouden van ${personen(k.huishoudgrootte)}: ${minimumKamersVoorHuishouden(k.huishoudgrootte)}`,
    ...(k.woonvereisten.includes('extraSlaapkamer') ? ['plus een extra slaapkamer op medisch advies'] : []),
    `aanvraag: ${k.aantalKamersMin}`,
  ].join('; ');
  const redenen: GeschiktheidReden[] = [
    w.kamers >= nodig
      ? hard('KAMERS', true, `${kamersTekst(w.kamers)}; minimaal nodig: ${nodig} (${onderbouwing})`)
      : hard('KAMERS', false, `${kamersTekst(w.kamers)} is te weinig, minimaal nodig: ${nodig} (${onderbouwing})`),
  ];
  if (w.kamers > nodig + 2) {
    redenen.push(zacht('KAMERS_RUIM', true, -1, `${kamersTekst(w.kamers)} is ruim meer dan nodig (${nodig}): de woning wordt onderbezet`));
  }
  return redenen;
}

function woningtypeRedenen(k: KandidaatProfiel, w: WoningKenmerken): GeschiktheidReden[] {
  const type = WONINGTYPE_LABEL[w.woningtype];
  const redenen: GeschiktheidReden[] = [];
  if (w.woningtype !== 'kamer') {
    redenen.push(hard('WONINGTYPE', true, `Zelfstandige woonruimte (${type.toLowerCase()})`));
  } else if (k.huishoudgrootte > 1) {
    redenen.push(hard('WONINGTYPE', false, `Een ${type.toLowerCase()} is niet passend voor een huishouden van ${personen(k.huishoudgrootte)}`));
  } else if (ZELFSTANDIG_NODIG.includes(k.categorie)) {
    redenen.push(hard('WONINGTYPE', false, `Een ${type.toLowerCase()} is niet passend voor de groep ${groep(k.categorie)}: die heeft een zelfstandige woning nodig`));
  } else {
    redenen.push(zacht('WONINGTYPE', true, -1, `Een ${type.toLowerCase()} past voor de groep ${groep(k.categorie)} alleen als stabiele huisvesting`));
  }

  const eengezins = w.woningtype === 'eengezinswoning';
  if (k.minderjarigeKinderen > 0) {
    const kinderen = k.minderjarigeKinderen === 1 ? '1 minderjarig kind' : `${k.minderjarigeKinderen} minderjarige kinderen`;
    redenen.push(
      eengezins
        ? zacht('EENGEZINSWONING', true, 1, `Eengezinswoning: past bij een gezin met ${kinderen}`)
        : zacht('EENGEZINSWONING', false, 1, `Geen eengezinswoning; die heeft de voorkeur voor een gezin met ${kinderen}`),
    );
  } else if (eengezins && k.huishoudgrootte === 1) {
    redenen.push(zacht('EENGEZINSWONING', true, -1, 'Eengezinswoning voor één persoon: een kleinere woning past beter'));
  }
  return redenen;
}

function verdiepingTekst(w: WoningKenmerken): string {
  if (w.verdieping === 0) return 'op de begane grond';
  return `op de ${w.verdieping}e verdieping ${w.lift ? 'met' : 'zonder'} lift`;
}

function toegankelijkheidRedenen(k: KandidaatProfiel, w: WoningKenmerken): GeschiktheidReden[] {
  const vereist = (v: Woonvereiste): boolean => k.woonvereisten.includes(v);
  const redenen: GeschiktheidReden[] = [];
  const bereikbaar = w.verdieping === 0 || w.lift;

  if (vereist('nultreden')) {
    redenen.push(
      hard('WOONVEREISTE_NULTREDEN', w.nultreden, `Nultredenwoning vereist (medisch advies): de woning is ${w.nultreden ? 'een' : 'geen'} nultredenwoning`),
    );
  }
  if (vereist('rolstoeltoegankelijk')) {
    redenen.push(
      hard(
        'WOONVEREISTE_ROLSTOEL',
        w.rolstoeltoegankelijk,
        `Rolstoeltoegankelijke woning vereist (medisch advies): de woning is ${w.rolstoeltoegankelijk ? '' : 'niet '}rolstoeltoegankelijk`,
      ),
    );
  }
  if (vereist('lift')) {
    redenen.push(hard('WOONVEREISTE_LIFT', bereikbaar, `Bereikbaar zonder trap vereist (medisch advies): de woning ligt ${verdiepingTekst(w)}`));
  }
  if (vereist('gelijkvloers')) {
    const gelijkvloers = w.woningtype !== 'eengezinswoning' && bereikbaar;
    const tekst =
      w.woningtype === 'eengezinswoning'
        ? 'Gelijkvloers wonen vereist (medisch advies): een eengezinswoning heeft een trap binnen'
        : `Gelijkvloers wonen vereist (medisch advies): de woning ligt ${verdiepingTekst(w)}`;
    redenen.push(hard('WOONVEREISTE_GELIJKVLOERS', gelijkvloers, tekst));
  }
  if (vereist('prikkelarm')) {
    const ja = heeftLabel(w, 'prikkelarm');
    redenen.push(zacht('WOONVEREISTE_PRIKKELARM', ja, 2, `Prikkelarme omgeving gewenst (medisch advies): de woning heeft het label prikkelarm${ja ? '' : ' niet'}`));
  }
  if (vereist('nabijZorg')) {
    const ja = heeftLabel(w, 'geclusterd');
    redenen.push(zacht('WOONVEREISTE_NABIJ_ZORG', ja, 1, `Zorg in de nabijheid gewenst (medisch advies): de woning ${ja ? 'is' : 'is geen'} geclusterd wonen met begeleiding`));
  }
  return redenen;
}

function doelgroepRedenen(k: KandidaatProfiel, w: WoningKenmerken): GeschiktheidReden[] {
  const redenen: GeschiktheidReden[] = [];
  const c = k.categorie;
  if (c === 'BW' || c === 'GGZ') {
    // Not twice: when the medical advice already asks for it, that reason carries the weight.
    if (!k.woonvereisten.includes('prikkelarm')) {
      const ja = heeftLabel(w, 'prikkelarm');
      redenen.push(zacht('DOELGROEP_PRIKKELARM', ja, 1, `Een beschermde omgeving met weinig prikkels past bij de groep ${groep(c)}: de woning heeft het label prikkelarm${ja ? '' : ' niet'}`));
    }
    if (!k.woonvereisten.includes('nabijZorg')) {
      const ja = heeftLabel(w, 'geclusterd');
      redenen.push(zacht('DOELGROEP_GECLUSTERD', ja, 1, `Geclusterd wonen met begeleiding past bij de groep ${groep(c)}: de woning ${ja ? 'is' : 'is niet'} geclusterd`));
    }
  }
  if (c === 'ONBEGREPEN_GEDRAG') {
    const ja = heeftLabel(w, 'vrijliggend');
    redenen.push(
      hard(
        'DOELGROEP_VRIJLIGGEND',
        ja,
        ja
          ? 'De woning ligt vrij, op afstand van een woonwijk: passend bij onbegrepen gedrag'
          : 'Bij onbegrepen gedrag is een vrijliggende woning op afstand van een woonwijk nodig (bijv. Skaeve Huse); deze woning heeft dat label niet',
      ),
    );
  }
  if (c === 'JZ') {
    const ja = heeftLabel(w, 'jongeren');
    redenen.push(zacht('DOELGROEP_JONGEREN', ja, 1, `Een jongerenwoning past bij uitstroom uit jeugdzorg: de woning ${ja ? 'is' : 'is geen'} jongerenwoning`));
  }
  if ((c === 'MED' || c === 'MZ') && !k.woonvereisten.includes('nultreden')) {
    const ja = w.nultreden;
    redenen.push(zacht('DOELGROEP_NULTREDEN', ja, 1, `Een nultreden- of zorggeschikte woning past vaak bij de groep ${groep(c)}: de woning ${ja ? 'is' : 'is geen'} nultredenwoning`));
  }
  return redenen;
}

function uitsluitingRedenen(k: KandidaatProfiel, w: WoningKenmerken): GeschiktheidReden[] {
  // The texts never say why: the reason (danger, an area ban) is in the restricted part of the case.
  const naam = gemeenteNaam(w.gemeenteCbs);
  const heleRegio = k.uitgeslotenGemeenten.includes(HELE_REGIO_HAAGLANDEN) && isRegioGemeente(w.gemeenteCbs);
  const gemeente = heleRegio
    ? hard('UITGESLOTEN_GEMEENTE', false, `De woning ligt in ${naam}, in de regio Haaglanden; de hele regio is voor deze kandidaat uitgesloten (veiligheid), een woning buiten de regio is nodig`)
    : k.uitgeslotenGemeenten.includes(w.gemeenteCbs)
      ? hard('UITGESLOTEN_GEMEENTE', false, `${naam} is voor deze kandidaat uitgesloten in het plaatsingsprofiel (veiligheid of een maatregel; de reden staat in het dossier)`)
      : hard('UITGESLOTEN_GEMEENTE', true, `${naam} is voor deze kandidaat niet uitgesloten`);
  const wijk = k.uitgeslotenWijken.includes(w.wijkCode)
    ? hard('UITGESLOTEN_WIJK', false, `Wijk ${w.wijkCode} is voor deze kandidaat uitgesloten in het plaatsingsprofiel (bijvoorbeeld een gebiedsverbod; de reden staat in het dossier)`)
    : hard('UITGESLOTEN_WIJK', true, `Wijk ${w.wijkCode} is voor deze kandidaat niet uitgesloten`);
  return [gemeente, wijk];
}

function labelRedenen(w: WoningKenmerken, leeftijd: number): GeschiktheidReden[] {
  const redenen: GeschiktheidReden[] = [];
  if (heeftLabel(w, 'jongeren')) {
    redenen.push(
      hard('LABEL_JONGEREN', leeftijd <= JONGERENLABEL_MAX_LEEFTIJD, `Jongerenwoning (tot en met ${JONGERENLABEL_MAX_LEEFTIJD} jaar): kandidaat is ${leeftijd} jaar`),
    );
  }
  if (heeftLabel(w, '55+')) {
    redenen.push(hard('LABEL_55PLUS', leeftijd >= SENIORENLABEL_MIN_LEEFTIJD, `55+-woning (vanaf ${SENIORENLABEL_MIN_LEEFTIJD} jaar): kandidaat is ${leeftijd} jaar`));
  }
  return redenen;
}

function doelgemeenteReden(k: KandidaatProfiel, w: WoningKenmerken, gemotiveerd: boolean): GeschiktheidReden {
  const hier = gemeenteNaam(w.gemeenteCbs);
  if (k.doelgemeenteCbs === null) {
    return zacht('DOELGEMEENTE', true, 0, 'Er is (nog) geen woonstartgemeente vastgesteld');
  }
  if (k.doelgemeenteCbs === w.gemeenteCbs) {
    return zacht('DOELGEMEENTE', true, 2, `De woning ligt in ${hier}, de woonstartgemeente`);
  }
  const doel = gemeenteNaam(k.doelgemeenteCbs);
  if (gemotiveerd) {
    return zacht('DOELGEMEENTE', true, -1, `De woning ligt in ${hier}, niet in de woonstartgemeente ${doel}; het aanbod is gemotiveerd`);
  }
  return hard('DOELGEMEENTE', false, `De woning ligt in ${hier}, niet in de woonstartgemeente ${doel}: aanbieden kan alleen met een motivering`, 'motivering');
}

function plafondReden(plafond: PlafondStand): { reden: GeschiktheidReden; waarschuwing: string | null } {
  const omschrijving = standOmschrijving(plafond);
  const Omschrijving = `${omschrijving.charAt(0).toUpperCase()}${omschrijving.slice(1)}`;
  const cijfers = `${plafond.gebruikt} van ${plafond.plafond}, ${percentageTekst(plafond.percentage)} %`;
  switch (plafond.status) {
    case 'vol':
    case 'overschreden':
      return {
        reden: hard('PLAFOND', false, `${Omschrijving} is ${plafond.status === 'vol' ? 'bereikt' : 'overschreden'} (${cijfers}): plaatsen kan alleen met een ontheffing van de regiocoördinator`, 'ontheffing'),
        waarschuwing: null,
      };
    case 'bijna':
      return {
        reden: zacht('PLAFOND', true, -1, `${Omschrijving} is bijna bereikt (${cijfers})`),
        waarschuwing: `${Omschrijving} is voor ${percentageTekst(plafond.percentage)} % gebruikt`,
      };
    case 'ruimte':
      return { reden: hard('PLAFOND', true, `${Omschrijving} heeft ruimte: nog ${plafond.ruimte} (${cijfers})`), waarschuwing: null };
  }
}

function beschikbaarheidReden(w: WoningKenmerken, peildatum: string): GeschiktheidReden {
  const vanaf = formatDatumNl(w.beschikbaarVanaf, 'datum');
  const dagen = dagenTussen(peildatum, w.beschikbaarVanaf);
  return dagen > BESCHIKBAAR_BINNEN_DAGEN
    ? zacht('BESCHIKBAARHEID', true, -1, `Beschikbaar vanaf ${vanaf}, over ${dagen} dagen: later dan ${BESCHIKBAAR_BINNEN_DAGEN} dagen`)
    : zacht('BESCHIKBAARHEID', true, 0, `Beschikbaar vanaf ${vanaf}`);
}

export function beoordeelGeschiktheid(input: GeschiktheidInput): Geschiktheid {
  const { kandidaat: k, woning: w, peildatum, huurgrenzen } = input;
  eisIsoDatum(peildatum, 'Peildatum');
  eisIsoDatum(k.geboortedatum, 'Geboortedatum');
  eisIsoDatum(w.beschikbaarVanaf, 'Beschikbaar vanaf');
  const leeftijd = ageOn(k.geboortedatum, peildatum);

  const redenen: GeschiktheidReden[] = [
    ...huurRedenen(k, w, leeftijd, huurgrenzen),
    ...kamerRedenen(k, w),
    ...woningtypeRedenen(k, w),
    ...toegankelijkheidRedenen(k, w),
    ...doelgroepRedenen(k, w),
    ...uitsluitingRedenen(k, w),
    ...labelRedenen(w, leeftijd),
    doelgemeenteReden(k, w, input.andereGemeenteGemotiveerd === true),
  ];
  const waarschuwingen: string[] = [];
  if (input.plafond) {
    const { reden, waarschuwing } = plafondReden(input.plafond);
    redenen.push(reden);
    if (waarschuwing) waarschuwingen.push(waarschuwing);
  }
  redenen.push(beschikbaarheidReden(w, peildatum));

  const uitsluitingen = redenen.filter((r) => r.hard && !r.voldoet);
  const score = redenen.filter((r) => !r.hard && r.voldoet).reduce((som, r) => som + r.gewicht, 0);
  return { passend: uitsluitingen.length === 0, score, uitsluitingen, redenen, waarschuwingen };
}

export interface RangschikOpties {
  readonly peildatum: string;
  readonly huurgrenzen: Huurgrenzen;
  /** One stand for all, or per dwelling (dwellings lie in different gemeenten, wijken and complexen). */
  readonly plafond?: PlafondStand | null | ((woning: WoningKenmerken) => PlafondStand | null | undefined);
  readonly andereGemeenteGemotiveerd?: (kandidaat: KandidaatProfiel, woning: WoningKenmerken) => boolean;
}

export interface WoningMatch {
  readonly woning: WoningKenmerken;
  readonly beoordeling: Geschiktheid;
}

export interface KandidaatMatch {
  readonly kandidaat: KandidaatProfiel;
  readonly beoordeling: Geschiktheid;
}

function beoordeel(kandidaat: KandidaatProfiel, woning: WoningKenmerken, opts: RangschikOpties): Geschiktheid {
  const plafond = typeof opts.plafond === 'function' ? opts.plafond(woning) : opts.plafond;
  return beoordeelGeschiktheid({
    kandidaat,
    woning,
    peildatum: opts.peildatum,
    huurgrenzen: opts.huurgrenzen,
    plafond: plafond ?? null,
    andereGemeenteGemotiveerd: opts.andereGemeenteGemotiveerd?.(kandidaat, woning) ?? false,
  });
}

// Plain code-unit order, not localeCompare: the same list sorts the same on every server.
const vergelijkTekst = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function vergelijkBeoordeling(a: Geschiktheid, b: Geschiktheid): number {
  if (a.passend !== b.passend) return a.passend ? -1 : 1;
  return b.score - a.score;
}

/** Dwellings for one household: passend first, then score, then the cheapest, then id. */
export function rangschikWoningen(kandidaat: KandidaatProfiel, woningen: readonly WoningKenmerken[], opts: RangschikOpties): WoningMatch[] {
  return woningen
    .map((woning) => ({ woning, beoordeling: beoordeel(kandidaat, woning, opts) }))
    .sort(
      (a, b) =>
        vergelijkBeoordeling(a.beoordeling, b.beoordeling) ||
        centen(a.woning.huurprijs) - centen(b.woning.huurprijs) ||
        vergelijkTekst(a.woning.id, b.woning.id),
    );
}

/** Households for one dwelling: passend first, then score, then the longest waiting (no decision date last), then zaakId. */
export function rangschikKandidaten(woning: WoningKenmerken, kandidaten: readonly KandidaatProfiel[], opts: RangschikOpties): KandidaatMatch[] {
  const wachtOrde = (a: string | null, b: string | null): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return vergelijkTekst(a, b);
  };
  return kandidaten
    .map((kandidaat) => ({ kandidaat, beoordeling: beoordeel(kandidaat, woning, opts) }))
    .sort(
      (a, b) =>
        vergelijkBeoordeling(a.beoordeling, b.beoordeling) ||
        wachtOrde(a.kandidaat.besluitOp, b.kandidaat.besluitOp) ||
        vergelijkTekst(a.kandidaat.zaakId, b.kandidaat.zaakId),
    );
}
