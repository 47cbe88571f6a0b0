import { createHash } from 'node:crypto';

/** What of a request makes it "the same request": method, path with query, body and uploaded files. */
export interface VerzoekInhoud {
  readonly methode: string;
  readonly pad: string;
  readonly body: unknown;
  readonly bestanden?: ReadonlyArray<{ readonly veld: string; readonly naam: string; readonly type: string; readonly inhoud: Buffer }>;
}

/** Keys printable ASCII without spaces, as UUIDs and ULIDs are; 255 at most (the column's check). */
const GELDIGE_SLEUTEL = /^[\x21-\x7e]{1,255}$/;

export function isGeldigeSleutel(sleutel: string): boolean {
  return GELDIGE_SLEUTEL.test(sleutel);
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same body. */
function canoniek(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(canoniek);
  if (waarde && typeof waarde === 'object' && !(waarde instanceof Date)) {
    return Object.fromEntries(Object.keys(waarde).sort().map((k) => [k, canoniek((waarde as Record<string, unknown>)[k])]));
  }
  return waarde;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** sha256 over the request's content: a key reused for anything else is refused (422). */
export function vingerafdruk(v: VerzoekInhoud): string {
  const bestanden = (v.bestanden ?? []).map((b) => ({ veld: b.veld, naam: b.naam, type: b.type, sha256: sha256(b.inhoud) }));
  return sha256(JSON.stringify([v.methode.toUpperCase(), v.pad, canoniek(v.body ?? null), bestanden]));
}

/**
 * The advisory-lock key (signed 64-bit, as text for the driver) of a user's key.
 * Two requests with the same key collide on it; a hash collision between two
 * different keys only makes one of them wait for a 409 retry, never mixes them up.
 */
export function slotSleutel(scope: string, sleutel: string): string {
  return createHash('sha256').update(`${scope}\u0000${sleutel}`).digest().readBigInt64BE(0).toString();
}
