import { regioGemeente, type WoningStatus, type Woninglabel, type Woningtype } from '@woonstart/domain';
import type { GebruikerContext } from '../auth/gebruiker-context.model';
import { mogelijkeStatussen, type HandmatigeStatus } from './woning-status.rule';

/** A dwelling as the api shows it: with the names of its wijk, gemeente and corporatie. */
export interface WoningView {
  readonly id: string;
  readonly corporatieId: string;
  readonly corporatieNaam: string;
  readonly gemeenteCbs: string;
  readonly gemeenteNaam: string;
  readonly adres: string;
  readonly postcode: string;
  readonly wijkCode: string;
  readonly wijkNaam: string;
  readonly complex: string | null;
  readonly huurprijs: number;
  readonly woningtype: Woningtype;
  readonly kamers: number;
  readonly verdieping: number;
  readonly lift: boolean;
  readonly nultreden: boolean;
  readonly rolstoeltoegankelijk: boolean;
  readonly labels: Woninglabel[];
  readonly beschikbaarVanaf: string;
  readonly status: WoningStatus;
  readonly zaakId: string | null;
  /** The statuses the caller may set now (only the owning corporatie; empty for others), so the web shows only those actions. */
  readonly mogelijkeStatussen: readonly HandmatigeStatus[];
}

/** The SELECT list WoningViewRij maps from; `w` is woning, `k` wijk, `o` organisatie, `g` gemeente. */
export const WONING_VIEW_SELECT = `
  SELECT w.id, w.corporatie_id, o.naam AS corporatie_naam, w.gemeente_cbs, g.naam AS gemeente_naam, w.adres, w.postcode,
         w.wijk_code, k.naam AS wijk_naam, w.complex, w.huurprijs, w.woningtype, w.kamers, w.verdieping, w.lift, w.nultreden,
         w.rolstoeltoegankelijk, w.labels, to_char(w.beschikbaar_vanaf, 'YYYY-MM-DD') AS beschikbaar_vanaf, w.status, w.zaak_id
  FROM woning w
  JOIN wijk k ON k.code = w.wijk_code
  JOIN organisatie o ON o.id = w.corporatie_id
  LEFT JOIN gemeente g ON g.cbs_code = w.gemeente_cbs`;

export interface WoningViewRij {
  id: string; corporatie_id: string; corporatie_naam: string; gemeente_cbs: string; gemeente_naam: string | null;
  adres: string; postcode: string; wijk_code: string; wijk_naam: string; complex: string | null; huurprijs: string | number;
  woningtype: Woningtype; kamers: number; verdieping: number; lift: boolean; nultreden: boolean; rolstoeltoegankelijk: boolean;
  labels: Woninglabel[] | string; beschikbaar_vanaf: string; status: WoningStatus; zaak_id: string | null;
}

/** text[] arrives as an array from pg; a driver that hands over the literal ('{a,b}') is read here too. */
function alsLijst(v: Woninglabel[] | string): Woninglabel[] {
  if (Array.isArray(v)) return v;
  const binnen = v.replace(/^\{|\}$/g, '');
  return binnen ? (binnen.split(',').map((l) => l.replace(/^"|"$/g, '')) as Woninglabel[]) : [];
}

export function toWoningView(r: WoningViewRij, g: Pick<GebruikerContext, 'rol' | 'organisatieId'>): WoningView {
  const eigenaar = g.rol === 'corporatiemedewerker' && g.organisatieId === r.corporatie_id;
  return {
    id: r.id, corporatieId: r.corporatie_id, corporatieNaam: r.corporatie_naam,
    gemeenteCbs: r.gemeente_cbs, gemeenteNaam: r.gemeente_naam ?? regioGemeente(r.gemeente_cbs)?.naam ?? r.gemeente_cbs,
    adres: r.adres, postcode: r.postcode, wijkCode: r.wijk_code, wijkNaam: r.wijk_naam, complex: r.complex,
    huurprijs: Number(r.huurprijs), woningtype: r.woningtype, kamers: r.kamers, verdieping: r.verdieping,
    lift: r.lift, nultreden: r.nultreden, rolstoeltoegankelijk: r.rolstoeltoegankelijk, labels: alsLijst(r.labels),
    beschikbaarVanaf: r.beschikbaar_vanaf, status: r.status, zaakId: r.zaak_id,
    mogelijkeStatussen: eigenaar ? mogelijkeStatussen(r.status) : [],
  };
}
