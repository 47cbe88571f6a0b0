import { addDays } from '../datum.util';
import { dagenInJaar } from '../monitor/tekort.rule';
import type { Opname } from '../herkomstgemeente.rule';
import type { Huurgrenzen } from '../huurgrenzen.data';
import type { Inschrijving } from '../inschrijving.model';
import type { Woonvereiste } from '../medisch-advies.model';
import { regioGemeente } from '../gemeente.data';
import type { Woninglabel, WoningKenmerken, Woningtype } from '../plaatsing/woning.model';
import { URGENTIECATEGORIEEN, type Urgentiecategorie } from '../urgentiecategorie.model';
import type { Prng } from './prng.util';
import type { SimulatieConfiguratie } from './simulatie.model';

/**
 * Synthetic cases and dwellings for one simulated year. The figures below are
 * plausible shapes per group (household size, age, medical housing needs) and
 * per rent segment, not statistics: they exist so that suitability matters in
 * the simulation the way it does in the live matching.
 */

/** What the case file would hold: the registration history the herkomst rule reads, and the household. */
export interface SimulatieZaak {
  readonly zaakId: string;
  readonly categorie: Urgentiecategorie;
  readonly besluitOp: string;
  /** The gemeente the generator meant as herkomst; the herkomst rule decides from the history. */
  readonly bedoeldeHerkomstCbs: string;
  readonly inschrijvingen: readonly Inschrijving[];
  readonly opnames: readonly Opname[];
  readonly geboortedatum: string;
  readonly huishoudgrootte: number;
  readonly minderjarigeKinderen: number;
  readonly woonvereisten: readonly Woonvereiste[];
  readonly bemiddeling: boolean;
  /** Draw for the woonstart weighing: below verschuivingAandeel the weighing moves the case. */
  readonly verschuivingTrekking: number;
  /** Draw for the gemeente the weighing moves to (by the herkomst weights, the herkomstgemeente left out). */
  readonly verschuivingDoelTrekking: number;
}


const gemeenteNaam = (cbs: string): string => regioGemeente(cbs)?.naam ?? cbs;

function leeftijdBereik(c: Urgentiecategorie): [number, number] {
  if (c === 'JZ') return [18, 22];
  if (c === 'MED' || c === 'MZ') return [30, 85];
  return [23, 65];
}

function huishouden(c: Urgentiecategorie, r: Prng): { grootte: number; kinderen: number } {
  if (c === 'DG') {
    const grootte = r.int(3, 6);
    return { grootte, kinderen: grootte - r.int(1, 2) };
  }
  if (c === 'VO' && r.kans(0.4)) {
    const kinderen = r.int(1, 3);
    return { grootte: kinderen + 1, kinderen };
  }
  if ((c === 'STATUSHOUDER' || c === 'SOCIAAL') && r.kans(0.3)) {
    const grootte = r.int(3, 6);
    return { grootte, kinderen: grootte - 2 };
  }
  if (c === 'MED' && r.kans(0.3)) return { grootte: 2, kinderen: 0 };
  return { grootte: r.kans(0.85) ? 1 : 2, kinderen: 0 };
}

function woonvereisten(c: Urgentiecategorie, r: Prng): Woonvereiste[] {
  const v: Woonvereiste[] = [];
  if (c === 'MED' || c === 'MZ') {
    if (r.kans(0.4)) v.push('nultreden');
    if (r.kans(0.3)) v.push('lift');
    if (r.kans(0.08)) v.push('rolstoeltoegankelijk');
    if (r.kans(0.1)) v.push('extraSlaapkamer');
  }
  if ((c === 'BW' || c === 'GGZ') && r.kans(0.2)) v.push('prikkelarm');
  return v;
}

export function genereerZaken(config: SimulatieConfiguratie, r: Prng): SimulatieZaak[] {
  const gemeenten = Object.keys(config.herkomstVerdeling).sort();
  const gewichten = gemeenten.map((g) => config.herkomstVerdeling[g]);
  const dagen = dagenInJaar(config.jaar);
  const begin = `${config.jaar}-01-01`;
  const zaken: SimulatieZaak[] = [];
  for (const categorie of URGENTIECATEGORIEEN) {
    const n = config.instroom[categorie] ?? 0;
    for (let i = 0; i < n; i++) {
      const besluitOp = addDays(begin, r.int(0, dagen - 1));
      const herkomst = gemeenten[r.gewogen(gewichten)];
      const naam = gemeenteNaam(herkomst);
      // T: the start of the stay (an institution, shelter or the current situation) before the decision.
      const t = addDays(besluitOp, -r.int(30, 400));
      const woonVan = addDays(t, -r.int(365, 3650));
      const soort = r.next();
      const inschrijvingen: Inschrijving[] =
        soort < 0.85
          ? [{ gemeenteCbs: herkomst, gemeenteNaam: naam, adrestype: 'woonadres', van: woonVan, tot: addDays(t, -1) }]
          : soort < 0.97
            ? (() => {
                // R2: a briefadres bridges the last months before T; the woonadres before it decides.
                const eind = addDays(t, -r.int(31, 300));
                return [
                  { gemeenteCbs: herkomst, gemeenteNaam: naam, adrestype: 'woonadres' as const, van: woonVan, tot: eind },
                  { gemeenteCbs: herkomst, gemeenteNaam: naam, adrestype: 'briefadres' as const, van: addDays(eind, 1), tot: addDays(t, -1) },
                ];
              })()
            : [{ gemeenteCbs: null, gemeenteNaam: 'Buitenland', adrestype: 'buitenland', van: woonVan, tot: addDays(t, -1) }];
      inschrijvingen.push({ gemeenteCbs: herkomst, gemeenteNaam: naam, adrestype: 'instelling', van: t, tot: null });
      const [min, max] = leeftijdBereik(categorie);
      const geboortedatum = addDays(besluitOp, -(r.int(min, max) * 365 + r.int(0, 300)));
      const { grootte, kinderen } = huishouden(categorie, r);
      zaken.push({
        zaakId: `SIM-${categorie}-${String(i + 1).padStart(5, '0')}`,
        categorie,
        besluitOp,
        bedoeldeHerkomstCbs: herkomst,
        inschrijvingen,
        opnames: [{ van: t, tot: null }],
        geboortedatum,
        huishoudgrootte: grootte,
        minderjarigeKinderen: kinderen,
        woonvereisten: woonvereisten(categorie, r),
        bemiddeling: r.kans(config.bemiddelingAandeel),
        verschuivingTrekking: r.next(),
        verschuivingDoelTrekking: r.next(),
      });
    }
  }
  return zaken;
}

const rond = (x: number): number => Math.round(x * 100) / 100;

function woningtype(onder: boolean, goedkoop: boolean, r: Prng): Woningtype {
  const x = r.next();
  if (goedkoop) return x < 0.3 ? 'kamer' : 'studio';
  if (onder) return x < 0.2 ? 'studio' : x < 0.8 ? 'appartement' : 'eengezinswoning';
  return x < 0.6 ? 'appartement' : 'eengezinswoning';
}

function kamers(type: Woningtype, r: Prng): number {
  if (type === 'kamer' || type === 'studio') return 1;
  return type === 'appartement' ? r.int(2, 4) : r.int(3, 5);
}

/**
 * The social lettings of each gemeente spread over the year; the share below
 * the eerste aftoppingsgrens as configured, a quarter of those cheap enough for
 * young tenants; above it, rents up to the liberalisatiegrens.
 */
export function genereerWoningen(config: SimulatieConfiguratie, g: Huurgrenzen, r: Prng): WoningKenmerken[] {
  const dagen = dagenInJaar(config.jaar);
  const begin = `${config.jaar}-01-01`;
  const woningen: WoningKenmerken[] = [];
  for (const v of [...config.vacatures].sort((a, b) => (a.gemeenteCbs < b.gemeenteCbs ? -1 : 1))) {
    const onderAantal = Math.min(v.onderAftopping, v.sociaal);
    for (let j = 0; j < v.sociaal; j++) {
      const onder = j < onderAantal;
      const goedkoop = onder && r.kans(0.25);
      const huurprijs = goedkoop
        ? rond(380 + r.next() * (g.kwaliteitskortingsgrens - 380))
        : onder
          ? rond(g.kwaliteitskortingsgrens + 0.01 + r.next() * (g.eersteAftoppingsgrens - g.kwaliteitskortingsgrens - 0.01))
          : r.kans(0.6)
            ? rond(g.eersteAftoppingsgrens + 0.01 + r.next() * (g.tweedeAftoppingsgrens - g.eersteAftoppingsgrens - 0.01))
            : rond(g.tweedeAftoppingsgrens + 0.01 + r.next() * (g.liberalisatiegrens - g.tweedeAftoppingsgrens - 0.01));
      const type = woningtype(onder, goedkoop, r);
      const verdieping = type === 'eengezinswoning' ? 0 : r.int(0, 6);
      const lift = verdieping >= 3 ? r.kans(0.7) : r.kans(0.2);
      const nultreden = type !== 'eengezinswoning' && (verdieping === 0 || lift) && r.kans(0.6);
      const labels: Woninglabel[] = [];
      if ((type === 'kamer' || type === 'studio') && r.kans(0.15)) labels.push('jongeren');
      if (nultreden && r.kans(0.15)) labels.push('55+');
      if (r.kans(0.05)) labels.push('prikkelarm');
      if (r.kans(0.03)) labels.push('geclusterd');
      if (type !== 'kamer' && r.kans(0.01)) labels.push('vrijliggend');
      woningen.push({
        id: `SIM-W-${v.gemeenteCbs}-${String(j + 1).padStart(5, '0')}`,
        gemeenteCbs: v.gemeenteCbs,
        wijkCode: `${v.gemeenteCbs}-W${r.int(1, 5)}`,
        complex: null,
        huurprijs,
        woningtype: type,
        kamers: kamers(type, r),
        verdieping,
        lift,
        nultreden,
        rolstoeltoegankelijk: nultreden && r.kans(0.2),
        labels,
        beschikbaarVanaf: addDays(begin, r.int(0, dagen - 1)),
      });
    }
  }
  return woningen;
}
