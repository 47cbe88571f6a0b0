import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  REGIO_GEMEENTEN, WoonstartFout, berekenScenariotabel, regioGemeente, scenarioInvoerMemo, todayIso,
  type HerkomstTelling, type PlaatsingTelling, type ScenarioGemeenteInvoer, type Scenariotabel,
} from '@woonstart/domain';
import { ScenarioInvoerEntity, schrijfAudit } from '@woonstart/db';
import { actorVan, type GebruikerContext } from '../auth/gebruiker-context.model';
import type { ScenarioInvoerDto } from './scenario.dto';
import { TransactionService } from '../idempotentie/transaction.service';

export type ScenarioGemeenteInvoerView = ScenarioGemeenteInvoer & { readonly gemeenteNaam: string };

export interface ScenarioVersieView {
  readonly versie: number;
  readonly vastgesteldOp: string;
  readonly vastgesteldDoor: string | null;
  readonly toelichting: string | null;
}

/** The inputs of a year as the form edits them. */
export interface ScenarioInvoerView {
  readonly jaar: number;
  /** False: nothing is saved for this year yet; the values are a proposal to start from. */
  readonly vastgesteld: boolean;
  readonly versie: number | null;
  readonly opgave: number;
  readonly gemeenten: readonly ScenarioGemeenteInvoerView[];
  readonly toelichting: string | null;
  readonly vastgesteldOp: string | null;
  readonly vastgesteldDoor: string | null;
  /** For a proposal: the year whose inputs it copies, or null for the memo's own figures. */
  readonly overgenomenVan: number | null;
  readonly versies: readonly ScenarioVersieView[];
}

/** GET /monitor/scenario: the table with the inputs it was computed from. */
export interface ScenariotabelView extends Scenariotabel {
  readonly invoer: { readonly versie: number; readonly vastgesteldOp: string; readonly gemeenten: readonly ScenarioGemeenteInvoerView[] };
  readonly beschikbareJaren: readonly number[];
}

interface VersieRij { versie: number; vastgesteld_op: Date; toelichting: string | null; door: string | null }

const metNaam = (g: ScenarioGemeenteInvoer): ScenarioGemeenteInvoerView => ({ ...g, gemeenteNaam: regioGemeente(g.gemeenteCbs)?.naam ?? g.gemeenteCbs });

/** In the region's order, whatever order the form or an API client sent. */
const opVolgorde = <T extends { gemeenteCbs: string }>(regels: readonly T[]): T[] =>
  REGIO_GEMEENTEN.map((g) => regels.find((r) => r.gemeenteCbs === g.cbsCode)).filter((r): r is T => r !== undefined);

/**
 * The memo's scenario table from the year's configured inputs and live data:
 * placements per gemeente (B) and cases per herkomstgemeente (F). Read-only
 * aggregates; the inputs change only as a new version, audited.
 */
@Injectable()
export class ScenarioService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TransactionService) private readonly transacties: TransactionService,
  ) {}

  async tabel(gevraagd?: number): Promise<ScenariotabelView> {
    const m = this.dataSource.manager;
    const jaren = await this.jaren(m);
    const jaar = gevraagd ?? standaardJaar(jaren);
    const invoer = jaar === null ? null : await this.geldend(m, jaar);
    if (jaar === null || !invoer) {
      throw new WoonstartFout('niet-gevonden', jaar === null
        ? 'Er is nog geen invoer voor de scenariotabel vastgelegd. De regiocoördinator legt die per jaar vast.'
        : `Voor ${jaar} is nog geen invoer voor de scenariotabel vastgelegd. De regiocoördinator legt die vast.`, { jaar, beschikbareJaren: jaren });
    }
    const [plaatsingen, herkomst] = await Promise.all([this.plaatsingen(m, jaar), this.herkomst(m, jaar)]);
    const gemeenten = opVolgorde(invoer.gemeenten);
    const tabel = berekenScenariotabel({ jaar, opgave: invoer.opgave, gemeenten }, herkomst, plaatsingen);
    return {
      ...tabel,
      invoer: { versie: invoer.versie, vastgesteldOp: invoer.vastgesteldOp.toISOString(), gemeenten: gemeenten.map(metNaam) },
      beschikbareJaren: jaren,
    };
  }

  /** The year's inputs in force, or a proposal: the latest earlier year's (or later, or the memo's) figures. */
  async invoer(jaar: number): Promise<ScenarioInvoerView> {
    const m = this.dataSource.manager;
    const versies: VersieRij[] = await m.query(
      `SELECT s.versie, s.vastgesteld_op, s.toelichting, g.naam AS door
         FROM scenario_invoer s LEFT JOIN gebruiker g ON g.id = s.vastgesteld_door
        WHERE s.jaar = $1 ORDER BY s.versie DESC`, [jaar]);
    const versieViews = versies.map((v) => ({ versie: v.versie, vastgesteldOp: new Date(v.vastgesteld_op).toISOString(), vastgesteldDoor: v.door, toelichting: v.toelichting }));
    const geldend = await this.geldend(m, jaar);
    if (geldend) {
      return {
        jaar, vastgesteld: true, versie: geldend.versie, opgave: geldend.opgave, gemeenten: opVolgorde(geldend.gemeenten).map(metNaam), toelichting: geldend.toelichting,
        vastgesteldOp: geldend.vastgesteldOp.toISOString(), vastgesteldDoor: versieViews[0]?.vastgesteldDoor ?? null, overgenomenVan: null, versies: versieViews,
      };
    }
    const jaren = await this.jaren(m);
    const bron = [...jaren].reverse().find((j) => j < jaar) ?? jaren.find((j) => j > jaar) ?? null;
    const basis = bron === null ? null : await this.geldend(m, bron);
    const voorstel = basis ? { opgave: basis.opgave, gemeenten: basis.gemeenten } : scenarioInvoerMemo(jaar);
    return {
      jaar, vastgesteld: false, versie: null, opgave: voorstel.opgave, gemeenten: opVolgorde(voorstel.gemeenten).map(metNaam), toelichting: null,
      vastgesteldOp: null, vastgesteldDoor: null, overgenomenVan: basis ? bron : null, versies: [],
    };
  }

  /** A new version of the year's inputs, with an audit row in the same transaction. */
  async legVast(jaar: number, dto: ScenarioInvoerDto, g: GebruikerContext): Promise<ScenarioInvoerView> {
    await this.transacties.run(async (m) => {
      // Two coordinators saving the same year at once get consecutive versions, not a unique-key error.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('scenario_invoer'), $1)`, [jaar]);
      const [{ laatste }]: Array<{ laatste: number | null }> = await m.query(`SELECT max(versie) AS laatste FROM scenario_invoer WHERE jaar = $1`, [jaar]);
      const huidige = laatste === null ? null : Number(laatste);
      if (dto.vorigeVersie !== undefined && dto.vorigeVersie !== huidige) {
        throw new WoonstartFout('conflict', `De invoer voor ${jaar} is intussen gewijzigd (nu versie ${huidige ?? 'geen'}). Laad de gegevens opnieuw en voer uw wijziging daarop in.`, { versie: huidige });
      }
      const versie = (huidige ?? 0) + 1;
      const gemeenten: ScenarioGemeenteInvoer[] = opVolgorde(dto.gemeenten).map((r) => ({
        gemeenteCbs: r.gemeenteCbs, inwoners: r.inwoners, socialeVerhuringen: r.socialeVerhuringen,
        verhuringenOnderAftoppingsgrens: r.verhuringenOnderAftoppingsgrens, realisatieBijzondereDoelgroepen: r.realisatieBijzondereDoelgroepen,
      }));
      const toelichting = dto.toelichting?.trim() || null;
      await m.insert(ScenarioInvoerEntity, { jaar, versie, opgave: dto.opgave, gemeenten, toelichting, vastgesteldDoor: g.id });
      await schrijfAudit(m, actorVan(g), { onderwerp: 'scenario-invoer', onderwerpId: String(jaar), actie: 'vastgesteld', gegevens: { versie, opgave: dto.opgave, gemeenten, toelichting } });
    });
    return this.invoer(jaar);
  }

  private async jaren(m: EntityManager): Promise<number[]> {
    const rijen: Array<{ jaar: number }> = await m.query(`SELECT DISTINCT jaar FROM scenario_invoer ORDER BY jaar`);
    return rijen.map((r) => Number(r.jaar));
  }

  private geldend(m: EntityManager, jaar: number): Promise<ScenarioInvoerEntity | null> {
    return m.findOne(ScenarioInvoerEntity, { where: { jaar }, order: { versie: 'DESC' } });
  }

  /** B: every placement of a bijzondere doelgroep in the year (with or without a case), by gemeente of the dwelling. */
  private async plaatsingen(m: EntityManager, jaar: number): Promise<PlaatsingTelling> {
    const rijen: Array<{ gemeente: string; aantal: number }> = await m.query(
      `SELECT gemeente_cbs AS gemeente, count(*)::int AS aantal FROM plaatsing WHERE jaar = $1 GROUP BY 1`, [jaar]);
    return Object.fromEntries(rijen.map((r) => [r.gemeente, Number(r.aantal)]));
  }

  /**
   * F: cases granted (decision made known) or placed in the year, once each, by
   * herkomstgemeente. Rejections are no demand for a dwelling, so they do not count.
   */
  private async herkomst(m: EntityManager, jaar: number): Promise<HerkomstTelling> {
    const rijen: Array<{ gemeente: string; aantal: number }> = await m.query(
      `SELECT z.herkomstgemeente AS gemeente, count(*)::int AS aantal
         FROM zaak z
        WHERE z.herkomstgemeente IS NOT NULL
          AND (EXISTS (SELECT 1 FROM besluit b
                        WHERE b.zaak_id = z.id AND b.status = 'genomen' AND b.uitkomst = 'toekennen'
                          AND b.bekendgemaakt_op >= make_date($1, 1, 1) AND b.bekendgemaakt_op < make_date($1 + 1, 1, 1))
               OR EXISTS (SELECT 1 FROM plaatsing p WHERE p.zaak_id = z.id AND p.jaar = $1))
        GROUP BY 1`, [jaar]);
    return Object.fromEntries(rijen.map((r) => [r.gemeente, Number(r.aantal)]));
  }
}

/** The current year when it has inputs, else the latest earlier year, else the first later one. */
function standaardJaar(jaren: readonly number[]): number | null {
  const nu = Number(todayIso().slice(0, 4));
  if (jaren.includes(nu)) return nu;
  return [...jaren].reverse().find((j) => j < nu) ?? jaren[0] ?? null;
}
