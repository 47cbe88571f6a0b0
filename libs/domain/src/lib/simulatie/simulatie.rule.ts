import { addDays } from '../datum.util';
import { plusMaanden } from '../awb/kalender.util';
import { REGIO_GEMEENTEN, regioGemeente } from '../gemeente.data';
import { bepaalHerkomstgemeente } from '../herkomstgemeente.rule';
import { doorlooptijd, type Periode } from '../monitor/doorlooptijd.rule';
import { rangschikKandidaten } from '../plaatsing/geschiktheid.rule';
import { streefdatumHuisvesting } from '../plaatsing/huisvesting.rule';
import type { KandidaatProfiel } from '../plaatsing/kandidaat.model';
import { plafondOverzicht, telt, toetsNieuwePlaatsing, type BegrenzingInstelling, type GeteldePlaatsing } from '../plaatsing/plafond.rule';
import type { WoningKenmerken } from '../plaatsing/woning.model';
import { URGENTIECATEGORIEEN, URGENTIECATEGORIE_INFO, type Urgentiecategorie } from '../urgentiecategorie.model';
import { WoonstartFout } from '../woonstart-fout.error';
import { mulberry32 } from './prng.util';
import { genereerWoningen, genereerZaken, type SimulatieZaak } from './simulatie-generator';
import { eisJaarMetHuurgrenzen, type SimulatieConfiguratie, type SimulatieResultaat, type SimulatieTelling } from './simulatie.model';

/**
 * Candidates judged per dwelling at a time, longest waiting first; the next
 * group is judged only when none of these is passend. Judging every waiting
 * household for every dwelling would make a region-year quadratic; the live
 * matching shows a coordinator one dwelling's list, the simulation needs 8,000.
 */
export const SIMULATIE_GROEP = 25;
/** At most this many longest-waiting candidates are judged for one dwelling. */
export const SIMULATIE_VENSTER = 200;

interface Wachtende {
  readonly zaak: SimulatieZaak;
  readonly profiel: KandidaatProfiel;
  readonly doelgemeenteCbs: string;
  /** Last day the urgentieverklaring is valid (zelf zoeken); null for bemiddeling. */
  readonly geldigTot: string | null;
}

interface Plaatsing {
  readonly wachtende: Wachtende;
  readonly datum: string;
}

function eisConfiguratie(c: SimulatieConfiguratie): void {
  const fout = (melding: string): never => {
    throw new WoonstartFout('ongeldig', melding);
  };
  const aandeel = (x: number, naam: string) => {
    if (!Number.isFinite(x) || x < 0 || x > 1) fout(`${naam} moet tussen 0 en 1 liggen.`);
  };
  aandeel(c.plafondAandeel, 'Het plafondaandeel');
  aandeel(c.bemiddelingAandeel, 'Het aandeel bemiddeling');
  aandeel(c.verschuivingAandeel, 'Het aandeel verschoven door de weging');
  if (!Number.isInteger(c.seed)) fout('De seed moet een geheel getal zijn.');
  for (const [cat, n] of Object.entries(c.instroom)) {
    if (!Number.isInteger(n) || (n as number) < 0) fout(`De instroom voor ${cat} moet een geheel getal van 0 of meer zijn.`);
  }
  for (const v of c.vacatures) {
    if (!regioGemeente(v.gemeenteCbs)) fout(`Gemeente ${v.gemeenteCbs} hoort niet bij de regio.`);
    if (!Number.isInteger(v.sociaal) || !Number.isInteger(v.onderAftopping) || v.sociaal < 0 || v.onderAftopping < 0 || v.onderAftopping > v.sociaal) {
      fout(`De vacatures van ${regioGemeente(v.gemeenteCbs)?.naam ?? v.gemeenteCbs} moeten hele getallen zijn, met niet meer onder de aftoppingsgrens dan sociaal.`);
    }
  }
  const herkomst = Object.entries(c.herkomstVerdeling);
  if (herkomst.some(([cbs, w]) => !regioGemeente(cbs) || !Number.isFinite(w) || w < 0) || herkomst.reduce((s, [, w]) => s + w, 0) <= 0) {
    fout('De verdeling over de herkomstgemeenten moet gemeenten van de regio met gewichten van 0 of meer bevatten, niet allemaal 0.');
  }
  if (!Number.isInteger(c.geldigheidMaanden) || c.geldigheidMaanden < 1 || !Number.isInteger(c.verlengingen) || c.verlengingen < 0) {
    fout('De geldigheid is een heel aantal maanden (minstens 1) en het aantal verlengingen 0 of meer.');
  }
}

/** The herkomst rule decides; a case without a proposal (R3) goes where the commissie places it: the generated herkomst. */
function doelgemeente(zaak: SimulatieZaak, herkomstCbs: string, config: SimulatieConfiguratie, gemeenten: readonly string[]): { cbs: string; verschoven: boolean } {
  if (zaak.verschuivingTrekking >= config.verschuivingAandeel) return { cbs: herkomstCbs, verschoven: false };
  const anders = gemeenten.filter((g) => g !== herkomstCbs && (config.herkomstVerdeling[g] ?? 0) > 0);
  if (anders.length === 0) return { cbs: herkomstCbs, verschoven: false };
  const gewichten = anders.map((g) => config.herkomstVerdeling[g]);
  const totaal = gewichten.reduce((s, w) => s + w, 0);
  let x = zaak.verschuivingDoelTrekking * totaal;
  for (let i = 0; i < anders.length; i++) {
    x -= gewichten[i];
    if (x < 0) return { cbs: anders[i], verschoven: true };
  }
  return { cbs: anders[anders.length - 1], verschoven: true };
}

const vergelijkWacht = (a: Wachtende, b: Wachtende): number =>
  a.zaak.besluitOp < b.zaak.besluitOp ? -1 : a.zaak.besluitOp > b.zaak.besluitOp ? 1 : a.zaak.zaakId < b.zaak.zaakId ? -1 : a.zaak.zaakId > b.zaak.zaakId ? 1 : 0;

/** The longest-waiting candidates of both routes, merged in waiting order, from position `vanaf`, at most `aantal`. */
function venster(bemiddeling: readonly Wachtende[], zelf: readonly Wachtende[], vanaf: number, aantal: number): Wachtende[] {
  const uit: Wachtende[] = [];
  let i = 0;
  let j = 0;
  let positie = 0;
  while ((i < bemiddeling.length || j < zelf.length) && uit.length < aantal) {
    const neemBemiddeling = j >= zelf.length || (i < bemiddeling.length && vergelijkWacht(bemiddeling[i], zelf[j]) <= 0);
    const w = neemBemiddeling ? bemiddeling[i++] : zelf[j++];
    if (positie++ >= vanaf) uit.push(w);
  }
  return uit;
}

const leegTelling = (): { gegenereerd: number; geplaatst: number; nietGeplaatst: number } => ({ gegenereerd: 0, geplaatst: 0, nietGeplaatst: 0 });

/**
 * Simulates a year: synthetic cases and dwellings from the configuration and
 * the seed, run through the live rules — the herkomst rule on a generated
 * registration history, the cap test before every placement (no overrides: a
 * placement beyond the cap is refused), suitability and the live matching order
 * (passend, score, longest waiting) for every dwelling, in calendar order.
 * Mediation candidates and zelf-zoekers with a valid urgentieverklaring compete
 * for the same dwellings of their gemeente; a dwelling nobody suitable takes
 * goes to a regular seeker. Every case ends placed or not placed: checked.
 */
export function simuleerJaar(config: SimulatieConfiguratie): SimulatieResultaat {
  eisConfiguratie(config);
  const huurgrenzen = eisJaarMetHuurgrenzen(config.jaar);
  const r = mulberry32(config.seed);
  const zaken = genereerZaken(config, r);
  return simuleerZakenEnWoningen(config, zaken, genereerWoningen(config, huurgrenzen, r));
}

/** The year for given cases and dwellings (the generator's, or hand-built ones in a test). */
export function simuleerZakenEnWoningen(config: SimulatieConfiguratie, zaken: readonly SimulatieZaak[], invoerWoningen: readonly WoningKenmerken[]): SimulatieResultaat {
  eisConfiguratie(config);
  const huurgrenzen = eisJaarMetHuurgrenzen(config.jaar);
  const woningen = [...invoerWoningen];
  const gemeenten = REGIO_GEMEENTEN.map((g) => g.cbsCode);

  const herkomst = { R1: 0, R2: 0, R3: 0, verschoven: 0 };
  const geldigheid = config.geldigheidMaanden * (1 + config.verlengingen);
  const wachtenden: Wachtende[] = zaken.map((zaak) => {
    const voorstel = bepaalHerkomstgemeente({ inschrijvingen: zaak.inschrijvingen, opnames: zaak.opnames, geboortedatum: zaak.geboortedatum });
    herkomst[voorstel.regel]++;
    const doel = doelgemeente(zaak, voorstel.gemeenteCbs ?? zaak.bedoeldeHerkomstCbs, config, gemeenten);
    if (doel.verschoven) herkomst.verschoven++;
    return {
      zaak,
      doelgemeenteCbs: doel.cbs,
      // Valid through the day before the same date N months later.
      geldigTot: zaak.bemiddeling ? null : addDays(plusMaanden(zaak.besluitOp, geldigheid), -1),
      profiel: {
        zaakId: zaak.zaakId,
        categorie: zaak.categorie,
        geboortedatum: zaak.geboortedatum,
        huishoudgrootte: zaak.huishoudgrootte,
        minderjarigeKinderen: zaak.minderjarigeKinderen,
        aantalKamersMin: 1,
        woonvereisten: zaak.woonvereisten,
        doelgemeenteCbs: doel.cbs,
        uitgeslotenGemeenten: [],
        uitgeslotenWijken: [],
        besluitOp: zaak.besluitOp,
      },
    };
  });
  wachtenden.sort(vergelijkWacht);
  woningen.sort((a, b) => (a.beschikbaarVanaf < b.beschikbaarVanaf ? -1 : a.beschikbaarVanaf > b.beschikbaarVanaf ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const vacaturesPer = new Map(config.vacatures.map((v) => [v.gemeenteCbs, v]));
  const instellingen = new Map<string, BegrenzingInstelling>(
    gemeenten.map((cbs) => [
      cbs,
      {
        gemeenteCbs: cbs,
        jaar: config.jaar,
        verwachteMutaties: vacaturesPer.get(cbs)?.sociaal ?? 0,
        verwachteMutatiesOnderAftopping: vacaturesPer.get(cbs)?.onderAftopping ?? 0,
        aandeel: config.plafondAandeel,
        basis: config.basis,
        uitzonderingen: [],
      },
    ]),
  );
  const geteld = new Map<string, GeteldePlaatsing[]>(gemeenten.map((g) => [g, []]));
  const rijBemiddeling = new Map<string, Wachtende[]>(gemeenten.map((g) => [g, []]));
  const rijZelf = new Map<string, Wachtende[]>(gemeenten.map((g) => [g, []]));
  const verlopen: Wachtende[] = [];
  const plaatsingen: Plaatsing[] = [];
  const geweigerd = new Map<string, number>(gemeenten.map((g) => [g, 0]));
  const vol = new Set<string>();
  let naarRegulier = 0;

  let volgende = 0;
  const laatInstromen = (tot: string) => {
    while (volgende < wachtenden.length && wachtenden[volgende].zaak.besluitOp <= tot) {
      const w = wachtenden[volgende++];
      (w.geldigTot === null ? rijBemiddeling : rijZelf).get(w.doelgemeenteCbs)?.push(w);
    }
  };

  for (const woning of woningen) {
    const datum = woning.beschikbaarVanaf;
    laatInstromen(datum);
    const cbs = woning.gemeenteCbs;
    const bemiddeling = rijBemiddeling.get(cbs) ?? [];
    const zelf = rijZelf.get(cbs) ?? [];
    // The zelf-zoekers were queued in decision order, so their validity ends in the same order.
    while (zelf.length > 0 && (zelf[0].geldigTot ?? datum) < datum) verlopen.push(zelf.shift() as Wachtende);
    if (bemiddeling.length + zelf.length === 0) {
      naarRegulier++;
      continue;
    }
    const instelling = instellingen.get(cbs) as BegrenzingInstelling;
    const telling = geteld.get(cbs) as GeteldePlaatsing[];
    const nieuw = { wijkCode: woning.wijkCode, complex: woning.complex, huurprijs: woning.huurprijs };
    const teltMee = telt({ ...nieuw, gemeenteCbs: cbs, categorie: 'OVERIG', binding: false, ingangsdatum: datum }, instelling, huurgrenzen);
    // Placements only grow within the year: once the cap refused a placement that counts, it refuses every later one.
    // Remembering that answer spares a count over all the gemeente's placements per dwelling.
    const toets = teltMee && vol.has(cbs) ? null : toetsNieuwePlaatsing(instelling, telling, huurgrenzen, nieuw);
    if (!toets?.toegestaan) {
      if (teltMee) vol.add(cbs);
      geweigerd.set(cbs, (geweigerd.get(cbs) ?? 0) + 1);
      naarRegulier++;
      continue;
    }
    const gekozen = kies(woning, bemiddeling, zelf, { peildatum: datum, huurgrenzen, plafond: teltMee ? toets.standen[0] : null });
    if (!gekozen) {
      naarRegulier++;
      continue;
    }
    const rij = gekozen.geldigTot === null ? bemiddeling : zelf;
    rij.splice(rij.indexOf(gekozen), 1);
    plaatsingen.push({ wachtende: gekozen, datum });
    telling.push({ ...nieuw, gemeenteCbs: cbs, categorie: gekozen.zaak.categorie, binding: false, ingangsdatum: datum });
  }
  return resultaat(config, zaken.length, woningen.length, wachtenden, plaatsingen, verlopen, instellingen, geteld, geweigerd, naarRegulier, herkomst, huurgrenzen);
}

function kies(
  woning: WoningKenmerken,
  bemiddeling: readonly Wachtende[],
  zelf: readonly Wachtende[],
  opts: Parameters<typeof rangschikKandidaten>[2],
): Wachtende | null {
  for (let vanaf = 0; vanaf < SIMULATIE_VENSTER; vanaf += SIMULATIE_GROEP) {
    const groep = venster(bemiddeling, zelf, vanaf, SIMULATIE_GROEP);
    if (groep.length === 0) return null;
    const [beste] = rangschikKandidaten(woning, groep.map((w) => w.profiel), opts);
    if (beste?.beoordeling.passend) return groep.find((w) => w.profiel === beste.kandidaat) ?? null;
  }
  return null;
}

function resultaat(
  config: SimulatieConfiguratie,
  aantalZaken: number,
  aantalWoningen: number,
  wachtenden: readonly Wachtende[],
  plaatsingen: readonly Plaatsing[],
  verlopen: readonly Wachtende[],
  instellingen: ReadonlyMap<string, BegrenzingInstelling>,
  geteld: ReadonlyMap<string, readonly GeteldePlaatsing[]>,
  geweigerd: ReadonlyMap<string, number>,
  naarRegulier: number,
  herkomst: SimulatieResultaat['herkomst'],
  huurgrenzen: ReturnType<typeof eisJaarMetHuurgrenzen>,
): SimulatieResultaat {
  const geplaatst = new Map(plaatsingen.map((p) => [p.wachtende.zaak.zaakId, p]));
  const perGemeente = new Map(REGIO_GEMEENTEN.map((g) => [g.cbsCode, leegTelling()]));
  const perCategorie = new Map(URGENTIECATEGORIEEN.map((c) => [c, leegTelling()]));
  const perRoute = { bemiddeling: leegTelling(), zelfZoeken: leegTelling() };
  const wachtPerCategorie = new Map<Urgentiecategorie, Periode[]>(URGENTIECATEGORIEEN.map((c) => [c, []]));
  const alleWacht: Periode[] = [];
  let binnenStreefdatum = 0;
  for (const w of wachtenden) {
    const p = geplaatst.get(w.zaak.zaakId);
    for (const t of [perGemeente.get(w.doelgemeenteCbs), perCategorie.get(w.zaak.categorie), w.geldigTot === null ? perRoute.bemiddeling : perRoute.zelfZoeken]) {
      if (!t) continue;
      t.gegenereerd++;
      if (p) t.geplaatst++;
      else t.nietGeplaatst++;
    }
    if (p) {
      const periode = { van: w.zaak.besluitOp, tot: p.datum };
      alleWacht.push(periode);
      wachtPerCategorie.get(w.zaak.categorie)?.push(periode);
      if (p.datum <= streefdatumHuisvesting(w.zaak.besluitOp)) binnenStreefdatum++;
    }
  }
  const totaal: SimulatieTelling = { gegenereerd: aantalZaken, geplaatst: plaatsingen.length, nietGeplaatst: aantalZaken - plaatsingen.length };
  eisBehoud(totaal, [...perGemeente.values()], [...perCategorie.values()], Object.values(perRoute));

  const vacatures = new Map(config.vacatures.map((v) => [v.gemeenteCbs, v.sociaal]));
  return {
    jaar: config.jaar,
    seed: config.seed,
    totaal: {
      ...totaal,
      vacatures: aantalWoningen,
      naarBijzondereDoelgroepen: plaatsingen.length,
      naarRegulier,
      verlopen: verlopen.length,
      binnenStreefdatum,
    },
    perGemeente: REGIO_GEMEENTEN.map((g) => ({
      gemeenteCbs: g.cbsCode,
      naam: g.naam,
      ...(perGemeente.get(g.cbsCode) as SimulatieTelling),
      vacatures: vacatures.get(g.cbsCode) ?? 0,
      geweigerdDoorPlafond: geweigerd.get(g.cbsCode) ?? 0,
      plafond: plafondOverzicht(instellingen.get(g.cbsCode) as BegrenzingInstelling, geteld.get(g.cbsCode) ?? [], huurgrenzen).gemeente,
    })),
    perCategorie: URGENTIECATEGORIEEN.filter((c) => (perCategorie.get(c)?.gegenereerd ?? 0) > 0).map((c) => ({
      categorie: c,
      label: URGENTIECATEGORIE_INFO[c].label,
      ...(perCategorie.get(c) as SimulatieTelling),
      wachttijd: doorlooptijd(wachtPerCategorie.get(c) ?? []),
    })),
    perRoute: (['bemiddeling', 'zelfZoeken'] as const).map((route) => ({ route, ...perRoute[route] })),
    wachttijd: doorlooptijd(alleWacht),
    herkomst,
  };
}

/** Conservation: every generated case ends placed or not placed, in every breakdown. A broken simulation must not show figures. */
function eisBehoud(totaal: SimulatieTelling, ...indelingen: SimulatieTelling[][]): void {
  if (totaal.geplaatst + totaal.nietGeplaatst !== totaal.gegenereerd) throw new Error('Simulatie: geplaatst + niet geplaatst ≠ gegenereerd.');
  for (const indeling of indelingen) {
    for (const t of indeling) {
      if (t.geplaatst + t.nietGeplaatst !== t.gegenereerd) throw new Error('Simulatie: een indeling verliest zaken.');
    }
    const som = indeling.reduce((s, t) => ({ g: s.g + t.gegenereerd, p: s.p + t.geplaatst }), { g: 0, p: 0 });
    if (som.g !== totaal.gegenereerd || som.p !== totaal.geplaatst) throw new Error('Simulatie: een indeling telt niet op tot het totaal.');
  }
}
