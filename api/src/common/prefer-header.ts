/**
 * The `return` preference of an RFC 7240 `Prefer` header: 'minimal',
 * 'representation', or null when the client expressed none. Preferences are
 * comma-separated `token[=value]` pairs with optional `;param`s; tokens are
 * case-insensitive, values may be quoted. Several headers arrive joined by
 * commas (Node does that), and the first `return` preference counts (§2).
 */
export function returnPreference(prefer: string | readonly string[] | undefined): 'minimal' | 'representation' | null {
  const header = Array.isArray(prefer) ? prefer.join(',') : (prefer as string | undefined);
  if (!header) return null;
  for (const deel of header.split(',')) {
    const [naamWaarde] = deel.split(';');
    const gelijk = naamWaarde.indexOf('=');
    const naam = (gelijk === -1 ? naamWaarde : naamWaarde.slice(0, gelijk)).trim().toLowerCase();
    if (naam !== 'return') continue;
    const waarde = gelijk === -1 ? '' : naamWaarde.slice(gelijk + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    return waarde === 'minimal' || waarde === 'representation' ? waarde : null;
  }
  return null;
}
