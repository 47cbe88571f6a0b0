import { and, assign, setup } from 'xstate';
import type { ZaakContext, ZaakEvent } from './zaak-events.model';

/**
 * Version of the case machine that new cases start on. Persisted with every
 * case: a running case is always restored with the machine of its own version
 * (zaak.runtime.ts keeps every released version). Version 1 is in zaak-v1.machine.ts.
 *
 * Version 3 keeps version 2 (zaak-v2.machine.ts) up to the decision and adds what
 * follows it: a placement profile, offers with a reply term and a refusal policy,
 * zelf zoeken with an urgentieverklaring that expires and can be extended once,
 * and intermediaire verhuur with woonevaluaties ending in omklap or a documented end.
 * The version-2 part is repeated on purpose: a released version never changes.
 */
export const ZAAK_MACHINE_VERSION = 3;

export const INITIAL_ZAAK_CONTEXT: ZaakContext = {
  herkomstgemeenteCbs: null,
  woonstartgemeenteCbs: null,
  route: null,
  aangebodenWoningId: null,
  geplaatstOp: null,
  aantalWeigeringen: 0,
  vierOgen: true,
  medischAdvies: 'nietNodig',
  hersteltermijnVerstreken: false,
  verdaagd: false,
  voorstel: null,
  zienswijzeGehad: false,
  termijnSignaal: 'geen',
  waarschuwingen: 0,
  verlengd: false,
  aantalWoonevaluaties: 0,
  woonevaluatieOpen: false,
};

const intrekken = { INTREKKEN: { target: '#zaak.ingetrokken' } } as const;

/**
 * The deadline jobs: while the decision term runs, a reminder a week before and a
 * signal when it has passed (Awb 4:17). They change no state, only the signal.
 */
const termijnbewaking = {
  BESLISTERMIJN_HERINNERING: { actions: 'noteerHerinnering' },
  BESLISTERMIJN_VERSTREKEN: { actions: 'markeerTermijnVerstreken' },
} as const;

/** Events every state before the decision accepts, besides its own. */
const inBehandeling = {
  ...intrekken,
  ...termijnbewaking,
  VERDAGEN: { guard: 'nogNietVerdaagd', actions: 'verdaag' },
  MEDISCH_ADVIES_VRAGEN: { guard: 'medischAdviesNietGevraagd', actions: 'vraagMedischAdvies' },
  MEDISCH_ADVIES_UITBRENGEN: { guard: 'medischAdviesGevraagd', actions: 'registreerMedischAdvies' },
} as const;

export const zaakMachine = setup({
  types: {
    context: {} as ZaakContext,
    events: {} as ZaakEvent,
  },
  guards: {
    heeftHerkomst: ({ context }) => context.herkomstgemeenteCbs !== null,
    heeftAanbieding: ({ context }) => context.aangebodenWoningId !== null,
    hersteltermijnVerstreken: ({ context }) => context.hersteltermijnVerstreken,
    nogNietVerdaagd: ({ context }) => !context.verdaagd,
    medischAdviesNietGevraagd: ({ context }) => context.medischAdvies === 'nietNodig',
    medischAdviesGevraagd: ({ context }) => context.medischAdvies === 'gevraagd',
    /** A decision cannot be proposed while requested medical advice is outstanding. */
    medischAdviesAfgerond: ({ context }) => context.medischAdvies !== 'gevraagd',
    /**
     * Four eyes: the approver is not the proposer. The api puts the caller's id on
     * the event (also when it asks the machine which events are allowed).
     */
    andereBeoordelaar: ({ context, event }) =>
      !context.vierOgen || (event.type === 'BESLUIT_GOEDKEUREN' && !!event.actorId && event.actorId !== context.voorstel?.door),
    voorstelBemiddeling: ({ context }) => context.voorstel?.uitkomst === 'toekennen' && context.voorstel.route === 'bemiddeling',
    voorstelZelfZoeken: ({ context }) => context.voorstel?.uitkomst === 'toekennen' && context.voorstel.route === 'zelfZoeken',
    voorstelAfwijzenMetZienswijze: ({ context }) => context.voorstel?.uitkomst === 'afwijzen' && context.voorstel.zienswijzeNodig && !context.zienswijzeGehad,
    voorstelAfwijzen: ({ context }) => context.voorstel?.uitkomst === 'afwijzen',
    /** The api adds the gemeente's policy to the refusal; a grounded refusal never ends the urgency. */
    weigeringBeeindigtUrgentie: ({ event }) => event.type === 'AANBIEDING_WEIGEREN' && event.gevolg === 'urgentieVervalt',
    intermediairePlaatsing: ({ event }) => event.type === 'PLAATSING_REGISTREREN' && event.vorm === 'intermediair',
    nogNietVerlengd: ({ context }) => !context.verlengd,
    woonevaluatieOpen: ({ context }) => context.woonevaluatieOpen,
    geenWoonevaluatieOpen: ({ context }) => !context.woonevaluatieOpen,
    /** Omklap only after at least one signed-off evaluation and none awaiting sign-off. */
    evaluatiesAfgerond: ({ context }) => context.aantalWoonevaluaties > 0 && !context.woonevaluatieOpen,
  },
  actions: {
    legToetsingVast: assign({
      vierOgen: ({ event, context }) => (event.type === 'ONTVANKELIJK_VERKLAREN' ? event.vierOgen ?? context.vierOgen : context.vierOgen),
      medischAdvies: ({ event, context }) => (event.type === 'ONTVANKELIJK_VERKLAREN' && event.medischAdviesNodig ? 'gevraagd' : context.medischAdvies),
    }),
    startHerstel: assign({ hersteltermijnVerstreken: false }),
    markeerHersteltermijnVerstreken: assign({ hersteltermijnVerstreken: true }),
    verdaag: assign({ verdaagd: true, termijnSignaal: 'geen' as const }),
    noteerHerinnering: assign({ termijnSignaal: ({ context }) => (context.termijnSignaal === 'verstreken' ? 'verstreken' as const : 'herinnerd' as const) }),
    markeerTermijnVerstreken: assign({ termijnSignaal: 'verstreken' as const }),
    vraagMedischAdvies: assign({ medischAdvies: 'gevraagd' as const }),
    registreerMedischAdvies: assign({ medischAdvies: 'uitgebracht' as const }),
    legHerkomstVast: assign({
      herkomstgemeenteCbs: ({ event, context }) => (event.type === 'HERKOMST_VASTSTELLEN' ? event.gemeenteCbs : context.herkomstgemeenteCbs),
    }),
    legWoonstartVast: assign({
      woonstartgemeenteCbs: ({ event, context }) => (event.type === 'WEGING_VASTLEGGEN' ? event.gemeenteCbs : context.woonstartgemeenteCbs),
    }),
    legVoorstelVast: assign({
      voorstel: ({ event }) =>
        event.type === 'BESLUIT_VOORSTELLEN'
          ? { door: event.actorId ?? null, uitkomst: event.uitkomst, route: event.uitkomst === 'toekennen' ? event.route ?? null : null, zienswijzeNodig: !!event.zienswijzeNodig }
          : null,
    }),
    vergeetVoorstel: assign({ voorstel: null }),
    verwerkZienswijze: assign({ voorstel: null, zienswijzeGehad: true }),
    kiesBemiddeling: assign({ route: 'bemiddeling' as const }),
    kiesZelfZoeken: assign({ route: 'zelfZoeken' as const }),
    /** A gegrond bezwaar sends the case back to deciding; the earlier decision stays in the history. */
    heropen: assign({ voorstel: null, route: null, zienswijzeGehad: false, termijnSignaal: 'geen' as const }),
    legAanbiedingVast: assign({
      aangebodenWoningId: ({ event }) => (event.type === 'WONING_AANBIEDEN' ? event.woningId : null),
    }),
    verwerkWeigering: assign({
      aangebodenWoningId: null,
      aantalWeigeringen: ({ context }) => context.aantalWeigeringen + 1,
      waarschuwingen: ({ context, event }) => context.waarschuwingen + (event.type === 'AANBIEDING_WEIGEREN' && event.gevolg === 'waarschuwing' ? 1 : 0),
    }),
    vergeetAanbieding: assign({ aangebodenWoningId: null }),
    markeerVerlengd: assign({ verlengd: true }),
    openWoonevaluatie: assign({ woonevaluatieOpen: true }),
    /**
     * Events that change nothing the guards read still need an action: XState's `can()`
     * treats a transition without target and actions as no transition at all.
     */
    vastgelegd: () => undefined,
    tekenWoonevaluatieAf: assign({ woonevaluatieOpen: false, aantalWoonevaluaties: ({ context }) => context.aantalWoonevaluaties + 1 }),
    legPlaatsingVast: assign({
      geplaatstOp: ({ event }) => (event.type === 'PLAATSING_REGISTREREN' ? event.ingangsdatum : null),
    }),
  },
}).createMachine({
  id: 'zaak',
  version: String(ZAAK_MACHINE_VERSION),
  context: INITIAL_ZAAK_CONTEXT,
  initial: 'concept',
  states: {
    concept: {
      // Editing keeps the state; it goes through the command path so every version of the data is logged.
      on: { GEGEVENS_WIJZIGEN: { target: 'concept' }, INDIENEN: { target: 'ingediend' }, ...intrekken },
    },
    ingediend: {
      tags: ['beslistermijnLoopt'],
      initial: 'ontvankelijkheid',
      on: { ...intrekken, ...termijnbewaking, VERDAGEN: { guard: 'nogNietVerdaagd', actions: 'verdaag' } },
      states: {
        ontvankelijkheid: {
          on: {
            ONTVANKELIJK_VERKLAREN: { target: '#zaak.toetsingHerkomst', actions: 'legToetsingVast' },
            AANVULLING_VRAGEN: { target: 'aanvullen', actions: 'startHerstel' },
          },
        },
        aanvullen: {
          // Awb 4:15: the decision term is suspended while the applicant completes the request.
          tags: ['opgeschort'],
          on: {
            GEGEVENS_WIJZIGEN: { target: 'aanvullen' },
            AANVULLING_INDIENEN: { target: 'ontvankelijkheid' },
            HERSTELTERMIJN_VERSTREKEN: { actions: 'markeerHersteltermijnVerstreken' },
            // Awb 4:5: only after the repair term has lapsed.
            BUITEN_BEHANDELING_STELLEN: { target: '#zaak.buitenBehandeling', guard: 'hersteltermijnVerstreken' },
          },
        },
      },
    },
    toetsingHerkomst: {
      tags: ['beslistermijnLoopt'],
      on: { ...inBehandeling, HERKOMST_VASTSTELLEN: { target: 'wegingWoonstart', actions: 'legHerkomstVast' } },
    },
    wegingWoonstart: {
      tags: ['beslistermijnLoopt'],
      on: {
        ...inBehandeling,
        WEGING_VASTLEGGEN: { target: 'besluitvorming', guard: 'heeftHerkomst', actions: 'legWoonstartVast' },
        ZAAK_OVERDRAGEN: { target: 'wegingWoonstart', guard: 'heeftHerkomst' },
      },
    },
    besluitvorming: {
      tags: ['beslistermijnLoopt'],
      initial: 'beraad',
      on: inBehandeling,
      states: {
        beraad: {
          on: {
            // The weighing may be revised while deliberating; every version is kept.
            WEGING_VASTLEGGEN: { target: 'beraad', actions: 'legWoonstartVast' },
            ZAAK_OVERDRAGEN: { target: 'beraad' },
            BESLUIT_VOORSTELLEN: { target: 'voorgesteld', guard: 'medischAdviesAfgerond', actions: 'legVoorstelVast' },
          },
        },
        voorgesteld: {
          on: {
            BESLUIT_TERUGSTUREN: { target: 'beraad', actions: 'vergeetVoorstel' },
            BESLUIT_GOEDKEUREN: [
              // Not while medical advice asked for after the proposal is still outstanding.
              { target: '#zaak.toegekend.bemiddeling', guard: and(['andereBeoordelaar', 'medischAdviesAfgerond', 'voorstelBemiddeling']), actions: 'kiesBemiddeling' },
              { target: '#zaak.toegekend.zelfZoeken', guard: and(['andereBeoordelaar', 'medischAdviesAfgerond', 'voorstelZelfZoeken']), actions: 'kiesZelfZoeken' },
              { target: 'zienswijze', guard: and(['andereBeoordelaar', 'medischAdviesAfgerond', 'voorstelAfwijzenMetZienswijze']) },
              { target: '#zaak.afgewezen', guard: and(['andereBeoordelaar', 'medischAdviesAfgerond', 'voorstelAfwijzen']) },
            ],
          },
        },
        zienswijze: {
          // Awb 4:7: the applicant may react before a refusal on facts they did not give.
          on: {
            ZIENSWIJZE_ONTVANGEN: { target: 'beraad', actions: 'verwerkZienswijze' },
            ZIENSWIJZETERMIJN_VERSTREKEN: { target: 'beraad', actions: 'verwerkZienswijze' },
          },
        },
      },
    },
    toegekend: {
      initial: 'bemiddeling',
      on: {
        ...intrekken,
        // Exclusions for matching (danger, area ban); may be revised until placement, every version in the log.
        PLAATSINGSPROFIEL_VASTLEGGEN: { actions: 'vastgelegd' },
      },
      states: {
        bemiddeling: {
          initial: 'zoeken',
          states: {
            zoeken: { on: { WONING_AANBIEDEN: { target: 'aanbieding', actions: 'legAanbiedingVast' } } },
            aanbieding: {
              on: {
                AANBIEDING_ACCEPTEREN: { target: 'geaccepteerd', guard: 'heeftAanbieding' },
                AANBIEDING_WEIGEREN: [
                  { target: '#zaak.urgentieVervallen', guard: 'weigeringBeeindigtUrgentie', actions: 'verwerkWeigering' },
                  { target: 'zoeken', actions: 'verwerkWeigering' },
                ],
                AANBIEDING_INTREKKEN: { target: 'zoeken', actions: 'vergeetAanbieding' },
                // No answer within the reply term: the offer lapses, the dwelling goes to the next candidate.
                REACTIETERMIJN_VERSTREKEN: { target: 'zoeken', actions: 'vergeetAanbieding' },
              },
            },
            geaccepteerd: {
              on: {
                PLAATSING_REGISTREREN: [
                  { target: '#zaak.intermediaireVerhuur', guard: 'intermediairePlaatsing', actions: 'legPlaatsingVast' },
                  { target: '#zaak.geplaatst', actions: 'legPlaatsingVast' },
                ],
                AANBIEDING_INTREKKEN: { target: 'zoeken', actions: 'vergeetAanbieding' },
              },
            },
          },
        },
        zelfZoeken: {
          initial: 'zoekend',
          states: {
            zoekend: {
              on: {
                PLAATSING_REGISTREREN: [
                  { target: '#zaak.intermediaireVerhuur', guard: 'intermediairePlaatsing', actions: 'legPlaatsingVast' },
                  { target: '#zaak.geplaatst', actions: 'legPlaatsingVast' },
                ],
                URGENTIEVERKLARING_VERLOPEN: { target: 'verlopen' },
                VERLENGING_AANVRAGEN: { target: 'verlengingAangevraagd', guard: 'nogNietVerlengd' },
              },
            },
            // Expired: an extension can still be asked for, up to two weeks after expiry (a durable job ends that window).
            verlopen: {
              on: {
                VERLENGING_AANVRAGEN: { target: 'verlengingAangevraagd', guard: 'nogNietVerlengd' },
                VERLENGINGSTERMIJN_VERSTREKEN: { target: '#zaak.urgentieVervallen' },
              },
            },
            verlengingAangevraagd: {
              on: {
                VERLENGING_TOEKENNEN: { target: 'zoekend', actions: 'markeerVerlengd' },
                VERLENGING_AFWIJZEN: { target: '#zaak.urgentieVervallen' },
                // Asked before expiry: the statement still lapses on its date while the request is decided.
                URGENTIEVERKLARING_VERLOPEN: { actions: 'vastgelegd' },
              },
            },
          },
        },
      },
    },
    intermediaireVerhuur: {
      // The care provider rents the dwelling; the case stays open with periodic woonevaluaties.
      tags: ['geplaatst'],
      on: {
        WOONEVALUATIE_VASTLEGGEN: { guard: 'geenWoonevaluatieOpen', actions: 'openWoonevaluatie' },
        WOONEVALUATIE_AFTEKENEN: { guard: 'woonevaluatieOpen', actions: 'tekenWoonevaluatieAf' },
        WOONEVALUATIE_HERINNERING: { actions: 'vastgelegd' },
        OMKLAP_REGISTREREN: { target: 'geplaatst', guard: 'evaluatiesAfgerond' },
        INTERMEDIAIRE_VERHUUR_BEEINDIGEN: { target: 'plaatsingBeeindigd' },
      },
    },
    geplaatst: { type: 'final', tags: ['afgerond', 'geplaatst'] },
    urgentieVervallen: { type: 'final', tags: ['beeindigd'] },
    plaatsingBeeindigd: { type: 'final', tags: ['beeindigd', 'geplaatst'] },
    afgewezen: {
      tags: ['beeindigd'],
      on: { BEZWAAR_INDIENEN: { target: 'bezwaar' } },
    },
    bezwaar: {
      // Heroverweging (Awb 7:10) has its own clock, kept as data by the api.
      tags: ['bezwaarLoopt'],
      on: {
        BEZWAAR_GEGROND: { target: '#zaak.besluitvorming', actions: 'heropen' },
        BEZWAAR_ONGEGROND: { target: 'definitiefAfgewezen' },
        BEZWAAR_NIET_ONTVANKELIJK: { target: 'definitiefAfgewezen' },
      },
    },
    definitiefAfgewezen: { type: 'final', tags: ['beeindigd'] },
    ingetrokken: { type: 'final', tags: ['beeindigd'] },
    buitenBehandeling: { type: 'final', tags: ['beeindigd'] },
  },
});

export type ZaakMachine = typeof zaakMachine;
