import type { Problem, VeldFout } from './api.models';

/**
 * The message for one field from a problem+json answer. The api reports event
 * payload fields as `payload.<pad>` (class-validator) and domain rules as `<pad>`;
 * a single-field domain error carries `veld` instead of a list.
 */
export function veldMelding(fout: Problem | null, pad: string): string | null {
  if (!fout) return null;
  const hit = fout.fouten?.find((f) => f.veld === `payload.${pad}` || f.veld === pad);
  if (hit) return hit.melding;
  if (fout.veld === pad || fout.veld === `payload.${pad}`) return fout.detail;
  return null;
}

/** A client-side check as a problem, so it shows like the server's (summary and per field). */
export function invoerProbleem(fouten: readonly VeldFout[]): Problem {
  return { status: 400, title: 'Ongeldig', detail: 'Controleer de gemarkeerde velden.', fouten: [...fouten] };
}

/** Ids for aria-describedby: a hint and/or an error, or null when neither is there. */
export function beschreven(...ids: Array<string | null | false | undefined>): string | null {
  const lijst = ids.filter((i): i is string => typeof i === 'string' && i !== '');
  return lijst.length ? lijst.join(' ') : null;
}
