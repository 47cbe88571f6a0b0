import { addDays } from '../datum.util';
import { WoonstartFout } from '../woonstart-fout.error';
import { dagenTekst, formatDatumNl } from './datum-nl.util';
import { eisIsoDatum } from './kalender.util';
import type { ExtraVrijeDag } from './termijn.model';
import { verschuifNaarWerkdag, verschuivingsregel } from './termijn.rule';

/** Awb 4:5 asks a "redelijke termijn"; two weeks is the policy default, eight weeks the cap. */
export const HERSTELTERMIJN_DAGEN_STANDAARD = 14;
export const HERSTELTERMIJN_DAGEN_MIN = 1;
export const HERSTELTERMIJN_DAGEN_MAX = 56;

export interface Hersteltermijn {
  /** Last day for the applicant to complete the application. */
  readonly tot: string;
  readonly redenen: readonly string[];
}

/**
 * Awb 4:5: the term an applicant gets to complete an incomplete application
 * before it can be left undecided. The term counts from the day after the
 * request; a last day on a weekend or holiday moves to the next working day, the
 * reading that never cuts the applicant short.
 */
export function berekenHersteltermijn(
  verzoekOp: string,
  dagen: number = HERSTELTERMIJN_DAGEN_STANDAARD,
  extra: readonly ExtraVrijeDag[] = [],
): Hersteltermijn {
  eisIsoDatum(verzoekOp, 'De datum van het verzoek om aanvulling');
  if (!Number.isInteger(dagen) || dagen < HERSTELTERMIJN_DAGEN_MIN || dagen > HERSTELTERMIJN_DAGEN_MAX) {
    throw new WoonstartFout('ongeldig', `Een hersteltermijn is ${HERSTELTERMIJN_DAGEN_MIN} tot en met ${HERSTELTERMIJN_DAGEN_MAX} dagen, niet ${dagen}.`);
  }
  const einde = addDays(verzoekOp, dagen);
  const verschuiving = verschuifNaarWerkdag(einde, extra);
  const redenen = [
    `verzoek om aanvulling ${formatDatumNl(verzoekOp, 'datum')}`,
    `+${dagenTekst(dagen)} hersteltermijn (Awb 4:5) → ${formatDatumNl(einde, 'datum')}`,
  ];
  if (verschuiving.verschoven) redenen.push(verschuivingsregel(verschuiving, extra));
  redenen.push(`aanvullen kan tot en met ${formatDatumNl(verschuiving.datum)}`);
  return { tot: verschuiving.datum, redenen };
}
