import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  TEKORT_UITLEG, doorlooptijdUitTelling, monitorGemeenten, projecteerTekort, regioGemeente,
  type DagenTelling, type MonitorFilter,
} from '@woonstart/domain';
import { STATUSSEN_NA_TOEKENNING, ZAAK_STATUSSEN, stateHeeftTag, statusHeeftTag, type ZaakStatus } from '@woonstart/workflow';
import type { DoorlooptijdRij, TermijnMonitor, WachtlijstMonitor } from './monitor.model';
import { monitorStandSql } from './monitor-sql';

const naam = (cbs: string): string => regioGemeente(cbs)?.naam ?? cbs;

/** The machine says where the Awb decision term runs; no status list of our own. */
const BESLISTERMIJN_LOOPT: readonly ZaakStatus[] = ZAAK_STATUSSEN.filter((s) => statusHeeftTag(s, 'beslistermijnLoopt'));
/** Granted, and neither housed nor ended: the waiting list. */
const WACHTEND: readonly ZaakStatus[] = STATUSSEN_NA_TOEKENNING.filter((s) => !statusHeeftTag(s, 'geplaatst') && !statusHeeftTag(s, 'beeindigd'));

type DagenRij = DagenTelling & { gemeente: string };

/**
 * How fast cases move and what is still waiting: throughput times, decisions
 * overdue now, and the waiting list with the projected shortage of cap room.
 */
@Injectable()
export class MonitorVoortgangQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Receipt → decision: the first decision made known in the year, from the day
   * the application was received, at the gemeente that handles it.
   * Decision → placement: placements in the year, from the (last) grant, at the
   * gemeente of the dwelling.
   * PostgreSQL counts the cases per gemeente and number of days; the median and
   * 90th percentile follow from those counts (libs/domain doorlooptijdUitTelling).
   */
  async doorlooptijden(filter: MonitorFilter): Promise<DoorlooptijdRij[]> {
    const params = [filter.jaar, filter.categorie, filter.route];
    // Counted by the database per gemeente and number of days (monitor_bijdragen, kinds 'besluit' and 'plaatsingstijd').
    const besluiten: DagenRij[] = await this.dataSource.query(monitorStandSql('besluit', ['gemeente', 'dagen']), params);
    const plaatsingen: DagenRij[] = await this.dataSource.query(monitorStandSql('plaatsingstijd', ['gemeente', 'dagen']), params);
    const gemeenten = monitorGemeenten(filter);
    const codes = new Set(gemeenten.map((g) => g.cbsCode));
    const van = (rijen: DagenRij[], cbs: string | null) => rijen.filter((r) => (cbs === null ? codes.has(r.gemeente) : r.gemeente === cbs));
    const rij = (cbs: string | null, gemeenteNaam: string): DoorlooptijdRij => ({
      gemeenteCbs: cbs, gemeenteNaam, ontvangstTotBesluit: doorlooptijdUitTelling(van(besluiten, cbs)), besluitTotPlaatsing: doorlooptijdUitTelling(van(plaatsingen, cbs)),
    });
    return [...gemeenten.map((g) => rij(g.cbsCode, g.naam)), rij(null, filter.centrumregio ? `Centrumregio ${filter.centrumregio}` : 'Regio Haaglanden')];
  }

  /**
   * Cases whose decision term has passed without a decision, now: in a state
   * where the term runs and is not suspended. The route follows only from the
   * decision, so the route filter does not apply here.
   */
  async termijnOverschreden(filter: MonitorFilter, peildatum: string): Promise<TermijnMonitor> {
    const rijen: Array<{ gemeente: string; status: ZaakStatus; state: string; aantal: number; langste: number }> = await this.dataSource.query(
      `SELECT z.behandelende_gemeente AS gemeente, z.status, z.state, count(*)::int AS aantal, max($1::date - z.beslistermijn)::int AS langste
         FROM zaak z
        WHERE z.status = ANY($3::text[]) AND z.beslistermijn < $1::date
          -- Asked per open case through its index (written as a subquery PostgreSQL will not turn into a join over all decisions).
          AND (SELECT true FROM besluit b WHERE b.zaak_id = z.id AND b.status = 'genomen' LIMIT 1) IS NULL
          AND ($2::text IS NULL OR z.categorie = $2)
        GROUP BY 1, 2, 3`,
      // Only the statuses where the term runs (filtered again below): the index then reads the open cases, not all history.
      [peildatum, filter.categorie, [...BESLISTERMIJN_LOOPT]],
    );
    const lopend = rijen.filter((r) => BESLISTERMIJN_LOOPT.includes(r.status) && !stateHeeftTag(r.state, 'opgeschort'));
    const perGemeente = monitorGemeenten(filter).map((g) => {
      const eigen = lopend.filter((r) => r.gemeente.trim() === g.cbsCode);
      return {
        gemeenteCbs: g.cbsCode, gemeenteNaam: g.naam,
        aantal: eigen.reduce((s, r) => s + r.aantal, 0),
        langsteDagen: eigen.length ? Math.max(...eigen.map((r) => r.langste)) : null,
      };
    });
    return { rijen: perGemeente, totaal: perGemeente.reduce((s, r) => s + r.aantal, 0) };
  }

  /**
   * Granted and not placed, per gemeente where the household is to be housed
   * (the woonstartgemeente; the handling gemeente when none was chosen), and the
   * projected shortage for the running year (formula in libs/domain tekort.rule).
   * `ruimteBelofte` gives the room left under each gemeente's cap (absent: unknown), loaded alongside.
   */
  async wachtlijst(filter: MonitorFilter, peildatum: string, ruimteBelofte: Promise<ReadonlyMap<string, number>>): Promise<WachtlijstMonitor> {
    const wachtend: Array<{ gemeente: string; route: string | null; status: ZaakStatus; aantal: number }> = await this.dataSource.query(
      `SELECT coalesce(z.woonstartgemeente, z.behandelende_gemeente) AS gemeente, z.route, z.status, count(*)::int AS aantal
         FROM zaak z
        WHERE z.status = ANY($3::text[]) AND ($1::text IS NULL OR z.categorie = $1) AND ($2::text IS NULL OR z.route = $2)
        GROUP BY 1, 2, 3`,
      // Only the waiting statuses (filtered again below): the status index reads the waiting list, not all history.
      [filter.categorie, filter.route, [...WACHTEND]],
    );
    // Granted cases per gemeente as the database counts them (monitor_bijdragen, kind 'toegekend'), less those whose
    // first grant of the period is made known after the peildatum.
    const toegekend: Array<{ gemeente: string; aantal: number }> = await this.dataSource.query(
      `SELECT gemeente, sum(aantal)::int AS aantal FROM (
         ${monitorStandSql('toegekend', ['gemeente'])}
         UNION ALL
         SELECT gemeente, -count(*)::int FROM monitor_bijdrage
          WHERE soort = 'toegekend' AND datum > $4::date AND jaar = coalesce($1::int, 0)
            AND ($2::text IS NULL OR categorie = $2) AND route = coalesce($3::text, '*')
          GROUP BY gemeente
       ) t GROUP BY gemeente`,
      [filter.jaar, filter.categorie, filter.route, peildatum],
    );
    const ruimte = await ruimteBelofte;
    const wacht = wachtend.filter((r) => WACHTEND.includes(r.status));
    const som = (cbs: string, route?: string) => wacht.filter((r) => r.gemeente.trim() === cbs && (!route || r.route === route)).reduce((s, r) => s + r.aantal, 0);
    const rijen = monitorGemeenten(filter).map((g) => {
      const toegekendTotNu = toegekend.find((r) => r.gemeente.trim() === g.cbsCode)?.aantal ?? 0;
      const wachtendNu = som(g.cbsCode);
      return {
        gemeenteCbs: g.cbsCode, gemeenteNaam: naam(g.cbsCode),
        wachtend: wachtendNu, bemiddeling: som(g.cbsCode, 'bemiddeling'), zelfZoeken: som(g.cbsCode, 'zelfZoeken'), toegekendTotNu,
        // A forecast is for one (the running) year; over all years there is none.
        prognose: filter.jaar === null ? null : projecteerTekort({ jaar: filter.jaar, peildatum, toegekendTotNu, wachtlijst: wachtendNu, ruimte: ruimte.get(g.cbsCode) ?? null }),
      };
    });
    const prognose = rijen.some((r) => r.prognose !== null);
    const tekorten = rijen.map((r) => r.prognose?.tekort ?? null);
    return {
      rijen,
      totaal: {
        wachtend: rijen.reduce((s, r) => s + r.wachtend, 0),
        toegekendTotNu: rijen.reduce((s, r) => s + r.toegekendTotNu, 0),
        // Shortages do not cancel out between gemeenten: room in one does not house a household bound to another.
        tekort: prognose && tekorten.every((t) => t !== null) ? tekorten.reduce<number>((s, t) => s + (t ?? 0), 0) : null,
      },
      prognose,
      uitleg: TEKORT_UITLEG,
    };
  }
}
