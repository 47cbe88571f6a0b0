import { addDays } from './datum.util';

/**
 * Awb 4:13: decide within the term of the huisvestingsverordening, at most eight
 * weeks. Issue 3 replaces this simple clock with suspension, verdaging and the
 * Algemene termijnenwet; the signature (date in, date + reason out) stays.
 */
export const STANDAARD_BESLISTERMIJN_WEKEN = 8;

export interface Beslistermijn {
  readonly uiterlijk: string;
  readonly reden: string;
}

export function berekenBeslistermijn(ingediendOp: string, weken = STANDAARD_BESLISTERMIJN_WEKEN): Beslistermijn {
  return {
    uiterlijk: addDays(ingediendOp, weken * 7),
    reden: `Ingediend op ${ingediendOp}; beslistermijn ${weken} weken (Awb 4:13).`,
  };
}
