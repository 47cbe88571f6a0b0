import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  AFWIJZINGSGROND_INFO, URGENTIECATEGORIE_INFO, bepaalHerkomstgemeente, WOONVEREISTE_LABEL, WoonstartFout, beoordeelWeging, berekenBezwaartermijn, isAfwijzingsgrond,
  regioGemeente, stelBesluitbriefOp, type Woonstartweging, type Woonvereiste,
} from '@woonstart/domain';
import { BesluitEntity, InschrijvingEntity, MedischAdviesEntity, OpnameEntity, WoonstartwegingEntity, ZienswijzeEntity, type ZaakEntity } from '@woonstart/db';
import { renderBriefPdf } from '../brieven/pdf-renderer';
import { ToegangslogService } from '../audit/toegangslog.service';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { ZaakQueryService } from './zaak-query.service';

/**
 * The decision letter of a case's latest decision, as PDF. Built from stored
 * facts only (decision, herkomst, weighing, advice outcome, zienswijze); the
 * medical details are never part of it. Every download is in the access log.
 */
@Injectable()
export class BesluitbriefService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ZaakQueryService) private readonly query: ZaakQueryService,
    @Inject(ToegangslogService) private readonly toegangslog: ToegangslogService,
  ) {}

  async pdf(g: GebruikerContext, zaakId: string): Promise<{ zaaknummer: string; pdf: Buffer }> {
    const m = this.dataSource.manager;
    const gevonden = await this.query.findScoped(m, g, zaakId);
    if (!gevonden || gevonden.weergave !== 'volledig') {
      await this.toegangslog.log(g, zaakId, 'besluitbrief', 'geweigerd');
      throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden, of u heeft er geen toegang toe.');
    }
    const zaak = gevonden.zaak;
    const besluit = await m.findOne(BesluitEntity, { where: { zaakId, status: 'genomen' }, order: { goedgekeurdOp: 'DESC' } });
    if (!besluit?.bekendgemaaktOp) throw new WoonstartFout('niet-gevonden', 'Voor deze zaak is nog geen besluit genomen: er is geen besluitbrief.');
    const brief = stelBesluitbriefOp(await this.inhoud(zaak, besluit));
    const pdf = await renderBriefPdf(brief);
    await this.toegangslog.log(g, zaakId, 'besluitbrief', 'toegestaan');
    return { zaaknummer: zaak.zaaknummer, pdf };
  }

  private async inhoud(zaak: ZaakEntity, besluit: BesluitEntity) {
    const m = this.dataSource.manager;
    const [weging, advies, zienswijze, detail, inschrijvingen, opnames] = await Promise.all([
      m.findOne(WoonstartwegingEntity, { where: { zaakId: zaak.id }, order: { versie: 'DESC' } }),
      m.findOne(MedischAdviesEntity, { where: { zaakId: zaak.id }, order: { gevraagdOp: 'DESC' } }),
      m.findOne(ZienswijzeEntity, { where: { besluitId: besluit.id } }),
      m.query('SELECT naam FROM gemeente WHERE cbs_code = $1', [zaak.herkomstgemeente ?? '']) as Promise<Array<{ naam: string }>>,
      m.find(InschrijvingEntity, { where: { zaakId: zaak.id } }),
      m.find(OpnameEntity, { where: { zaakId: zaak.id } }),
    ]);
    const voorstel = bepaalHerkomstgemeente({ inschrijvingen, opnames, geboortedatum: zaak.aanvragerGeboortedatum });
    // The rule's reasons apply when the committee followed the proposal; otherwise the letter says it judged itself.
    const volgtVoorstel = voorstel.gemeenteCbs === zaak.herkomstgemeente;
    const gemeente = (cbs: string | null) => (cbs ? regioGemeente(cbs)?.naam ?? cbs : undefined);
    const wegingRecord = weging?.weging as Woonstartweging | undefined;
    const zoekprofiel = besluit.zoekprofiel as { gemeenten: string[]; woningtypen: string[]; maxHuur: number | null } | null;
    return {
      zaaknummer: zaak.zaaknummer,
      datum: besluit.bekendgemaaktOp!,
      aanvrager: { naam: `${zaak.aanvragerVoornamen} ${zaak.aanvragerAchternaam}` },
      behandelendeGemeente: gemeente(zaak.behandelendeGemeente)!,
      commissie: 'Toetsingscommissie Haaglanden',
      categorieLabel: URGENTIECATEGORIE_INFO[zaak.categorie].label,
      uitkomst: besluit.uitkomst,
      route: besluit.route ?? undefined,
      doelgemeente: gemeente(zaak.woonstartgemeente),
      geldigTot: besluit.geldigTot ?? undefined,
      zoekprofiel: zoekprofiel ? { ...zoekprofiel, gemeenten: zoekprofiel.gemeenten.map((c) => gemeente(c)!) } : undefined,
      gronden: besluit.gronden.filter(isAfwijzingsgrond).map((c) => ({ label: AFWIJZINGSGROND_INFO[c].label, tekst: AFWIJZINGSGROND_INFO[c].briefTekst })),
      motivering: besluit.motivering,
      herkomst: zaak.herkomstgemeente
        ? { gemeente: detail[0]?.naam ?? zaak.herkomstgemeente, regel: volgtVoorstel ? voorstel.regel : 'R3', redenen: volgtVoorstel ? [...voorstel.redenen] : ['De commissie heeft de herkomstgemeente gemotiveerd vastgesteld.'] }
        : undefined,
      weging: wegingRecord ? { samenvatting: [...beoordeelWeging(wegingRecord, zaak.herkomstgemeente).samenvatting], motivering: weging!.motivering } : undefined,
      medischAdvies: advies?.uitgebrachtOp ? { urgent: !!advies.urgent, woonvereisten: advies.woonvereisten.map((w) => WOONVEREISTE_LABEL[w as Woonvereiste] ?? w) } : undefined,
      zienswijze: zienswijze ? { ontvangen: !!zienswijze.ontvangenOp, samenvatting: zienswijze.inhoud ?? undefined } : undefined,
      bezwaarTermijnTot: berekenBezwaartermijn(besluit.bekendgemaaktOp!).laatsteDag,
    };
  }
}
