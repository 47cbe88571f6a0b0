// The case histories the bulk seed copies: for each end state ("blad"), gemeente, channel and
// weighing outcome, the events the api would have stored, played through the real workflow
// machine (libs/workflow, bundled with esbuild) so every transition row and the final
// snapshot are exactly what applyZaakEvent produces. The SQL seed (seed-miljoen.mjs) copies
// these templates a million times and only fills in per-case dates, people and ids.

import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The nine gemeenten of the region with the gemeente a weighing may move a case to ("verschoven"). */
export const GEMEENTEN = [
  { cbs: '0518', naam: 'Den Haag', buur: '0603' },
  { cbs: '0503', naam: 'Delft', buur: '1842' },
  { cbs: '0637', naam: 'Zoetermeer', buur: '0518' },
  { cbs: '1916', naam: 'Leidschendam-Voorburg', buur: '0518' },
  { cbs: '0603', naam: 'Rijswijk', buur: '0518' },
  { cbs: '1783', naam: 'Westland', buur: '0503' },
  { cbs: '1926', naam: 'Pijnacker-Nootdorp', buur: '0503' },
  { cbs: '1842', naam: 'Midden-Delfland', buur: '0503' },
  { cbs: '0629', naam: 'Wassenaar', buur: '0518' },
];
const NAAM = Object.fromEntries(GEMEENTEN.map((g) => [g.cbs, g.naam]));

/**
 * How a case reached the committee: a zorginstelling's uitstroomverzoek (with an admission,
 * so the herkomst rule proposes the gemeente), a gemeente's intake (no admission: the
 * committee motivates the herkomst) or a medical urgency (intake plus the medical adviser).
 */
export const KANALEN = ['instelling', 'gemeente', 'med'];

/** End states. `fase` says which part of the history the seed places in time (see seed-miljoen.mjs). */
export const BLADEN = {
  concept: { fase: 'actief' },
  ontvankelijkheid: { fase: 'actief' },
  aanvullen: { fase: 'actief' },
  toetsing: { fase: 'actief' },
  weging: { fase: 'actief' },
  beraad: { fase: 'actief' },
  voorgesteld: { fase: 'actief' },
  zoekend: { fase: 'actief' },
  aanbieding: { fase: 'actief' },
  bezwaar: { fase: 'actief' },
  bemiddelingZoeken: { fase: 'wachtend' },
  geplaatstZelf: { fase: 'afgerond' },
  geplaatstBemiddeling: { fase: 'afgerond' },
  afgewezen: { fase: 'afgerond' },
  definitiefAfgewezen: { fase: 'afgerond' },
  ingetrokken: { fase: 'afgerond' },
  buitenBehandeling: { fase: 'afgerond' },
  urgentieVervallen: { fase: 'afgerond' },
};

/** Leaves a medical urgency does not reach in the seed (a refusal after medical advice first needs a zienswijze). */
const NIET_VOOR_MED = new Set(['afgewezen', 'definitiefAfgewezen', 'bezwaar']);

const bevinding = (tekst, oordeel = 'voor') => ({ bevinding: tekst, oordeel });

function weging(herkomst, doel) {
  const kandidaat = (cbs, bron, voor) => ({
    gemeenteCbs: cbs,
    bron,
    criteria: {
      perspectief: bevinding(voor ? `Wil een nieuwe start maken in ${NAAM[cbs]}.` : `Ziet weinig perspectief in ${NAAM[cbs]}.`, voor ? 'voor' : 'tegen'),
      netwerk: bevinding(voor ? `Familie en vrienden wonen in ${NAAM[cbs]}.` : `Oud netwerk in ${NAAM[cbs]} is belastend.`, voor ? 'voor' : 'tegen'),
      werkDagbesteding: bevinding(`Dagbesteding bereikbaar vanuit ${NAAM[cbs]}.`, voor ? 'voor' : 'neutraal'),
      ondersteuning: bevinding(`Ambulante begeleiding beschikbaar in ${NAAM[cbs]}.`),
      justitieel: bevinding('Geen maatregelen of gebiedsverboden.', 'neutraal'),
    },
  });
  const kandidaten = doel === herkomst ? [kandidaat(herkomst, 'herkomst', true)] : [kandidaat(herkomst, 'herkomst', false), kandidaat(doel, 'commissie', true)];
  const motivering = doel === herkomst
    ? `Netwerk, dagbesteding en begeleiding liggen in ${NAAM[herkomst]}.`
    : `Een nieuwe start in ${NAAM[doel]} is kansrijker: het oude netwerk in ${NAAM[herkomst]} is belastend.`;
  return { kandidaten, motivering };
}

/**
 * The events of one history as the api stores them after enrichment (verrijk.ts: vierOgen,
 * medischAdviesNodig, actorId, zienswijzeNodig), each with who sends it and the typical
 * days since the previous event. `vast`: a term that does not stretch with the case's pace
 * (the validity of an urgentieverklaring). `datum`: payload fields the seed sets to the event's date.
 */
function stappen(blad, { g, kanaal, doel, ids }) {
  const vierOgen = g !== '1842'; // Midden-Delfland decides without four eyes (demo policy)
  const e = (type, payload, actor, dagen, extra = {}) => ({ type, payload, actor, dagen, ...extra });
  const indienen = e('INDIENEN', {}, 'indiener', 3);
  const ontvankelijk = e('ONTVANKELIJK_VERKLAREN', { vierOgen, medischAdviesNodig: kanaal === 'med' }, 'commissieA', 7);
  const advies = e('MEDISCH_ADVIES_UITBRENGEN', { urgentOpMedischeGronden: true, woonvereisten: ['gelijkvloers', 'lift'], details: 'vertrouwelijk' }, 'arts', 14);
  const herkomst = e('HERKOMST_VASTSTELLEN', kanaal === 'instelling'
    ? { gemeenteCbs: g }
    : { gemeenteCbs: g, motivering: `Aanvrager woont al jaren in ${NAAM[g]}; er is geen opname, dus de commissie stelt de herkomst vast.` }, 'commissieA', 10);
  const w = weging(g, doel);
  const wegen = e('WEGING_VASTLEGGEN', { gemeenteCbs: doel, motivering: w.motivering, kandidaten: w.kandidaten }, 'commissieA', 14);
  const zoekprofiel = { gemeenten: [doel], woningtypen: [], maxHuur: null };
  const voorstelZelf = e('BESLUIT_VOORSTELLEN', {
    uitkomst: 'toekennen', route: 'zelfZoeken', geldigheidMaanden: 3, zoekprofiel,
    motivering: 'Voldoet aan de criteria; de aanvrager kan met een urgentieverklaring zelf zoeken.', actorId: ids.commissieA, zienswijzeNodig: false,
  }, 'commissieA', 10);
  const voorstelBemiddeling = e('BESLUIT_VOORSTELLEN', {
    uitkomst: 'toekennen', route: 'bemiddeling', motivering: 'Voldoet aan de criteria; begeleiding bij de woonstart is nodig, dus directe bemiddeling.',
    actorId: ids.commissieA, zienswijzeNodig: false,
  }, 'commissieA', 10);
  const voorstelAfwijzen = e('BESLUIT_VOORSTELLEN', {
    uitkomst: 'afwijzen', gronden: ['GEEN_URGENT_PROBLEEM'], motivering: 'Er is geen urgent huisvestingsprobleem: de aanvrager kan in de huidige woonruimte blijven.',
    actorId: ids.commissieA, zienswijzeNodig: false,
  }, 'commissieA', 10);
  const goedkeuren = e('BESLUIT_GOEDKEUREN', { actorId: ids.commissieB }, 'commissieB', 4);
  const totBeraad = [indienen, ontvankelijk, ...(kanaal === 'med' ? [advies] : []), herkomst, wegen];
  const zelf = [...totBeraad, voorstelZelf, goedkeuren];
  const bemiddeling = [...totBeraad, voorstelBemiddeling, goedkeuren];
  const afgewezen = [...totBeraad, voorstelAfwijzen, goedkeuren];
  const afspraak = 'Wekelijks huisbezoek door de ambulant begeleider van de zorginstelling.';
  const aanbieden = e('WONING_AANBIEDEN', { woningId: '00000000-0000-0000-0000-000000000000' }, 'corporatie', 120, { woning: true });
  const aanvullingVragen = e('AANVULLING_VRAGEN', { toelichting: 'Inkomensverklaring en huurachterstandsverklaring ontbreken.', termijnDagen: 14 }, 'commissieA', 10);
  const bezwaarIndienen = e('BEZWAAR_INDIENEN', { ontvangenOp: '', gronden: 'De commissie heeft de situatie van de aanvrager onvoldoende meegewogen.' }, 'commissieA', 30, { datum: ['ontvangenOp'] });
  switch (blad) {
    case 'concept': return [];
    case 'ontvankelijkheid': return [indienen];
    case 'aanvullen': return [indienen, aanvullingVragen];
    case 'toetsing': return [indienen, ontvankelijk];
    case 'weging': return [indienen, ontvankelijk, ...(kanaal === 'med' ? [advies] : []), herkomst];
    case 'beraad': return totBeraad;
    case 'voorgesteld': return [...totBeraad, voorstelZelf];
    case 'zoekend': return zelf;
    case 'geplaatstZelf':
      return [...zelf, e('PLAATSING_REGISTREREN', {
        ingangsdatum: '', vorm: 'huur', begeleidingAkkoord: true, begeleidingsafspraak: afspraak, gemeenteCbs: doel, adres: 'Zelf gevonden woning', huurprijs: 712.5,
      }, 'commissieA', 60, { datum: ['ingangsdatum'] })];
    case 'urgentieVervallen':
      return [...zelf, e('URGENTIEVERKLARING_VERLOPEN', {}, 'systeem', 93, { vast: true }), e('VERLENGINGSTERMIJN_VERSTREKEN', {}, 'systeem', 15, { vast: true })];
    case 'bemiddelingZoeken': return bemiddeling;
    case 'aanbieding': return [...bemiddeling, aanbieden];
    case 'geplaatstBemiddeling':
      return [...bemiddeling, aanbieden, e('AANBIEDING_ACCEPTEREN', {}, 'corporatie', 5),
        e('PLAATSING_REGISTREREN', { ingangsdatum: '', vorm: 'huur', begeleidingAkkoord: true, begeleidingsafspraak: afspraak }, 'corporatie', 20, { datum: ['ingangsdatum'] })];
    case 'afgewezen': return afgewezen;
    case 'bezwaar': return [...afgewezen, bezwaarIndienen];
    case 'definitiefAfgewezen': return [...afgewezen, bezwaarIndienen, e('BEZWAAR_ONGEGROND', { motivering: 'Het besluit blijft in stand: er is geen urgent huisvestingsprobleem.' }, 'commissieA', 60)];
    case 'ingetrokken': return [indienen, e('INTREKKEN', { reden: 'Aanvrager heeft zelf woonruimte gevonden.' }, 'indiener', 20)];
    case 'buitenBehandeling':
      return [indienen, aanvullingVragen, e('HERSTELTERMIJN_VERSTREKEN', {}, 'systeem', 15, { vast: true }),
        e('BUITEN_BEHANDELING_STELLEN', { motivering: 'De hersteltermijn is verstreken zonder aanvulling.' }, 'commissieA', 3)];
    default: throw new Error(`Onbekend blad ${blad}`);
  }
}

/** The reden column of a transition, as the command path derives it. */
function redenVan(p) {
  return p.motivering ?? p.reden ?? p.toelichting ?? p.opmerking ?? p.inhoud ?? p.gronden ?? p.vraag ?? null;
}

/** Bundles the workflow library (TypeScript) into a temporary module and imports it. */
export async function laadWorkflow(root) {
  const dir = mkdtempSync(join(os.tmpdir(), 'woonstart-seed-'));
  try {
    const outfile = join(dir, 'workflow.mjs');
    const r = await build({
      // Everything the library exports; what an older tree lacks (e.g. afgeslotenSleutels) is simply undefined.
      stdin: { contents: "export * from './libs/workflow/src/index.ts';", resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error',
    });
    writeFileSync(outfile, r.outputFiles[0].text);
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Plays `events` (as built by stappen) from a new case through the machine; throws when the
 * machine refuses one, so a change in the workflow shows here instead of as wrong data.
 */
export function speel(wf, events, sleutel = '') {
  const start = wf.initialZaak();
  let snapshot = start.snapshot;
  let state = start.state;
  let status = start.status;
  const rijen = [];
  for (const ev of events) {
    const overgang = wf.applyZaakEvent(start.version, snapshot, { type: ev.type, ...ev.payload });
    if (!overgang) throw new Error(`seed: de machine weigert ${ev.type} in ${state} (${sleutel})`);
    const payload = { ...ev.payload };
    for (const veld of wf.ZAAK_EVENT_META[ev.type].vertrouwelijk ?? []) delete payload[veld];
    rijen.push({ event: ev.type, payload, van: overgang.van, naar: overgang.naar, reden: redenVan(payload), actor: ev.actor });
    snapshot = overgang.snapshot;
    state = overgang.naar;
    status = overgang.status;
  }
  return { version: start.version, initial: start, rijen, snapshot, state, status };
}

/**
 * All templates: one per (blad, gemeente, kanaal, verschoven). `ids` are the user ids the
 * machine sees on four-eyes events (commissieA proposes, commissieB approves).
 */
export function maakSjablonen(wf, ids) {
  const sjablonen = [];
  for (const [blad, info] of Object.entries(BLADEN)) {
    for (const gem of GEMEENTEN) {
      for (const kanaal of KANALEN) {
        if (kanaal === 'med' && NIET_VOOR_MED.has(blad)) continue;
        for (const verschoven of [false, true]) {
          const doel = verschoven ? gem.buur : gem.cbs;
          const sleutel = `${blad}|${gem.cbs}|${kanaal}|${verschoven ? 'v' : 'h'}`;
          const events = stappen(blad, { g: gem.cbs, kanaal, doel, ids });
          const gespeeld = speel(wf, events, sleutel);
          let geschaald = 0;
          let vast = 0;
          const rijen = gespeeld.rijen.map((r, i) => {
            const ev = events[i];
            if (ev.vast) vast += ev.dagen;
            else geschaald += ev.dagen;
            return { ...r, stap: i + 1, dagGeschaald: geschaald, dagVast: vast, datum: ev.datum ?? [], woning: !!ev.woning };
          });
          const wegen = events.find((ev) => ev.type === 'WEGING_VASTLEGGEN');
          const voorstel = events.find((ev) => ev.type === 'BESLUIT_VOORSTELLEN');
          sjablonen.push({
            sleutel, blad, fase: info.fase, gemeente: gem.cbs, kanaal, verschoven, doel,
            machineVersion: gespeeld.version, initialState: gespeeld.initial.state,
            state: gespeeld.state, status: gespeeld.status, snapshot: gespeeld.snapshot,
            herkomst: gespeeld.snapshot.context.herkomstgemeenteCbs ?? null,
            woonstart: gespeeld.snapshot.context.woonstartgemeenteCbs ?? null,
            route: gespeeld.snapshot.context.route ?? null,
            weging: wegen ? { kandidaten: wegen.payload.kandidaten.map((k) => ({ ...k, gemeenteNaam: NAAM[k.gemeenteCbs] })), wensClient: null, doelgemeenteCbs: doel, motivering: wegen.payload.motivering } : null,
            // What the retention job (db/src/retentie) leaves of the weighing: candidates and verdicts, no text.
            wegingAnoniem: wegen ? {
              kandidaten: wegen.payload.kandidaten.map((k) => ({
                ...k, gemeenteNaam: NAAM[k.gemeenteCbs],
                criteria: Object.fromEntries(Object.entries(k.criteria).map(([naam, c]) => [naam, { ...c, bevinding: '' }])),
              })),
              wensClient: null, doelgemeenteCbs: doel, motivering: null,
            } : null,
            besluit: voorstel ? { ...voorstel.payload } : null,
            rijen,
          });
        }
      }
    }
  }
  return sjablonen;
}
