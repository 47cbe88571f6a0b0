import { formatDatumNl } from '../awb/datum-nl.util';

/**
 * Who is told, as a role towards the case; the api resolves each to organisations:
 * indiener = the organisation that filed the case, commissie = the toetsingscommissie,
 * corporatiesDoelgemeente = the corporaties working in the woonstartgemeente,
 * gemeente = the organisation of the behandelende gemeente.
 */
export const MELDING_ONTVANGERS = ['indiener', 'commissie', 'corporatiesDoelgemeente', 'gemeente'] as const;
export type MeldingOntvanger = (typeof MELDING_ONTVANGERS)[number];

/**
 * One outbox row as the rule needs it. The api adds what the domain cannot know
 * itself: the Dutch label of the new state (the workflow lib owns the labels and
 * the domain lib may not import it) and the case's decision deadline.
 */
export interface MeldingBericht {
  readonly soort: string;
  readonly event?: string;
  readonly van?: string;
  readonly naar?: string;
  /** Dutch label of `naar` ('Bemiddeling: woning zoeken'); without it the state path is shown. */
  readonly naarLabel?: string;
  readonly zaaknummer: string;
  /** Decision deadline (jjjj-mm-dd), for the deadline signals to the committee. */
  readonly beslistermijn?: string | null;
}

export interface Melding {
  readonly ontvanger: MeldingOntvanger;
  readonly onderwerp: string;
  readonly tekst: string;
}

/** The state in which a bemiddeling case waits for a dwelling: new for the corporaties of its gemeente. */
export const STATE_BEMIDDELING_ZOEKEN = 'toegekend.bemiddeling.zoeken';

type Regel = (b: MeldingBericht) => ReadonlyArray<Melding>;

const aan = (ontvangers: readonly MeldingOntvanger[], onderwerp: string, tekst: string): Melding[] =>
  ontvangers.map((ontvanger) => ({ ontvanger, onderwerp, tekst }));

function termijn(b: MeldingBericht): string {
  if (!b.beslistermijn) return '';
  try {
    return ` (${formatDatumNl(b.beslistermijn.slice(0, 10), 'datum')})`;
  } catch {
    return '';
  }
}

/**
 * What each event tells whom, besides the status change. Texts name the case by
 * its number and say what happened: never a name, an address or a reason given
 * by or about the applicant, because e-mail leaves the protected environment.
 */
const PER_EVENT: Readonly<Record<string, Regel>> = {
  INDIENEN: (b) => aan(['commissie'], 'Nieuwe aanvraag ter toetsing', `Zaak ${b.zaaknummer} is ingediend en wacht op toetsing door de commissie.`),
  AANVULLING_INDIENEN: (b) => aan(['commissie'], 'Aanvulling ontvangen ter toetsing', `Voor zaak ${b.zaaknummer} is de gevraagde aanvulling ingediend. De zaak wacht op verdere toetsing.`),
  VERLENGING_AANVRAGEN: (b) => aan(['commissie'], 'Verlenging aangevraagd ter toetsing', `Voor zaak ${b.zaaknummer} is verlenging van de urgentieverklaring aangevraagd. De aanvraag wacht op een besluit van de commissie.`),
  BESLISTERMIJN_HERINNERING: (b) => aan(['commissie'], 'Beslistermijn verloopt binnenkort', `De beslistermijn van zaak ${b.zaaknummer} verloopt over een week${termijn(b)}. Neem tijdig een besluit of verdaag de beslissing.`),
  BESLISTERMIJN_VERSTREKEN: (b) => aan(['commissie'], 'Beslistermijn verstreken', `De beslistermijn van zaak ${b.zaaknummer} is verstreken${termijn(b)}. Neem zo snel mogelijk een besluit.`),
  WONING_AANBIEDEN: (b) => aan(['indiener'], 'Woning aangeboden', `Voor zaak ${b.zaaknummer} is een woning aangeboden.`),
  AANBIEDING_ACCEPTEREN: (b) => aan(['corporatiesDoelgemeente', 'indiener'], 'Aanbieding geaccepteerd', `De aangeboden woning voor zaak ${b.zaaknummer} is geaccepteerd.`),
  AANBIEDING_WEIGEREN: (b) => aan(['corporatiesDoelgemeente', 'indiener'], 'Aanbieding geweigerd', `De aangeboden woning voor zaak ${b.zaaknummer} is geweigerd.`),
  REACTIETERMIJN_VERSTREKEN: (b) => aan(['corporatiesDoelgemeente', 'indiener'], 'Reactietermijn verstreken', `De reactietermijn op de aangeboden woning voor zaak ${b.zaaknummer} is verstreken zonder reactie.`),
  PLAATSING_REGISTREREN: (b) => aan(['indiener', 'commissie'], 'Plaatsing geregistreerd', `Voor zaak ${b.zaaknummer} is de plaatsing geregistreerd.`),
  WOONEVALUATIE_HERINNERING: (b) => aan(['indiener', 'corporatiesDoelgemeente'], 'Woonevaluatie gepland', `Voor zaak ${b.zaaknummer} is een woonevaluatie aan de beurt. Leg de evaluatie vast in Woonstart.`),
  URGENTIEVERKLARING_VERLOPEN: (b) => aan(['indiener'], 'Urgentieverklaring verlopen', `De urgentieverklaring van zaak ${b.zaaknummer} is verlopen.`),
  ZAAK_OVERDRAGEN: (b) => aan(['gemeente'], 'Zaak overgedragen aan uw gemeente', `Zaak ${b.zaaknummer} is overgedragen aan uw gemeente als behandelende gemeente.`),
};

/**
 * Several reasons for one recipient become one message: the first subject (the
 * most specific: event rules come before the status change), the texts in order.
 */
export function voegMeldingenSamen<T extends { onderwerp: string; tekst: string }>(meldingen: readonly T[], sleutel: (m: T) => string): T[] {
  const perSleutel = new Map<string, T>();
  for (const m of meldingen) {
    const k = sleutel(m);
    const eerder = perSleutel.get(k);
    if (!eerder) perSleutel.set(k, m);
    else if (!eerder.tekst.includes(m.tekst)) perSleutel.set(k, { ...eerder, tekst: `${eerder.tekst} ${m.tekst}` });
  }
  return [...perSleutel.values()];
}

/**
 * Which organisations are told of one outbox row, and what. Only transitions
 * ('statuswijziging') notify: the deadline signals arrive as their own system
 * events through the same command path, so the separate 'herinnering-beslistermijn'
 * and 'beslistermijn-verstreken' rows would tell the committee twice; documents
 * reach the committee with AANVULLING_INDIENEN.
 */
export function meldingenVoor(bericht: MeldingBericht): Melding[] {
  if (bericht.soort !== 'statuswijziging' || !bericht.event) return [];
  const meldingen: Melding[] = [...(PER_EVENT[bericht.event]?.(bericht) ?? [])];
  const gewijzigd = !!bericht.naar && bericht.naar !== bericht.van;
  if (gewijzigd && bericht.naar === STATE_BEMIDDELING_ZOEKEN) {
    meldingen.push(...aan(['corporatiesDoelgemeente'], 'Nieuwe kandidaat voor directe bemiddeling',
      `Zaak ${bericht.zaaknummer} zoekt via directe bemiddeling een woning in uw werkgebied. Bekijk de kandidaat in Woonstart.`));
  }
  if (gewijzigd) {
    const label = bericht.naarLabel ?? bericht.naar;
    meldingen.push(...aan(['indiener'], `Nieuwe status: ${label}`, `Zaak ${bericht.zaaknummer} heeft een nieuwe status: ${label}.`));
  }
  return voegMeldingenSamen(meldingen, (m) => m.ontvanger);
}
