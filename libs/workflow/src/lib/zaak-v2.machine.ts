import { and, assign, setup } from 'xstate';
import type { ZaakContextV2 as ZaakContext, ZaakEvent } from './zaak-events.model';

/**
 * Machine version 2, frozen: cases started on it keep running on it (zaak.runtime.ts
 * keeps every released version). Do not change its behaviour; add a new version.
 *
 * Version 2 adds the toetsing in depth: hersteltermijn (Awb 4:5/4:15), one
 * verdaging (4:14), medical advice, transfer to the herkomstgemeente, a decision
 * proposed by one member and approved by another (four eyes), a zienswijze before
 * a refusal on facts the applicant did not give (4:7), and bezwaar (6:7, 7:10).
 */
export const ZAAK_MACHINE_VERSION_V2 = 2;

export const INITIAL_ZAAK_CONTEXT_V2: ZaakContext = {
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

export const zaakMachineV2 = setup({
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
    }),
    legPlaatsingVast: assign({
      geplaatstOp: ({ event }) => (event.type === 'PLAATSING_REGISTREREN' ? event.ingangsdatum : null),
    }),
  },
}).createMachine({
  id: 'zaak',
  version: String(ZAAK_MACHINE_VERSION_V2),
  context: INITIAL_ZAAK_CONTEXT_V2,
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
      on: intrekken,
      states: {
        bemiddeling: {
          initial: 'zoeken',
          states: {
            zoeken: { on: { WONING_AANBIEDEN: { target: 'aanbieding', actions: 'legAanbiedingVast' } } },
            aanbieding: {
              on: {
                AANBIEDING_ACCEPTEREN: { target: 'geaccepteerd', guard: 'heeftAanbieding' },
                AANBIEDING_WEIGEREN: { target: 'zoeken', actions: 'verwerkWeigering' },
              },
            },
            geaccepteerd: { on: { PLAATSING_REGISTREREN: { target: '#zaak.geplaatst', actions: 'legPlaatsingVast' } } },
          },
        },
        zelfZoeken: { on: { PLAATSING_REGISTREREN: { target: '#zaak.geplaatst', actions: 'legPlaatsingVast' } } },
      },
    },
    geplaatst: { type: 'final', tags: ['afgerond'] },
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

export type ZaakMachineV2 = typeof zaakMachineV2;
