import { addDays, isIsoDate } from '../datum.util';
import { WoonstartFout } from '../woonstart-fout.error';
import { dagenTekst, formatDatumNl, wekenTekst } from './datum-nl.util';
import { dagenTussen, eisIsoDatum, laatste, plusWeken } from './kalender.util';
import type { ExtraVrijeDag, TermijnRegel } from './termijn.model';
import { verschuifNaarWerkdag, verschuivingsregel } from './termijn.rule';

/** Awb 6:7. */
export const BEZWAARTERMIJN_WEKEN = 6;
/** Awb 7:10 lid 1 and lid 3. */
export const BESLISTERMIJN_BEZWAAR_WEKEN = 6;
export const BESLISTERMIJN_BEZWAAR_ADVIESCOMMISSIE_WEKEN = 12;
export const VERDAGING_BEZWAAR_WEKEN = 6;

export interface Bezwaartermijn {
  readonly laatsteDag: string;
  readonly ledger: readonly TermijnRegel[];
}

export interface BezwaarTijdigheid {
  readonly tijdig: boolean;
  /** Calendar days after the last day of the term; 0 when in time. */
  readonly dagenTeLaat: number;
  readonly laatsteDag: string;
  readonly reden: string;
}

export interface BeslistermijnBezwaarInvoer {
  readonly ontvangenOp: string;
  /** An advisory committee as in Awb 7:13 hears the objection. */
  readonly adviescommissie: boolean;
  /** The one postponement of Awb 7:10 lid 3 was announced. */
  readonly verdaagd: boolean;
  /**
   * Day the contested decision was made known. Awb 7:10 counts from the end of
   * the objection term, not from receipt; without this date the term is counted
   * from receipt, which gives an earlier (safe) deadline.
   */
  readonly bekendgemaaktOp?: string;
  readonly extraVrijeDagen?: readonly ExtraVrijeDag[];
}

export interface BeslistermijnBezwaar {
  readonly uiterlijk: string;
  readonly ledger: readonly TermijnRegel[];
}

/**
 * Awb 6:7 and 6:8: six weeks, starting the day after the decision was made
 * known, so the last day carries the weekday of the bekendmaking; moved to the
 * next working day under the Algemene termijnenwet.
 */
export function berekenBezwaartermijn(bekendgemaaktOp: string, extra: readonly ExtraVrijeDag[] = []): Bezwaartermijn {
  eisIsoDatum(bekendgemaaktOp, 'De datum van bekendmaking');
  const einde = plusWeken(bekendgemaaktOp, BEZWAARTERMIJN_WEKEN);
  const verschuiving = verschuifNaarWerkdag(einde, extra);
  const ledger: TermijnRegel[] = [
    { datum: bekendgemaaktOp, omschrijving: `besluit bekendgemaakt ${formatDatumNl(bekendgemaaktOp, 'datum')}` },
    { datum: addDays(bekendgemaaktOp, 1), omschrijving: `bezwaartermijn begint ${formatDatumNl(addDays(bekendgemaaktOp, 1), 'datum')} (Awb 6:8)` },
    { datum: einde, omschrijving: `+${wekenTekst(BEZWAARTERMIJN_WEKEN)} bezwaartermijn (Awb 6:7) → ${formatDatumNl(einde, 'datum')}` },
  ];
  if (verschuiving.verschoven) ledger.push({ datum: verschuiving.datum, omschrijving: verschuivingsregel(verschuiving, extra) });
  ledger.push({ datum: verschuiving.datum, omschrijving: `bezwaar maken kan tot en met ${formatDatumNl(verschuiving.datum)}` });
  return { laatsteDag: verschuiving.datum, ledger };
}

/**
 * Was the objection received in time? Only the date of receipt is judged
 * (Awb 6:9 lid 1). A posted objection (6:9 lid 2) and an excusable delay
 * (6:11) are the handler's judgement; the reason says so when it is late.
 * An objection received before the bekendmaking is in time (Awb 6:10).
 */
export function isBezwaarTijdig(bekendgemaaktOp: string, ontvangenOp: string, extra: readonly ExtraVrijeDag[] = []): BezwaarTijdigheid {
  eisIsoDatum(ontvangenOp, 'De ontvangstdatum van het bezwaar');
  const { laatsteDag } = berekenBezwaartermijn(bekendgemaaktOp, extra);
  const ontvangen = formatDatumNl(ontvangenOp);
  const laatste = formatDatumNl(laatsteDag);
  if (ontvangenOp <= bekendgemaaktOp) {
    return {
      tijdig: true,
      dagenTeLaat: 0,
      laatsteDag,
      reden: `bezwaar ontvangen op ${ontvangen}, vóór of op de dag van bekendmaking (${formatDatumNl(bekendgemaaktOp, 'datum')}): tijdig (Awb 6:10)`,
    };
  }
  const teLaat = dagenTussen(laatsteDag, ontvangenOp);
  if (teLaat <= 0) {
    const wanneer = teLaat === 0 ? `op de laatste dag van de bezwaartermijn (${laatste})` : `binnen de bezwaartermijn, die loopt tot en met ${laatste}`;
    return { tijdig: true, dagenTeLaat: 0, laatsteDag, reden: `bezwaar ontvangen op ${ontvangen}, ${wanneer}: tijdig (Awb 6:7, 6:8)` };
  }
  return {
    tijdig: false,
    dagenTeLaat: teLaat,
    laatsteDag,
    reden: `bezwaar ontvangen op ${ontvangen}, ${dagenTekst(teLaat)} na de laatste dag van de bezwaartermijn (${laatste}): te laat (Awb 6:7, 6:9), tenzij de termijnoverschrijding verschoonbaar is (Awb 6:11)`,
  };
}

/**
 * Awb 7:10: six weeks to decide on the objection, twelve with an advisory
 * committee (7:13), once postponable by six weeks (lid 3). The term counts from
 * the end of the objection term, or from receipt when the objection came in
 * after that end. Only the final day moves to a working day.
 */
export function berekenBeslistermijnBezwaar(invoer: BeslistermijnBezwaarInvoer): BeslistermijnBezwaar {
  eisIsoDatum(invoer.ontvangenOp, 'De ontvangstdatum van het bezwaar');
  if (invoer.bekendgemaaktOp !== undefined && !isIsoDate(invoer.bekendgemaaktOp)) {
    throw new WoonstartFout('ongeldig', `De datum van bekendmaking is geen geldige datum (verwacht jjjj-mm-dd): "${invoer.bekendgemaaktOp}".`);
  }
  const extra = invoer.extraVrijeDagen ?? [];
  const ledger: TermijnRegel[] = [{ datum: invoer.ontvangenOp, omschrijving: `bezwaar ontvangen ${formatDatumNl(invoer.ontvangenOp, 'datum')}` }];

  let start = invoer.ontvangenOp;
  if (invoer.bekendgemaaktOp === undefined) {
    ledger.push({
      datum: start,
      omschrijving: 'gerekend vanaf de ontvangst: de datum van bekendmaking ontbreekt (Awb 7:10 rekent vanaf het einde van de bezwaartermijn; dit geeft een vroegere, veilige datum)',
    });
  } else {
    const bezwaartermijnEinde = berekenBezwaartermijn(invoer.bekendgemaaktOp, extra).laatsteDag;
    start = laatste(bezwaartermijnEinde, invoer.ontvangenOp);
    ledger.push({
      datum: start,
      omschrijving:
        start === bezwaartermijnEinde
          ? `gerekend vanaf het einde van de bezwaartermijn ${formatDatumNl(bezwaartermijnEinde, 'datum')} (Awb 7:10)`
          : `gerekend vanaf de ontvangst, want het bezwaar kwam na het einde van de bezwaartermijn ${formatDatumNl(bezwaartermijnEinde, 'datum')} (Awb 7:10)`,
    });
  }

  const weken = invoer.adviescommissie ? BESLISTERMIJN_BEZWAAR_ADVIESCOMMISSIE_WEKEN : BESLISTERMIJN_BEZWAAR_WEKEN;
  let einde = plusWeken(start, weken);
  ledger.push({
    datum: einde,
    omschrijving: `+${wekenTekst(weken)} beslistermijn bezwaar (Awb 7:10${invoer.adviescommissie ? ', adviescommissie' : ''}) → ${formatDatumNl(einde, 'datum')}`,
  });
  if (invoer.verdaagd) {
    einde = plusWeken(einde, VERDAGING_BEZWAAR_WEKEN);
    ledger.push({ datum: einde, omschrijving: `+${wekenTekst(VERDAGING_BEZWAAR_WEKEN)} verdaagd (Awb 7:10 lid 3) → ${formatDatumNl(einde, 'datum')}` });
  }
  const verschuiving = verschuifNaarWerkdag(einde, extra);
  if (verschuiving.verschoven) ledger.push({ datum: verschuiving.datum, omschrijving: verschuivingsregel(verschuiving, extra) });
  ledger.push({ datum: verschuiving.datum, omschrijving: `uiterlijk beslissen op bezwaar op ${formatDatumNl(verschuiving.datum)}` });
  return { uiterlijk: verschuiving.datum, ledger };
}
