import {
  AFWIJZINGSGRONDEN, GRONDEN_UITGESLOTEN_PER_CATEGORIE, STANDAARD_GELDIGHEID_MAANDEN,
  type Afwijzingsgrond, type BesluitContext, type Besluitvoorstel, type Route, type Urgentiecategorie,
} from '@woonstart/domain';
import type { ZaakDetail } from '../../core/api.models';
import { vandaagIso } from '../../core/format';

/** Dwelling types the corporations in the region let (as in the woningen list). */
export const WONINGTYPEN = ['Studio', 'Appartement', 'Portiekwoning', 'Eengezinswoning', 'Seniorenwoning'] as const;

/** Form state of BESLUIT_VOORSTELLEN; checkbox groups as maps for ngModel. */
export interface BesluitForm {
  uitkomst: 'toekennen' | 'afwijzen' | '';
  route: Route | '';
  geldigheidMaanden: number | null;
  gemeenten: Record<string, boolean>;
  woningtypen: Record<string, boolean>;
  maxHuur: number | null;
  gronden: Record<string, boolean>;
  steuntOpFeitenNietVanAanvrager: boolean;
  motivering: string;
}

const gekozen = (m: Record<string, boolean>) => Object.keys(m).filter((k) => m[k]);
const alsMap = (lijst: readonly string[]) => Object.fromEntries(lijst.map((k) => [k, true]));

/** A fresh proposal, or the proposal that was sent back (so the member can adjust it). */
export function besluitUitZaak(zaak: ZaakDetail): BesluitForm {
  const medischUitgebracht = (zaak.medischAdvies ?? zaak.toetsing?.medischAdvies)?.status === 'uitgebracht';
  const vorige = zaak.toetsing?.besluiten.at(-1);
  if (vorige?.status === 'teruggestuurd') {
    return {
      uitkomst: vorige.uitkomst, route: vorige.route ?? '', geldigheidMaanden: vorige.geldigheidMaanden ?? STANDAARD_GELDIGHEID_MAANDEN,
      gemeenten: alsMap(vorige.zoekprofiel?.gemeenten ?? []), woningtypen: alsMap(vorige.zoekprofiel?.woningtypen ?? []),
      maxHuur: vorige.zoekprofiel?.maxHuur ?? null, gronden: alsMap(vorige.gronden),
      steuntOpFeitenNietVanAanvrager: vorige.zienswijzeNodig || medischUitgebracht, motivering: vorige.motivering,
    };
  }
  return {
    uitkomst: '', route: '', geldigheidMaanden: STANDAARD_GELDIGHEID_MAANDEN,
    gemeenten: zaak.woonstartgemeente ? { [zaak.woonstartgemeente.cbsCode]: true } : {},
    woningtypen: {}, maxHuur: null, gronden: {},
    steuntOpFeitenNietVanAanvrager: medischUitgebracht, motivering: '',
  };
}

/** Grounds offered for this category; the law forbids some for some categories. */
export function gronden(categorie: Urgentiecategorie): { toegestaan: Afwijzingsgrond[]; uitgesloten: string[] } {
  const toegestaan: Afwijzingsgrond[] = [];
  const uitgesloten: string[] = [];
  for (const g of AFWIJZINGSGRONDEN) {
    const regel = GRONDEN_UITGESLOTEN_PER_CATEGORIE[g];
    if (regel?.categorieen.includes(categorie)) uitgesloten.push(regel.uitleg);
    else toegestaan.push(g);
  }
  return { toegestaan, uitgesloten };
}

/** The BESLUIT_VOORSTELLEN payload: only the parts that belong to the chosen outcome and route. */
export function besluitPayload(f: BesluitForm): Besluitvoorstel {
  const motivering = f.motivering.trim();
  if (f.uitkomst === 'afwijzen') {
    return { uitkomst: 'afwijzen', gronden: gekozen(f.gronden), steuntOpFeitenNietVanAanvrager: f.steuntOpFeitenNietVanAanvrager, motivering };
  }
  const route = f.route || undefined;
  if (route !== 'zelfZoeken') return { uitkomst: f.uitkomst as 'toekennen', route, motivering };
  return {
    uitkomst: 'toekennen', route, motivering,
    geldigheidMaanden: f.geldigheidMaanden ?? STANDAARD_GELDIGHEID_MAANDEN,
    zoekprofiel: { gemeenten: gekozen(f.gemeenten), woningtypen: gekozen(f.woningtypen), maxHuur: f.maxHuur || null },
  };
}

/** What the domain rule needs to check a proposal; the api decides again with its own data. */
export function besluitContext(zaak: ZaakDetail): BesluitContext {
  const medisch = zaak.medischAdvies ?? zaak.toetsing?.medischAdvies ?? null;
  return {
    categorie: zaak.categorie,
    begeleidingAkkoord: zaak.begeleidingAkkoord,
    medischAdviesUitgebracht: medisch ? medisch.status === 'uitgebracht' : null,
    zienswijzeGehad: (zaak.toetsing?.zienswijzen ?? []).some((z) => z.ontvangenOp !== null),
    besluitdatum: vandaagIso(),
  };
}
