import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MONITOR_ALLE_JAREN, MONITOR_CATEGORIEEN, REGIO_GEMEENTEN, WoonstartFout, monitorGemeenten, todayIso, type MonitorFilter } from '@woonstart/domain';
import { laadPlafondoverzichten } from '@woonstart/db';
import { MonitorStromenQuery } from './monitor-stromen.query';
import { MonitorVoortgangQuery } from './monitor-voortgang.query';
import type { MonitorOverzicht, PlafondMonitor, PlafondRij } from './monitor.model';
import type { MonitorQuery } from './monitor.dto';

/** Over all years there is no cap: each year has its own (and its own rent limits). */
export const PLAFOND_PER_JAAR = 'Plafonds gelden per kalenderjaar: kies een jaar om het gebruik van de plafonds te zien.';

/**
 * The regional monitor for the regiocoördinator (read-only for the commissie and
 * the gemeenten): caps, flows, throughput and waiting list for one filter.
 * Aggregates only — counts per gemeente, never a case or a person.
 */
@Injectable()
export class MonitorQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stromen: MonitorStromenQuery,
    private readonly voortgang: MonitorVoortgangQuery,
  ) {}

  filterVan(q: MonitorQuery): MonitorFilter {
    const jaar = q.jaar === MONITOR_ALLE_JAREN ? null : q.jaar ?? Number(todayIso().slice(0, 4));
    return { jaar, categorie: q.categorie ?? null, route: q.route ?? null, centrumregio: q.centrumregio ?? null };
  }

  async monitor(filter: MonitorFilter): Promise<MonitorOverzicht> {
    const peildatum = todayIso();
    // The differences the database recorded since the last request join the counts first (the reads add both anyway;
    // folding keeps the list of differences short).
    await this.dataSource.query('SELECT monitor_vouw()');
    // The sections side by side, each on its own pool connection (no transaction: every query reads committed data);
    // the embedded database simply runs them one after the other. The waiting list needs the caps' room only at the end.
    const plafondBelofte = this.plafond(filter);
    const ruimte = plafondBelofte.then((p) => new Map(p.rijen.map((r) => [r.gemeenteCbs, r.ruimte])));
    // A failing cap query reaches the caller through plafondBelofte; this copy must not also count as unhandled.
    ruimte.catch(() => undefined);
    const [plafond, herkomstPlaatsing, verschuivingen, doorlooptijden, termijnOverschreden, wachtlijst] = await Promise.all([
      plafondBelofte,
      this.stromen.herkomstPlaatsing(filter),
      this.stromen.verschuivingen(filter),
      this.voortgang.doorlooptijden(filter),
      this.voortgang.termijnOverschreden(filter, peildatum),
      this.voortgang.wachtlijst(filter, peildatum, ruimte),
    ]);
    return {
      filter, peildatum,
      gemeenten: monitorGemeenten(filter).map((g) => ({ cbsCode: g.cbsCode, naam: g.naam, centrumregio: g.centrumregio })),
      plafond, herkomstPlaatsing, verschuivingen, doorlooptijden, termijnOverschreden, wachtlijst,
    };
  }

  /**
   * The cap counts every bijzondere doelgroep together, so its usage ignores the
   * category and route filter; `inSelectie` says how many of the year's placements
   * match them. A year without rent limits has no cap figures, only a message.
   */
  private async plafond(filter: MonitorFilter): Promise<PlafondMonitor> {
    const jaar = filter.jaar;
    if (jaar === null) return { melding: PLAFOND_PER_JAAR, rijen: [], categorieen: [] };
    // The case is only needed for the route filter; a placement without a case then does not match.
    const selectie: Array<{ gemeente: string; aantal: number }> = await this.dataSource.query(
      `SELECT p.gemeente_cbs AS gemeente, count(*)::int AS aantal
         FROM plaatsing p ${filter.route ? 'JOIN zaak z ON z.id = p.zaak_id AND z.route = $3' : ''}
        WHERE p.jaar = $1 AND ($2::text IS NULL OR p.categorie = $2) ${filter.route ? '' : 'AND $3::text IS NULL'}
        GROUP BY 1`,
      [jaar, filter.categorie, filter.route],
    );
    const rijen: PlafondRij[] = [];
    try {
      const gemeenten = monitorGemeenten(filter);
      const overzichten = await laadPlafondoverzichten(this.dataSource.manager, gemeenten.map((g) => g.cbsCode), jaar);
      for (const [i, g] of gemeenten.entries()) {
        const o = overzichten[i];
        rijen.push({
          gemeenteCbs: g.cbsCode, gemeenteNaam: g.naam, vastgesteld: o.vastgesteld, verwachteMutaties: o.instelling.verwachteMutaties,
          plafond: o.gemeente.plafond, gebruikt: o.gemeente.gebruikt, percentage: o.gemeente.percentage, status: o.gemeente.status, ruimte: o.gemeente.ruimte,
          wettelijkAantal: o.wettelijk.aantal, wettelijkMinimum: o.wettelijk.minimum, wettelijkPercentage: o.wettelijk.percentage,
          inSelectie: selectie.find((s) => s.gemeente.trim() === g.cbsCode)?.aantal ?? 0,
          perCategorie: o.perCategorie,
        });
      }
    } catch (e) {
      if (e instanceof WoonstartFout && e.soort === 'ongeldig') return { melding: e.message, rijen: [], categorieen: [] };
      throw e;
    }
    const aanwezig = new Set(rijen.flatMap((r) => Object.keys(r.perCategorie)));
    const bekend = MONITOR_CATEGORIEEN.filter((c) => aanwezig.has(c));
    const overig = [...aanwezig].filter((c) => !(MONITOR_CATEGORIEEN as readonly string[]).includes(c)).sort();
    return { melding: null, rijen, categorieen: [...bekend, ...overig] };
  }

  /** The first cut of the monitor (issue 1): cases per gemeente and status, placements per woonstartgemeente. */
  async overzicht() {
    const perStatus: Array<{ gemeente: string; status: string; aantal: string }> = await this.dataSource.query(
      `SELECT behandelende_gemeente AS gemeente, status, count(*) AS aantal FROM zaak GROUP BY 1, 2`,
    );
    const plaatsingen: Array<{ herkomst: string | null; woonstart: string; aantal: string }> = await this.dataSource.query(
      `SELECT herkomstgemeente AS herkomst, woonstartgemeente AS woonstart, count(*) AS aantal FROM zaak WHERE status = 'geplaatst' GROUP BY 1, 2`,
    );
    return {
      gemeenten: REGIO_GEMEENTEN.map((g) => ({
        cbsCode: g.cbsCode,
        naam: g.naam,
        perStatus: Object.fromEntries(perStatus.filter((r) => r.gemeente === g.cbsCode).map((r) => [r.status, Number(r.aantal)])),
        geplaatst: plaatsingen.filter((p) => p.woonstart === g.cbsCode).reduce((n, p) => n + Number(p.aantal), 0),
      })),
      stromen: plaatsingen.map((p) => ({ herkomst: p.herkomst, woonstart: p.woonstart, aantal: Number(p.aantal) })),
    };
  }
}
