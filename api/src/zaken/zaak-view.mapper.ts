import type { ZaakPlaatsing } from './zaak-plaatsing.loader';
import { URGENTIECATEGORIE_INFO, bepaalHerkomstgemeente, regioGemeente } from '@woonstart/domain';
import { allowedEvents, documentToevoegenMogelijk, stateLabel, ZAAK_EVENT_META, type ZaakEventType } from '@woonstart/workflow';
import type { InschrijvingEntity, OpnameEntity, WoningEntity, ZaakEntity, ZaakTransitieEntity, HuishoudlidEntity } from '@woonstart/db';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import type { ZaakWeergave } from './zaak-scope';
import type { MedischAdviesUitkomst, ZaakToetsing } from './zaak-toetsing.loader';
import type { GemeenteRef, TijdlijnRegel, ZaakDetail, ZaakSamenvatting } from './zaak-view.model';

const regioRef = (cbs: string | null): GemeenteRef | null => (cbs ? { cbsCode: cbs, naam: regioGemeente(cbs)?.naam ?? cbs } : null);

export function toSamenvatting(z: ZaakEntity, organisatieNaam: string, gebruiker: GebruikerContext): ZaakSamenvatting {
  return {
    id: z.id,
    zaaknummer: z.zaaknummer,
    categorie: z.categorie,
    categorieLabel: URGENTIECATEGORIE_INFO[z.categorie]?.label ?? z.categorie,
    status: z.status,
    state: z.state,
    stateLabel: stateLabel(z.state),
    aanvragerNaam: `${z.aanvragerVoornamen} ${z.aanvragerAchternaam}`,
    behandelendeGemeente: regioRef(z.behandelendeGemeente)!,
    woonstartgemeente: regioRef(z.woonstartgemeente),
    route: z.route,
    indienendeOrganisatie: organisatieNaam,
    ingediendOp: z.ingediendOp,
    beslistermijn: z.beslistermijn,
    rowVersion: z.rowVersion,
    allowedEvents: allowedEvents(z.machineVersion, z.snapshot, gebruiker.rol, gebruiker.id),
  };
}

export interface DetailBronnen {
  readonly zaak: ZaakEntity;
  readonly organisatieNaam: string;
  readonly herkomst: GemeenteRef | null;
  readonly huishouden: readonly HuishoudlidEntity[];
  readonly inschrijvingen: readonly InschrijvingEntity[];
  readonly opnames: readonly OpnameEntity[];
  readonly transities: readonly ZaakTransitieEntity[];
  readonly woning: WoningEntity | null;
  readonly medischAdvies: MedischAdviesUitkomst | null;
  readonly toetsing: ZaakToetsing | null;
  readonly plaatsing: ZaakPlaatsing | null;
}

function tijdlijnRegel(t: ZaakTransitieEntity, metReden: boolean): TijdlijnRegel {
  const label = t.event === 'AANMAKEN' ? 'Aangemaakt' : ZAAK_EVENT_META[t.event as ZaakEventType]?.label ?? t.event;
  return {
    event: t.event, label,
    van: t.vanState, vanLabel: t.vanState ? stateLabel(t.vanState) : '',
    naar: t.naarState, naarLabel: stateLabel(t.naarState),
    actorNaam: t.actorNaam, actorRol: t.actorRol,
    tijdstip: t.tijdstip.toISOString(),
    reden: metReden ? t.reden : null,
  };
}

/**
 * The case as this caller may see it. The `bemiddeling` view is what a
 * corporatie needs to place a household: no registration history, admissions,
 * support plan, or motivations of others (social and medical evidence).
 */
export function toDetail(b: DetailBronnen, weergave: ZaakWeergave, gebruiker: GebruikerContext): ZaakDetail {
  const z = b.zaak;
  const volledig = weergave === 'volledig';
  const base: ZaakDetail = {
    ...toSamenvatting(z, b.organisatieNaam, gebruiker),
    weergave,
    machineVersion: z.machineVersion,
    herkomstgemeente: volledig ? b.herkomst : null,
    aanvrager: { voornamen: z.aanvragerVoornamen, achternaam: z.aanvragerAchternaam, geboortedatum: z.aanvragerGeboortedatum, email: z.aanvragerEmail, telefoon: z.aanvragerTelefoon },
    huishouden: b.huishouden.map((h) => ({ relatie: h.relatie, naam: h.naam, geboortedatum: h.geboortedatum })),
    woonnetInschrijfnummer: z.woonnetInschrijfnummer,
    woonwensen: z.woonwensen,
    aantalKamersMin: z.aantalKamersMin,
    begeleidingAkkoord: z.begeleidingAkkoord,
    aanbieding: b.woning ? { woningId: b.woning.id, adres: b.woning.adres, huurprijs: b.woning.huurprijs, kamers: b.woning.kamers, woningtype: b.woning.woningtype, status: b.woning.status } : null,
    tijdlijn: b.transities.map((t) => tijdlijnRegel(t, volledig || t.actorRol === 'corporatiemedewerker')),
    woonvereisten: b.medischAdvies?.woonvereisten ?? [],
    medischAdvies: volledig ? b.medischAdvies : null,
    plaatsing: b.plaatsing,
    magDocumentToevoegen: documentToevoegenMogelijk({
      rol: gebruiker.rol, actorId: gebruiker.id, eigenZaak: gebruiker.organisatieId === z.indienendeOrganisatieId,
      machineVersion: z.machineVersion, snapshot: z.snapshot, status: z.status,
    }).mogelijk,
  };
  if (!volledig) return base;
  const inschrijvingen = b.inschrijvingen.map((i) => ({ gemeenteCbs: i.gemeenteCbs, gemeenteNaam: i.gemeenteNaam, adrestype: i.adrestype, van: i.van, tot: i.tot }));
  const opnames = b.opnames.map((o) => ({ instelling: o.instelling, van: o.van, tot: o.tot }));
  return {
    ...base,
    inschrijvingen,
    opnames,
    ondersteuningsplan: z.ondersteuningsplan,
    herkomstvoorstel: bepaalHerkomstgemeente({ inschrijvingen, opnames, geboortedatum: z.aanvragerGeboortedatum }),
    toetsing: b.toetsing ?? undefined,
  };
}
