import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { WoonstartFout, stelNotulenOp, todayIso, type Brief } from '@woonstart/domain';
import { AgendapuntEntity, GebruikerEntity, StandpuntEntity, VergaderingEntity, ZaakEntity } from '@woonstart/db';
import { STATUS_BESLUITVORMING, stateLabel } from '@woonstart/workflow';
import { ToegangslogService } from '../audit/toegangslog.service';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { TransactionService } from '../idempotentie/transaction.service';

export interface VergaderingView {
  readonly id: string;
  readonly datum: string;
  readonly status: 'gepland' | 'gesloten';
  readonly agenda: ReadonlyArray<{
    zaakId: string; zaaknummer: string; aanvragerNaam: string; stateLabel: string; uitkomst: string | null;
    standpunten: ReadonlyArray<{ gebruikerId: string; lid: string; standpunt: string; opmerking: string | null }>;
  }>;
}

/**
 * Committee meetings: an agenda of the cases in deliberation for the committee's
 * gemeenten, each member's position per case, the outcome, and minutes. Scoped to
 * the caller's own committee; a closed meeting can no longer change.
 */
@Injectable()
export class VergaderingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TransactionService) private readonly transacties: TransactionService,
    @Inject(ToegangslogService) private readonly toegangslog: ToegangslogService,
  ) {}

  async list(g: GebruikerContext) {
    const rows = await this.dataSource.getRepository(VergaderingEntity).find({ where: { commissieId: g.organisatieId }, order: { datum: 'DESC' } });
    return rows.map(({ id, datum, status }) => ({ id, datum, status }));
  }

  async create(g: GebruikerContext, datum: string): Promise<VergaderingView> {
    if (datum < todayIso()) throw new WoonstartFout('ongeldig', 'Een vergadering plant u op vandaag of later.', { veld: 'datum' });
    const id = await this.transacties.run(async (m) => {
      if (await m.findOne(VergaderingEntity, { where: { commissieId: g.organisatieId, datum } })) {
        throw new WoonstartFout('conflict', `Er is al een vergadering op ${datum}.`, { veld: 'datum' });
      }
      const vergadering = await m.save(m.create(VergaderingEntity, { commissieId: g.organisatieId, datum, status: 'gepland', aangemaaktDoor: g.id, aangemaaktOp: new Date(), geslotenDoor: null, geslotenOp: null }));
      const gereed = await m.getRepository(ZaakEntity).createQueryBuilder('z')
        .where('z.status = :s AND z.behandelende_gemeente IN (:...gebied)', { s: STATUS_BESLUITVORMING, gebied: [...g.werkgebied] })
        .orderBy('z.beslistermijn', 'ASC', 'NULLS LAST').getMany();
      if (gereed.length) await m.insert(AgendapuntEntity, gereed.map((z, n) => ({ vergaderingId: vergadering.id, zaakId: z.id, volgorde: n + 1, uitkomst: null })));
      return vergadering.id;
    });
    return this.detail(g, id);
  }

  async detail(g: GebruikerContext, id: string, m: EntityManager = this.dataSource.manager): Promise<VergaderingView> {
    const v = await this.eigen(m, g, id);
    const punten = await m.find(AgendapuntEntity, { where: { vergaderingId: id }, order: { volgorde: 'ASC' } });
    const zaken = punten.length ? await m.getRepository(ZaakEntity).createQueryBuilder('z').where('z.id IN (:...ids)', { ids: punten.map((p) => p.zaakId) }).getMany() : [];
    const standpunten = punten.length ? await m.getRepository(StandpuntEntity).createQueryBuilder('s').where('s.agendapunt_id IN (:...ids)', { ids: punten.map((p) => p.id) }).getMany() : [];
    const leden = new Map((await m.find(GebruikerEntity, { where: { organisatieId: g.organisatieId } })).map((u) => [u.id, u.naam]));
    // The agenda names each applicant: a read of those cases, in the same transaction as the change it answers.
    await this.toegangslog.logLijst(g, zaken.map((z) => z.id), 'vergaderagenda (naam, fase)', m);
    return {
      id: v.id, datum: v.datum, status: v.status,
      agenda: punten.map((p) => {
        const z = zaken.find((x) => x.id === p.zaakId)!;
        return {
          zaakId: z.id, zaaknummer: z.zaaknummer, aanvragerNaam: `${z.aanvragerVoornamen} ${z.aanvragerAchternaam}`, stateLabel: stateLabel(z.state), uitkomst: p.uitkomst,
          standpunten: standpunten.filter((s) => s.agendapuntId === p.id).map((s) => ({ gebruikerId: s.gebruikerId, lid: leden.get(s.gebruikerId) ?? 'onbekend lid', standpunt: s.standpunt, opmerking: s.opmerking })),
        };
      }),
    };
  }

  /** A member records (or changes) their own position on an agenda item while the meeting is open. */
  async standpunt(g: GebruikerContext, id: string, zaakId: string, standpunt: StandpuntEntity['standpunt'], opmerking: string | null): Promise<VergaderingView> {
    return this.transacties.run(async (m) => {
      const punt = await this.openPunt(m, g, id, zaakId);
      await m.createQueryBuilder().insert().into(StandpuntEntity)
        .values({ agendapuntId: punt.id, gebruikerId: g.id, standpunt, opmerking, tijdstip: new Date() })
        .orUpdate(['standpunt', 'opmerking', 'tijdstip'], ['agendapunt_id', 'gebruiker_id']).execute();
      return this.detail(g, id, m);
    });
  }

  async uitkomst(g: GebruikerContext, id: string, zaakId: string, uitkomst: string): Promise<VergaderingView> {
    return this.transacties.run(async (m) => {
      const punt = await this.openPunt(m, g, id, zaakId);
      await m.update(AgendapuntEntity, { id: punt.id }, { uitkomst });
      return this.detail(g, id, m);
    });
  }

  async sluit(g: GebruikerContext, id: string): Promise<VergaderingView> {
    return this.transacties.run(async (m) => {
      const v = await this.eigen(m, g, id, true);
      if (v.status === 'gesloten') throw new WoonstartFout('conflict', 'Deze vergadering is al gesloten.');
      await m.update(VergaderingEntity, { id }, { status: 'gesloten', geslotenDoor: g.id, geslotenOp: new Date() });
      return this.detail(g, id, m);
    });
  }

  async notulen(g: GebruikerContext, id: string): Promise<Brief> {
    const v = await this.detail(g, id);
    if (v.status !== 'gesloten') throw new WoonstartFout('conflict', 'Notulen zijn er pas als de vergadering is gesloten.');
    // Present: every member who took a position, and the member who closed the meeting.
    const sluiter = await this.dataSource.query('SELECT g.naam FROM vergadering v JOIN gebruiker g ON g.id = v.gesloten_door WHERE v.id = $1', [id]) as Array<{ naam: string }>;
    const aanwezigen = [...new Set([...v.agenda.flatMap((a) => a.standpunten.map((s) => s.lid)), ...sluiter.map((s) => s.naam)])];
    return stelNotulenOp({
      commissie: g.organisatieNaam, vergaderdatum: v.datum, aanwezigen,
      zaken: v.agenda.map((a) => ({
        zaaknummer: a.zaaknummer, onderwerp: `${a.aanvragerNaam} – ${a.stateLabel}`, uitkomst: a.uitkomst ?? 'Geen uitkomst vastgelegd.',
        standpunten: a.standpunten.map((s) => ({ lid: s.lid, standpunt: s.standpunt as 'voor' | 'tegen' | 'onthouding', opmerking: s.opmerking ?? undefined })),
      })),
    });
  }

  private async eigen(m: EntityManager, g: GebruikerContext, id: string, lock = false): Promise<VergaderingEntity> {
    const v = await m.findOne(VergaderingEntity, { where: { id, commissieId: g.organisatieId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!v) throw new WoonstartFout('niet-gevonden', 'Vergadering niet gevonden.');
    return v;
  }

  private async openPunt(m: EntityManager, g: GebruikerContext, id: string, zaakId: string): Promise<AgendapuntEntity> {
    const v = await this.eigen(m, g, id, true);
    if (v.status !== 'gepland') throw new WoonstartFout('conflict', 'Deze vergadering is gesloten: standpunten en uitkomsten liggen vast.');
    const punt = await m.findOne(AgendapuntEntity, { where: { vergaderingId: id, zaakId } });
    if (!punt) throw new WoonstartFout('niet-gevonden', 'Deze zaak staat niet op de agenda van de vergadering.');
    return punt;
  }
}
