import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  URGENTIECATEGORIE_INFO, WoonstartFout, ageOn, rangschikKandidaten, rangschikWoningen, regioGemeente, strengsteStand, streefdatumHuisvesting, todayIso,
  type PlafondStand, type WoningKenmerken,
} from '@woonstart/domain';
import { WoningEntity, ZaakEntity, laadHuurgrenzen, laadKandidaatProfielen, toetsPlaatsingIn, woningKenmerken } from '@woonstart/db';
import { statenMetEvent } from '@woonstart/workflow';
import { ToegangslogService } from '../audit/toegangslog.service';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { applyZaakScope } from '../zaken/zaak-scope';
import { ZaakQueryService } from '../zaken/zaak-query.service';
import { WoningQueryService } from '../woningen/woning-query.service';

const AANBIEDBAAR = ['beschikbaar', 'gereserveerd'] as const;

/**
 * Suitability both ways, from the pure rule in libs/domain: dwellings for a
 * candidate and candidates for a dwelling, each with its reasons, and the cap
 * standing of the dwelling's gemeente/wijk/complex so a full cap shows up early.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly zaken: ZaakQueryService,
    private readonly toegangslog: ToegangslogService,
    private readonly woningen: WoningQueryService,
  ) {}

  /** One cap check per gemeente/wijk/complex, shared by all dwellings there. */
  private plafondVoor(m: EntityManager, jaar: number) {
    const cache = new Map<string, Promise<PlafondStand | null>>();
    return (w: WoningKenmerken): Promise<PlafondStand | null> => {
      const sleutel = `${w.gemeenteCbs}|${w.wijkCode}|${w.complex ?? ''}|${w.huurprijs}`;
      if (!cache.has(sleutel)) {
        cache.set(sleutel, toetsPlaatsingIn(m, w.gemeenteCbs, jaar, { wijkCode: w.wijkCode, complex: w.complex, huurprijs: w.huurprijs }).then((t) => strengsteStand(t.standen)));
      }
      return cache.get(sleutel)!;
    };
  }

  async woningenVoorZaak(g: GebruikerContext, zaakId: string) {
    const m = this.dataSource.manager;
    const found = await this.zaken.findScoped(m, g, zaakId);
    if (!found) throw new WoonstartFout('niet-gevonden', 'Zaak niet gevonden, of u heeft er geen toegang toe.');
    const vandaag = todayIso();
    const jaar = Number(vandaag.slice(0, 4));
    const [huurgrenzen, profielen] = await Promise.all([laadHuurgrenzen(m, jaar), laadKandidaatProfielen(m, [found.zaak], vandaag)]);
    const kandidaat = profielen.get(zaakId)!;
    const qb = m.getRepository(WoningEntity).createQueryBuilder('w').where('w.status IN (:...st)', { st: [...AANBIEDBAAR] });
    if (g.rol === 'corporatiemedewerker') qb.andWhere('w.corporatie_id = :org', { org: g.organisatieId });
    const woningen = await qb.getMany();
    const kenmerken = woningen.map(woningKenmerken);
    const plafond = this.plafondVoor(m, jaar);
    const standen = new Map(await Promise.all(kenmerken.map(async (k) => [k.id, await plafond(k)] as const)));
    const matches = rangschikWoningen(kandidaat, kenmerken, { peildatum: vandaag, huurgrenzen, plafond: (w) => standen.get(w.id) ?? null });
    const weergaven = await this.woningen.views(m, g, woningen.map((w) => w.id));
    await this.toegangslog.log(g, zaakId, 'matching (categorie, huishouden, leeftijd, woonvereisten)', 'toegestaan');
    return {
      kandidaat: { ...kandidaat, categorieLabel: URGENTIECATEGORIE_INFO[kandidaat.categorie].label, doelgemeenteNaam: kandidaat.doelgemeenteCbs ? regioGemeente(kandidaat.doelgemeenteCbs)?.naam ?? kandidaat.doelgemeenteCbs : null },
      woningen: matches.map((x) => ({ woning: weergaven.find((w) => w.id === x.woning.id)!, beoordeling: x.beoordeling, plafond: standen.get(x.woning.id) ?? null })),
    };
  }

  async kandidatenVoorWoning(g: GebruikerContext, woningId: string) {
    const m = this.dataSource.manager;
    const woning = await m.findOne(WoningEntity, { where: { id: woningId } });
    if (!woning || (g.rol === 'corporatiemedewerker' && woning.corporatieId !== g.organisatieId)) throw new WoonstartFout('niet-gevonden', 'Woning niet gevonden.');
    const vandaag = todayIso();
    const jaar = Number(vandaag.slice(0, 4));
    // Candidates are the cases the machine would let a corporatie offer a dwelling to.
    const qb = m.getRepository(ZaakEntity).createQueryBuilder('zaak').where('zaak.state IN (:...wachtend)', { wachtend: [...statenMetEvent('WONING_AANBIEDEN')] });
    applyZaakScope(qb, g);
    const zaken = await qb.getMany();
    const [huurgrenzen, profielen] = await Promise.all([laadHuurgrenzen(m, jaar), laadKandidaatProfielen(m, zaken, vandaag)]);
    const k = woningKenmerken(woning);
    const stand = await this.plafondVoor(m, jaar)(k);
    const matches = rangschikKandidaten(k, [...profielen.values()], { peildatum: vandaag, huurgrenzen, plafond: stand });
    await this.toegangslog.logLijst(g, zaken.map((z) => z.id), 'kandidatenlijst bij woning (categorie, huishouden, leeftijd)');
    const [weergave] = await this.woningen.views(m, g, [woning.id]);
    return {
      woning: weergave,
      plafond: stand ? [stand] : [],
      kandidaten: matches.map(({ kandidaat, beoordeling }) => {
        const zaak = zaken.find((z) => z.id === kandidaat.zaakId)!;
        return {
          zaakId: zaak.id, zaaknummer: zaak.zaaknummer, rowVersion: zaak.rowVersion, state: zaak.state, categorie: zaak.categorie,
          categorieLabel: URGENTIECATEGORIE_INFO[zaak.categorie].label, huishoudgrootte: kandidaat.huishoudgrootte,
          leeftijd: ageOn(kandidaat.geboortedatum, vandaag), besluitOp: kandidaat.besluitOp,
          streefdatum: kandidaat.besluitOp ? streefdatumHuisvesting(kandidaat.besluitOp) : null, beoordeling,
        };
      }),
    };
  }
}
