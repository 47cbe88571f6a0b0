import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  TEKORT_UITLEG, doorlooptijd, monitorGemeenten, projecteerTekort, regioGemeente,
  type MonitorFilter, type Periode,
} from '@woonstart/domain';
import { STATUSSEN_NA_TOEKENNING, ZAAK_STATUSSEN, stateHeeftTag, statusHeeftTag, type ZaakStatus } from '@woonstart/workflow';
import type { DoorlooptijdRij, TermijnMonitor, WachtlijstMonitor } from './monitor.model';

const naam = (cbs: string): string => regioGemeente(cbs)?.naam ?? cbs;

/** The machine says where the Awb decision term runs; no status list of our own. */
const BESLISTERMIJN_LOOPT: readonly ZaakStatus[] = ZAAK_STATUSSEN.filter((s) => statusHeeftTag(s, 'beslistermijnLoopt'));
/** Granted, and neither housed nor ended: the waiting list. */
const WACHTEND: readonly ZaakStatus[] = STATUSSEN_NA_TOEKENNING.filter((s) => !statusHeeftTag(s, 'geplaatst') && !statusHeeftTag(s, 'beeindigd'));

type PeriodeRij = Periode & { gemeente: string };

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
   */
  async doorlooptijden(filter: MonitorFilter): Promise<DoorlooptijdRij[]> {
    const besluiten: PeriodeRij[] = await this.dataSource.query(
      `SELECT z.behandelende_gemeente AS gemeente, to_char(z.ingediend_op, 'YYYY-MM-DD') AS van, to_char(b.bekendgemaakt_op, 'YYYY-MM-DD') AS tot
         FROM (SELECT DISTINCT ON (zaak_id) zaak_id, bekendgemaakt_op, route
                 FROM besluit WHERE status = 'genomen' AND bekendgemaakt_op IS NOT NULL
                ORDER BY zaak_id, bekendgemaakt_op ASC) b
         JOIN zaak z ON z.id = b.zaak_id
        WHERE z.ingediend_op IS NOT NULL
          AND b.bekendgemaakt_op >= make_date($1, 1, 1) AND b.bekendgemaakt_op < make_date($1 + 1, 1, 1)
          AND ($2::text IS NULL OR z.categorie = $2) AND ($3::text IS NULL OR b.route = $3)`,
      [filter.jaar, filter.categorie, filter.route],
    );
    const plaatsingen: PeriodeRij[] = await this.dataSource.query(
      `SELECT p.gemeente_cbs AS gemeente, to_char(b.bekendgemaakt_op, 'YYYY-MM-DD') AS van, to_char(p.ingangsdatum, 'YYYY-MM-DD') AS tot
         FROM plaatsing p JOIN zaak z ON z.id = p.zaak_id
         JOIN LATERAL (SELECT bekendgemaakt_op FROM besluit
                        WHERE zaak_id = p.zaak_id AND status = 'genomen' AND uitkomst = 'toekennen' AND bekendgemaakt_op IS NOT NULL
                        ORDER BY bekendgemaakt_op DESC LIMIT 1) b ON true
        WHERE p.jaar = $1 AND ($2::text IS NULL OR p.categorie = $2) AND ($3::text IS NULL OR z.route = $3)`,
      [filter.jaar, filter.categorie, filter.route],
    );
    const gemeenten = monitorGemeenten(filter);
    const codes = new Set(gemeenten.map((g) => g.cbsCode));
    const van = (rijen: PeriodeRij[], cbs: string | null) => rijen.filter((r) => (cbs === null ? codes.has(r.gemeente.trim()) : r.gemeente.trim() === cbs));
    const rij = (cbs: string | null, gemeenteNaam: string): DoorlooptijdRij => ({
      gemeenteCbs: cbs, gemeenteNaam, ontvangstTotBesluit: doorlooptijd(van(besluiten, cbs)), besluitTotPlaatsing: doorlooptijd(van(plaatsingen, cbs)),
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
        WHERE z.beslistermijn < $1::date
          AND NOT EXISTS (SELECT 1 FROM besluit b WHERE b.zaak_id = z.id AND b.status = 'genomen')
          AND ($2::text IS NULL OR z.categorie = $2)
        GROUP BY 1, 2, 3`,
      [peildatum, filter.categorie],
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
   * `ruimte` is the room left under each gemeente's cap, null when unknown.
   */
  async wachtlijst(filter: MonitorFilter, peildatum: string, ruimte: ReadonlyMap<string, number>): Promise<WachtlijstMonitor> {
    const wachtend: Array<{ gemeente: string; route: string | null; status: ZaakStatus; aantal: number }> = await this.dataSource.query(
      `SELECT coalesce(z.woonstartgemeente, z.behandelende_gemeente) AS gemeente, z.route, z.status, count(*)::int AS aantal
         FROM zaak z
        WHERE ($1::text IS NULL OR z.categorie = $1) AND ($2::text IS NULL OR z.route = $2)
        GROUP BY 1, 2, 3`,
      [filter.categorie, filter.route],
    );
    const toegekend: Array<{ gemeente: string; aantal: number }> = await this.dataSource.query(
      `SELECT coalesce(z.woonstartgemeente, z.behandelende_gemeente) AS gemeente, count(DISTINCT z.id)::int AS aantal
         FROM besluit b JOIN zaak z ON z.id = b.zaak_id
        WHERE b.status = 'genomen' AND b.uitkomst = 'toekennen'
          AND b.bekendgemaakt_op >= make_date($1, 1, 1) AND b.bekendgemaakt_op <= $2::date AND b.bekendgemaakt_op < make_date($1 + 1, 1, 1)
          AND ($3::text IS NULL OR z.categorie = $3) AND ($4::text IS NULL OR b.route = $4)
        GROUP BY 1`,
      [filter.jaar, peildatum, filter.categorie, filter.route],
    );
    const wacht = wachtend.filter((r) => WACHTEND.includes(r.status));
    const som = (cbs: string, route?: string) => wacht.filter((r) => r.gemeente.trim() === cbs && (!route || r.route === route)).reduce((s, r) => s + r.aantal, 0);
    const rijen = monitorGemeenten(filter).map((g) => {
      const toegekendTotNu = toegekend.find((r) => r.gemeente.trim() === g.cbsCode)?.aantal ?? 0;
      const wachtendNu = som(g.cbsCode);
      return {
        gemeenteCbs: g.cbsCode, gemeenteNaam: naam(g.cbsCode),
        wachtend: wachtendNu, bemiddeling: som(g.cbsCode, 'bemiddeling'), zelfZoeken: som(g.cbsCode, 'zelfZoeken'), toegekendTotNu,
        prognose: projecteerTekort({ jaar: filter.jaar, peildatum, toegekendTotNu, wachtlijst: wachtendNu, ruimte: ruimte.get(g.cbsCode) ?? null }),
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
