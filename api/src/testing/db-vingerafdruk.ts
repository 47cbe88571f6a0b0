import type { DataSource } from 'typeorm';

/**
 * A cheap fingerprint of everything the application stores: per table the row
 * count and a hash over its rows. Two equal fingerprints mean no row was added,
 * changed or removed in between. `uitgezonderd` names tables that change by
 * design without anything being stored: the access log records refusals too, and
 * the monitor's counters (monitor_telling + monitor_delta) are derived by triggers
 * from tables fingerprinted here and folded together by every monitor read, which
 * moves rows between the two without changing a single count.
 */
export const VINGERAFDRUK_UITGEZONDERD: readonly string[] = ['toegangslog', 'monitor_telling', 'monitor_delta'];

export async function maakVingerafdruk(ds: DataSource, uitgezonderd: readonly string[] = VINGERAFDRUK_UITGEZONDERD): Promise<() => Promise<Record<string, string>>> {
  const tabellen: Array<{ naam: string }> = await ds.query(
    `SELECT table_name AS naam FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const namen = tabellen.map((t) => t.naam).filter((n) => !uitgezonderd.includes(n));
  if (namen.length < 20) throw new Error(`Te weinig tabellen gevonden voor een vingerafdruk: ${namen.join(', ')}`);
  // md5 over the rows in a stable order: an UPDATE changes the hash even when counts stay the same.
  const sql = namen
    .map((n) => `SELECT '${n}' AS tabel, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS afdruk FROM "${n}" x`)
    .join(' UNION ALL ');
  return async () => {
    const rijen: Array<{ tabel: string; afdruk: string }> = await ds.query(sql);
    return Object.fromEntries(rijen.map((r) => [r.tabel, r.afdruk]));
  };
}

/** The tables whose fingerprint differs. */
export function verschil(voor: Record<string, string>, na: Record<string, string>): string[] {
  return Object.keys({ ...voor, ...na }).filter((k) => voor[k] !== na[k]).sort();
}
