import { addDays, isIsoDate } from '../datum.util';
import { WoonstartFout } from '../woonstart-fout.error';
import {
  BESLISTERMIJN_WEKEN_MAX,
  BESLISTERMIJN_WEKEN_MIN,
  BESLISTERMIJN_WEKEN_STANDAARD,
  VERDAGING_WEKEN_MAX_STANDAARD,
  type AwbBeslistermijn,
  type AwbBeslistermijnInvoer,
  type BeslistermijnStatus,
  type Opschorting,
  type Verdaging,
} from './beslistermijn.model';
import { dagenTekst, formatDatumNl, formatPeriodeNl, wekenTekst } from './datum-nl.util';
import { dagenTussen, plusWeken, vroegste } from './kalender.util';
import type { TermijnRegel } from './termijn.model';
import { verschuifNaarWerkdag, verschuivingsregel } from './termijn.rule';

/**
 * The Awb decision clock (4:13, 4:14, 4:15 and the Algemene termijnenwet).
 *
 * Order of the calculation, as the law builds it: the raw term from receipt,
 * then every suspension and the one verdaging in the order they happened, and
 * only the final day is moved to a working day. Whether a request or a
 * verdaging came in time is judged against the deadline as it stood that day
 * (including its own weekend shift, because the term legally ran that long).
 */
export function berekenBeslistermijn(invoer: AwbBeslistermijnInvoer): AwbBeslistermijn {
  const weken = invoer.termijnWeken ?? BESLISTERMIJN_WEKEN_STANDAARD;
  const opschortingen = invoer.opschortingen ?? [];
  const verdaging = invoer.verdaging ?? null;
  const extra = invoer.extraVrijeDagen ?? [];
  const maxVerdagingWeken = invoer.maxVerdagingWeken ?? VERDAGING_WEKEN_MAX_STANDAARD;

  const fouten = controleerInvoer(invoer, weken, opschortingen, verdaging, maxVerdagingWeken);
  if (fouten.length > 0) throw new WoonstartFout('ongeldig', fouten.join(' '), { fouten });

  const oorspronkelijk = plusWeken(invoer.ontvangenOp, weken);
  const ledger: TermijnRegel[] = [
    { datum: invoer.ontvangenOp, omschrijving: `ontvangen ${formatDatumNl(invoer.ontvangenOp, 'datum')}` },
    { datum: oorspronkelijk, omschrijving: `+${wekenTekst(weken)} beslistermijn (Awb 4:13) → ${formatDatumNl(oorspronkelijk, 'datum')}` },
  ];
  const meldingen: string[] = [];

  type Gebeurtenis = { readonly op: string; readonly soort: 'verdaging'; readonly verdaging: Verdaging } | { readonly op: string; readonly soort: 'opschorting'; readonly blok: Opschortingsblok };
  const gebeurtenissen: Gebeurtenis[] = [
    ...voegOpschortingenSamen(opschortingen, invoer.peildatum).map((blok): Gebeurtenis => ({ op: blok.van, soort: 'opschorting', blok })),
    ...(verdaging ? [{ op: verdaging.op, soort: 'verdaging', verdaging } as const] : []),
  ].sort((a, b) => a.op.localeCompare(b.op) || (a.soort === 'verdaging' ? -1 : 1));

  let einde = oorspronkelijk;
  let dagenOpgeschort = 0;
  let opgeschort = false;
  let verdaagd = false;
  for (const g of gebeurtenissen) {
    const lopendTot = verschuifNaarWerkdag(einde, extra).datum;
    if (g.soort === 'opschorting') {
      const blok = g.blok;
      if (blok.van >= lopendTot) {
        const melding = `${blok.delen.length > 1 ? 'verzoeken' : 'verzoek'} om aanvulling van ${formatDatumNl(blok.van, 'datum')} ${blok.delen.length > 1 ? 'schorten' : 'schort'} niet op: gedaan op of na de laatste dag van de beslistermijn (${formatDatumNl(lopendTot)}, Awb 4:15)`;
        meldingen.push(melding);
        ledger.push({ datum: blok.van, omschrijving: melding });
        continue;
      }
      const dagen = dagenTussen(blok.van, blok.tot);
      einde = addDays(einde, dagen);
      dagenOpgeschort += dagen;
      opgeschort = opgeschort || blok.open;
      ledger.push({ datum: blok.van, omschrijving: `+${dagenTekst(dagen)} opgeschort (${beschrijfBlok(blok)}, Awb 4:15) → ${formatDatumNl(einde, 'datum')}` });
    } else {
      const v = g.verdaging;
      if (v.op > lopendTot) {
        const melding = `verdaging van ${formatDatumNl(v.op, 'datum')} telt niet: meegedeeld na afloop van de beslistermijn (${formatDatumNl(lopendTot)}, Awb 4:14)`;
        meldingen.push(melding);
        ledger.push({ datum: v.op, omschrijving: melding });
        continue;
      }
      einde = plusWeken(einde, v.weken);
      verdaagd = true;
      ledger.push({ datum: v.op, omschrijving: `+${wekenTekst(v.weken)} verdaagd op ${formatDatumNl(v.op, 'datum')} (Awb 4:14): ${v.reden.trim()} → ${formatDatumNl(einde, 'datum')}` });
    }
  }

  const verschuiving = verschuifNaarWerkdag(einde, extra);
  if (verschuiving.verschoven) ledger.push({ datum: verschuiving.datum, omschrijving: verschuivingsregel(verschuiving, extra) });
  const uiterlijk = verschuiving.datum;
  ledger.push({
    datum: uiterlijk,
    omschrijving: `uiterlijk beslissen op ${formatDatumNl(uiterlijk)}${opgeschort ? ' (voorlopig: de opschorting loopt nog)' : ''}`,
  });

  const resterend = dagenTussen(invoer.peildatum, uiterlijk);
  const status: BeslistermijnStatus = opgeschort ? 'opgeschort' : resterend < 0 ? 'verlopen' : 'loopt';
  return {
    uiterlijk,
    oorspronkelijk,
    dagenOpgeschort,
    verdaagd,
    status,
    dagenResterend: Math.max(0, resterend),
    dagenOverschreden: Math.max(0, -resterend),
    meldingen,
    ledger,
  };
}

/**
 * Dutch messages for a suspension that cannot be (empty when it can). With
 * `ontvangenOp` and `peildatum` it also checks the request against the case.
 */
export function valideerOpschorting(o: Opschorting, context: { readonly ontvangenOp?: string; readonly peildatum?: string } = {}): string[] {
  const fouten: string[] = [];
  const datumsGeldig = [
    controleerDatum(o.verzoekOp, 'De datum van het verzoek om aanvulling', fouten),
    controleerDatum(o.hersteltermijnTot, 'Het einde van de hersteltermijn', fouten),
    o.aangevuldOp === null || controleerDatum(o.aangevuldOp, 'De datum van de aanvulling', fouten),
  ].every(Boolean);
  if (!datumsGeldig) return fouten;
  if (o.hersteltermijnTot <= o.verzoekOp) {
    fouten.push(`De hersteltermijn (tot ${formatDatumNl(o.hersteltermijnTot, 'datum')}) moet na het verzoek om aanvulling (${formatDatumNl(o.verzoekOp, 'datum')}) eindigen.`);
  }
  if (o.aangevuldOp !== null && o.aangevuldOp < o.verzoekOp) {
    fouten.push(`De aanvulling (${formatDatumNl(o.aangevuldOp, 'datum')}) kan niet vóór het verzoek om aanvulling (${formatDatumNl(o.verzoekOp, 'datum')}) zijn ontvangen.`);
  }
  if (context.ontvangenOp && isIsoDate(context.ontvangenOp) && o.verzoekOp < context.ontvangenOp) {
    fouten.push(`Het verzoek om aanvulling (${formatDatumNl(o.verzoekOp, 'datum')}) ligt vóór de ontvangst van de aanvraag (${formatDatumNl(context.ontvangenOp, 'datum')}).`);
  }
  if (context.peildatum && isIsoDate(context.peildatum)) {
    if (o.verzoekOp > context.peildatum) {
      fouten.push(`Het verzoek om aanvulling (${formatDatumNl(o.verzoekOp, 'datum')}) ligt na de peildatum (${formatDatumNl(context.peildatum, 'datum')}).`);
    }
    if (o.aangevuldOp !== null && o.aangevuldOp > context.peildatum) {
      fouten.push(`De aanvulling (${formatDatumNl(o.aangevuldOp, 'datum')}) ligt na de peildatum (${formatDatumNl(context.peildatum, 'datum')}).`);
    }
  }
  return fouten;
}

/**
 * Dutch messages for a verdaging that cannot be (empty when it can): Awb 4:14
 * allows one, announced before the term ends (`uiterlijk` = the deadline as it
 * stands without this verdaging), with a reason and a reasonable term.
 */
export function valideerVerdaging(
  v: Verdaging,
  context: { readonly uiterlijk?: string; readonly ontvangenOp?: string; readonly eerdereVerdaging?: Verdaging | null; readonly maxWeken?: number } = {},
): string[] {
  const fouten: string[] = [];
  const maxWeken = context.maxWeken ?? VERDAGING_WEKEN_MAX_STANDAARD;
  if (context.eerdereVerdaging) {
    fouten.push(
      `De beslistermijn is al verdaagd op ${formatDatumNl(context.eerdereVerdaging.op, 'datum')}; verdagen kan maar één keer (Awb 4:14).`,
    );
  }
  if (!Number.isInteger(v.weken) || v.weken < 1 || v.weken > maxWeken) {
    fouten.push(`Een verdaging is 1 tot en met ${maxWeken} weken, niet ${v.weken}.`);
  }
  if (v.reden.trim() === '') fouten.push('Geef de reden van de verdaging; die staat in de mededeling aan de aanvrager (Awb 4:14).');
  if (!controleerDatum(v.op, 'De datum van de verdaging', fouten)) return fouten;
  if (context.ontvangenOp && isIsoDate(context.ontvangenOp) && v.op < context.ontvangenOp) {
    fouten.push(`De verdaging (${formatDatumNl(v.op, 'datum')}) ligt vóór de ontvangst van de aanvraag (${formatDatumNl(context.ontvangenOp, 'datum')}).`);
  }
  if (context.uiterlijk && isIsoDate(context.uiterlijk) && v.op > context.uiterlijk) {
    fouten.push(
      `De verdaging (${formatDatumNl(v.op, 'datum')}) komt te laat: die moet uiterlijk op de laatste dag van de beslistermijn (${formatDatumNl(context.uiterlijk)}) worden meegedeeld (Awb 4:14).`,
    );
  }
  return fouten;
}

interface Opschortingsblok {
  /** Day of the (first) request; the clock stops from the next day. */
  readonly van: string;
  /** Last suspended day. */
  readonly tot: string;
  readonly open: boolean;
  readonly delen: readonly { readonly opschorting: Opschorting; readonly tot: string; readonly open: boolean }[];
}

/** Where one suspension ends: the answer, the end of the repair term, or (still open) today. */
function eindeVan(o: Opschorting, peildatum: string): { readonly tot: string; readonly open: boolean } {
  if (o.aangevuldOp !== null) return { tot: vroegste(o.aangevuldOp, o.hersteltermijnTot), open: false };
  if (o.hersteltermijnTot >= peildatum) return { tot: peildatum, open: true };
  return { tot: o.hersteltermijnTot, open: false };
}

/** Overlapping or touching suspensions become one block, so no day counts twice. */
function voegOpschortingenSamen(opschortingen: readonly Opschorting[], peildatum: string): Opschortingsblok[] {
  const delen = opschortingen
    .map((opschorting) => ({ opschorting, ...eindeVan(opschorting, peildatum) }))
    .sort((a, b) => a.opschorting.verzoekOp.localeCompare(b.opschorting.verzoekOp));
  const blokken: Opschortingsblok[] = [];
  for (const deel of delen) {
    const vorig = blokken[blokken.length - 1];
    if (vorig && deel.opschorting.verzoekOp <= vorig.tot) {
      blokken[blokken.length - 1] = {
        van: vorig.van,
        tot: deel.tot > vorig.tot ? deel.tot : vorig.tot,
        open: vorig.open || deel.open,
        delen: [...vorig.delen, deel],
      };
    } else {
      blokken.push({ van: deel.opschorting.verzoekOp, tot: deel.tot, open: deel.open, delen: [deel] });
    }
  }
  return blokken;
}

function beschrijfBlok(blok: Opschortingsblok): string {
  if (blok.delen.length > 1) {
    const open = blok.open ? `; nog niet aangevuld, geteld tot ${formatDatumNl(blok.tot, 'datum')}` : '';
    return `${blok.delen.length} verzoeken om aanvulling ${formatPeriodeNl(blok.van, blok.tot)}, overlap één keer geteld${open}`;
  }
  const { opschorting: o, tot, open } = blok.delen[0];
  const periode = formatPeriodeNl(o.verzoekOp, tot);
  if (open) {
    return `verzoek om aanvulling ${periode}, nog niet aangevuld, hersteltermijn tot ${formatDatumNl(o.hersteltermijnTot, 'datum')}; geteld tot ${formatDatumNl(tot, 'datum')}`;
  }
  if (o.aangevuldOp === null) return `verzoek om aanvulling ${periode}, niet aangevuld binnen de hersteltermijn`;
  if (o.aangevuldOp > o.hersteltermijnTot) {
    return `verzoek om aanvulling ${periode}, aangevuld na afloop van de hersteltermijn op ${formatDatumNl(o.aangevuldOp, 'datum')}`;
  }
  return `verzoek om aanvulling ${periode}`;
}

function controleerInvoer(
  invoer: AwbBeslistermijnInvoer,
  weken: number,
  opschortingen: readonly Opschorting[],
  verdaging: Verdaging | null,
  maxVerdagingWeken: number,
): string[] {
  const fouten: string[] = [];
  const ontvangenGeldig = controleerDatum(invoer.ontvangenOp, 'De ontvangstdatum', fouten);
  const peildatumGeldig = controleerDatum(invoer.peildatum, 'De peildatum', fouten);
  if (!Number.isInteger(weken) || weken < BESLISTERMIJN_WEKEN_MIN || weken > BESLISTERMIJN_WEKEN_MAX) {
    fouten.push(`Een beslistermijn is ${BESLISTERMIJN_WEKEN_MIN} tot en met ${BESLISTERMIJN_WEKEN_MAX} weken, niet ${weken}.`);
  }
  if (!ontvangenGeldig || !peildatumGeldig) return fouten;
  opschortingen.forEach((o, n) => {
    for (const fout of valideerOpschorting(o, { ontvangenOp: invoer.ontvangenOp, peildatum: invoer.peildatum })) {
      fouten.push(opschortingen.length > 1 ? `Opschorting ${n + 1}: ${fout}` : fout);
    }
  });
  // Lateness is not an input error: the clock reports a late verdaging as not counting.
  if (verdaging) {
    fouten.push(...valideerVerdaging(verdaging, { ontvangenOp: invoer.ontvangenOp, maxWeken: maxVerdagingWeken }));
    if (isIsoDate(verdaging.op) && verdaging.op > invoer.peildatum) {
      fouten.push(`De verdaging (${formatDatumNl(verdaging.op, 'datum')}) ligt na de peildatum (${formatDatumNl(invoer.peildatum, 'datum')}).`);
    }
  }
  return fouten;
}

function controleerDatum(waarde: string, veld: string, fouten: string[]): boolean {
  if (isIsoDate(waarde)) return true;
  fouten.push(`${veld} is geen geldige datum (verwacht jjjj-mm-dd): "${waarde}".`);
  return false;
}
