import type { Problem } from '../common/problem.model';
import type { Antwoord } from './woonstart-api';

/** Words that betray an English (framework) message leaking to a user. */
const ENGELS = /\b(the|must|should|cannot|invalid|unexpected|expected|unknown value|not found|forbidden|unauthorized|error|property|position|resource)\b/i;
/** At least one ordinary Dutch word: the message is written for a Dutch user. */
const NEDERLANDS = /\b(de|het|een|is|niet|geen|van|u|uw|zaak|veld|verzoek|mogelijk|kies|ten minste|moet|wordt|kan|bij|voor|met)\b/i;

/**
 * Asserts an RFC 9457 problem response: the status, the media type, a Dutch
 * `detail` (and Dutch field messages), optionally matching `detail`.
 */
export function verwachtProbleem(res: Antwoord<unknown>, status: number, detail?: RegExp): Problem {
  const body = res.body as Problem;
  expect({ status: res.status, body }).toMatchObject({ status, body: { status } });
  expect(res.headers.get('content-type') ?? '').toMatch(/^application\/problem\+json/);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(body.detail).toMatch(NEDERLANDS);
  expect(body.detail).not.toMatch(ENGELS);
  if (detail) expect(body.detail).toMatch(detail);
  for (const fout of body.fouten ?? []) {
    expect(fout.melding).toMatch(NEDERLANDS);
    expect(fout.melding).not.toMatch(ENGELS);
  }
  return body;
}

/** The field names of a validation problem. */
export function velden(problem: Problem): string[] {
  return (problem.fouten ?? []).map((f) => f.veld);
}
