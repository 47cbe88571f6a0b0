/** The kinds of counts the database keeps for the monitor (migration 1764200400000, monitor_bijdragen). */
export type MonitorSoort = 'plaatsing' | 'plaatsingstijd' | 'besluit' | 'weging' | 'toegekend';

/**
 * The counts of one kind as they stand: the folded counts (monitor_telling) plus the
 * differences written since (monitor_delta), summed per `kolommen`, for the monitor's
 * filter in $1 (year, null: all), $2 (category) and $3 (route). A grant counts once
 * per year, and once over all years (jaar 0), per route or any route ('*').
 */
export function monitorStandSql(soort: MonitorSoort, kolommen: readonly string[]): string {
  const k = kolommen.join(', ');
  const voorwaarden = soort === 'toegekend'
    ? `soort = 'toegekend' AND jaar = coalesce($1::int, 0) AND ($2::text IS NULL OR categorie = $2) AND route = coalesce($3::text, '*')`
    : `soort = '${soort}' AND ($1::int IS NULL OR jaar = $1) AND ($2::text IS NULL OR categorie = $2) AND ($3::text IS NULL OR route = $3)`;
  return `SELECT ${k}, sum(aantal)::int AS aantal
            FROM (SELECT ${k}, aantal FROM monitor_telling WHERE ${voorwaarden}
                  UNION ALL
                  SELECT ${k}, aantal FROM monitor_delta WHERE ${voorwaarden}) AS stand
           GROUP BY ${k}
          HAVING sum(aantal) <> 0`;
}
