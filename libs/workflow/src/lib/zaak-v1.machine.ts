import { assign, setup } from 'xstate';
import type { ZaakContextV1, ZaakEvent } from './zaak-events.model';

/**
 * Version 1 of the case machine (the spine), kept unchanged so that cases
 * started on it finish on it. New cases start on the current version
 * (zaak.machine.ts). Do not edit: add a new version instead.
 */
export const ZAAK_MACHINE_V1_VERSION = 1;

export const INITIAL_ZAAK_CONTEXT_V1: ZaakContextV1 = {
  herkomstgemeenteCbs: null,
  woonstartgemeenteCbs: null,
  route: null,
  aangebodenWoningId: null,
  geplaatstOp: null,
  aantalWeigeringen: 0,
};

const intrekken = { INTREKKEN: { target: '#zaak.ingetrokken' } } as const;

export const zaakMachineV1 = setup({
  types: {
    context: {} as ZaakContextV1,
    events: {} as ZaakEvent,
  },
  guards: {
    heeftHerkomst: ({ context }) => context.herkomstgemeenteCbs !== null,
    heeftWoonstartgemeente: ({ context }) => context.woonstartgemeenteCbs !== null,
    heeftAanbieding: ({ context }) => context.aangebodenWoningId !== null,
  },
  actions: {
    legHerkomstVast: assign({
      herkomstgemeenteCbs: ({ event }) => (event.type === 'HERKOMST_VASTSTELLEN' ? event.gemeenteCbs : null),
    }),
    legWoonstartVast: assign({
      woonstartgemeenteCbs: ({ event }) => (event.type === 'WEGING_VASTLEGGEN' ? event.gemeenteCbs : null),
    }),
    kiesBemiddeling: assign({ route: 'bemiddeling' as const }),
    kiesZelfZoeken: assign({ route: 'zelfZoeken' as const }),
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
  version: String(ZAAK_MACHINE_V1_VERSION),
  context: INITIAL_ZAAK_CONTEXT_V1,
  initial: 'concept',
  states: {
    concept: {
      // Editing keeps the state; it goes through the command path so every version of the data is logged.
      on: { GEGEVENS_WIJZIGEN: { target: 'concept' }, INDIENEN: { target: 'ingediend' }, ...intrekken },
    },
    ingediend: {
      tags: ['beslistermijnLoopt'],
      initial: 'ontvankelijkheid',
      on: intrekken,
      states: {
        ontvankelijkheid: {
          on: {
            ONTVANKELIJK_VERKLAREN: { target: '#zaak.toetsingHerkomst' },
            AANVULLING_VRAGEN: { target: 'aanvullen' },
          },
        },
        aanvullen: {
          on: {
            GEGEVENS_WIJZIGEN: { target: 'aanvullen' },
            AANVULLING_INDIENEN: { target: 'ontvankelijkheid' },
            BUITEN_BEHANDELING_STELLEN: { target: '#zaak.buitenBehandeling' },
          },
        },
      },
    },
    toetsingHerkomst: {
      tags: ['beslistermijnLoopt'],
      on: { HERKOMST_VASTSTELLEN: { target: 'wegingWoonstart', actions: 'legHerkomstVast' }, ...intrekken },
    },
    wegingWoonstart: {
      tags: ['beslistermijnLoopt'],
      on: {
        WEGING_VASTLEGGEN: { target: 'besluitvorming', guard: 'heeftHerkomst', actions: 'legWoonstartVast' },
        ...intrekken,
      },
    },
    besluitvorming: {
      tags: ['beslistermijnLoopt'],
      on: {
        TOEKENNEN_BEMIDDELING: { target: 'toegekend.bemiddeling', guard: 'heeftWoonstartgemeente', actions: 'kiesBemiddeling' },
        TOEKENNEN_ZELF_ZOEKEN: { target: 'toegekend.zelfZoeken', guard: 'heeftWoonstartgemeente', actions: 'kiesZelfZoeken' },
        AFWIJZEN: { target: 'afgewezen' },
        ...intrekken,
      },
    },
    toegekend: {
      // Always entered through one of the two routes; the initial is only a formality.
      initial: 'bemiddeling',
      on: intrekken,
      states: {
        bemiddeling: {
          initial: 'zoeken',
          states: {
            zoeken: {
              on: { WONING_AANBIEDEN: { target: 'aanbieding', actions: 'legAanbiedingVast' } },
            },
            aanbieding: {
              on: {
                AANBIEDING_ACCEPTEREN: { target: 'geaccepteerd', guard: 'heeftAanbieding' },
                AANBIEDING_WEIGEREN: { target: 'zoeken', actions: 'verwerkWeigering' },
              },
            },
            geaccepteerd: {
              on: { PLAATSING_REGISTREREN: { target: '#zaak.geplaatst', actions: 'legPlaatsingVast' } },
            },
          },
        },
        zelfZoeken: {
          on: { PLAATSING_REGISTREREN: { target: '#zaak.geplaatst', actions: 'legPlaatsingVast' } },
        },
      },
    },
    geplaatst: { type: 'final', tags: ['afgerond'] },
    afgewezen: { type: 'final', tags: ['beeindigd'] },
    ingetrokken: { type: 'final', tags: ['beeindigd'] },
    buitenBehandeling: { type: 'final', tags: ['beeindigd'] },
  },
});

export type ZaakMachineV1 = typeof zaakMachineV1;
