import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  HERKOMST_SLEUTELS, WEGING_CRITERIUM_INFO, herkomstLabel, herkomstSleutel, monitorGemeenten, regioGemeente, telVerschuivingen,
  type GewogenZaak, type MonitorFilter,
} from '@woonstart/domain';
import type { HerkomstPlaatsing, Stroom, VerschuivingMonitor } from './monitor.model';
import { monitorStandSql } from './monitor-sql';

const naam = (cbs: string): string => regioGemeente(cbs)?.naam ?? cbs;

/**
 * Where cases come from and where they are housed: the herkomst → plaatsing
 * matrix of the cases placed in the year, and how often the weighing moved a
 * case away from its herkomstgemeente (with the criteria that spoke for the
 * chosen gemeente). Grouped in SQL; the rules of what counts are in libs/domain.
 */
@Injectable()
export class MonitorStromenQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Rows: every herkomst (the nine gemeenten, outside the region, unknown), so a
   * centrumregio also shows what flows into it from elsewhere. Columns: the
   * gemeenten of the filter, where the placement counts against the cap.
   */
  async herkomstPlaatsing(filter: MonitorFilter): Promise<HerkomstPlaatsing> {
    // Counted by the database per herkomst and gemeente of the dwelling (monitor_bijdragen, kind 'plaatsing').
    const rijen: Array<{ herkomst: string | null; gemeente: string; aantal: number }> = await this.dataSource.query(
      monitorStandSql('plaatsing', ['herkomst', 'gemeente']),
      [filter.jaar, filter.categorie, filter.route],
    );
    const kolommen = monitorGemeenten(filter).map((g) => ({ cbsCode: g.cbsCode, naam: g.naam, centrumregio: g.centrumregio }));
    const cel = new Map<string, number>();
    for (const r of rijen) {
      const sleutel = `${herkomstSleutel(r.herkomst)}→${r.gemeente}`;
      cel.set(sleutel, (cel.get(sleutel) ?? 0) + r.aantal);
    }
    const matrix = HERKOMST_SLEUTELS.map((herkomst) => {
      const aantallen = kolommen.map((k) => cel.get(`${herkomst}→${k.cbsCode}`) ?? 0);
      return { herkomst, naam: herkomstLabel(herkomst), aantallen, totaal: aantallen.reduce((s, n) => s + n, 0) };
    });
    const kolomTotalen = kolommen.map((_, i) => matrix.reduce((s, r) => s + r.aantallen[i], 0));
    const stromen: Stroom[] = matrix
      .flatMap((r) => kolommen.map((k, i) => ({ van: r.herkomst, vanNaam: r.naam, naar: k.cbsCode, naarNaam: k.naam, aantal: r.aantallen[i] })))
      .filter((s) => s.aantal > 0)
      .sort((a, b) => b.aantal - a.aantal || a.vanNaam.localeCompare(b.vanNaam, 'nl') || a.naarNaam.localeCompare(b.naarNaam, 'nl'));
    return { kolommen, rijen: matrix, kolomTotalen, totaal: kolomTotalen.reduce((s, n) => s + n, 0), stromen };
  }

  /**
   * The latest version of each weighing recorded in the year (a revision replaces
   * the earlier choice), per herkomstgemeente of the filter. The database keeps
   * them counted per herkomst, chosen gemeente, the criteria judged 'voor' for the
   * chosen gemeente, and whether the weighing had candidates at all.
   */
  async verschuivingen(filter: MonitorFilter): Promise<VerschuivingMonitor> {
    const rijen: Array<{ herkomst: string | null; gemeente: string; zonder: boolean; criteria: string[]; aantal: number }> = await this.dataSource.query(
      monitorStandSql('weging', ['herkomst', 'gemeente', 'zonder', 'criteria']),
      [filter.jaar, filter.categorie, filter.route],
    );
    // Each count as one weighed case whose only candidate is the chosen gemeente with its 'voor' criteria: exactly what the rule reads.
    const gewogen: GewogenZaak[] = rijen.map((r) => ({
      herkomstgemeente: r.herkomst || null,
      doelgemeente: r.gemeente,
      kandidaten: r.zonder ? [] : [{ gemeenteCbs: r.gemeente, criteria: Object.fromEntries(r.criteria.map((c) => [c, { oordeel: 'voor' }])) }],
      aantal: r.aantal,
    }));
    const gemeenten = monitorGemeenten(filter).map((g) => g.cbsCode);
    const telling = telVerschuivingen(gewogen, gemeenten);
    return {
      rijen: telling.perHerkomst.map((r) => ({ gemeenteCbs: r.herkomstgemeente, gemeenteNaam: naam(r.herkomstgemeente), gewogen: r.gewogen, verschoven: r.verschoven, aandeel: r.aandeel })),
      gewogen: telling.gewogen,
      verschoven: telling.verschoven,
      aandeel: telling.aandeel,
      criteria: telling.criteria.map((c) => ({ ...c, label: WEGING_CRITERIUM_INFO[c.criterium].label })),
      zonderCriteria: telling.zonderCriteria,
    };
  }
}
