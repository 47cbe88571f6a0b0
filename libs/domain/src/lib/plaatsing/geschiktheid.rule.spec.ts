import { HUURGRENZEN, type Huurgrenzen } from '../huurgrenzen.data';
import { WoonstartFout } from '../woonstart-fout.error';
import { beoordeelGeschiktheid, benodigdeKamers, minimumKamersVoorHuishouden, rangschikKandidaten, rangschikWoningen, type Geschiktheid } from './geschiktheid.rule';
import type { KandidaatProfiel } from './kandidaat.model';
import { maakStand, type PlafondStand } from './plafond.rule';
import type { WoningKenmerken } from './woning.model';

const PEIL_2026 = '2026-03-01';
const PEIL_2025 = '2025-06-01';
const G2025 = HUURGRENZEN[2025];
const G2026 = HUURGRENZEN[2026];
const DELFT = '0503';
const DEN_HAAG = '0518';
const ROTTERDAM = '0599';

/** Born on 31 December, so on any peildatum before that in `peiljaar` the age is exactly `leeftijd`. */
const geboren = (leeftijd: number, peiljaar = 2026): string => `${peiljaar - leeftijd - 1}-12-31`;

const kandidaat = (o: Partial<KandidaatProfiel> = {}): KandidaatProfiel => ({
  zaakId: 'Z-1',
  categorie: 'MO',
  geboortedatum: geboren(30),
  huishoudgrootte: 1,
  minderjarigeKinderen: 0,
  aantalKamersMin: 1,
  woonvereisten: [],
  doelgemeenteCbs: DELFT,
  uitgeslotenGemeenten: [],
  uitgeslotenWijken: [],
  besluitOp: '2026-01-10',
  ...o,
});

const woning = (o: Partial<WoningKenmerken> = {}): WoningKenmerken => ({
  id: 'W-1',
  gemeenteCbs: DELFT,
  wijkCode: 'DE-CENTRUM',
  complex: null,
  huurprijs: 650,
  woningtype: 'appartement',
  kamers: 2,
  verdieping: 0,
  lift: false,
  nultreden: false,
  rolstoeltoegankelijk: false,
  labels: [],
  beschikbaarVanaf: '2026-03-15',
  ...o,
});

interface Extra {
  readonly peildatum?: string;
  readonly huurgrenzen?: Huurgrenzen;
  readonly plafond?: PlafondStand | null;
  readonly gemotiveerd?: boolean;
}

const beoordeel = (k: Partial<KandidaatProfiel>, w: Partial<WoningKenmerken>, e: Extra = {}): Geschiktheid =>
  beoordeelGeschiktheid({
    kandidaat: kandidaat(k),
    woning: woning(w),
    peildatum: e.peildatum ?? PEIL_2026,
    huurgrenzen: e.huurgrenzen ?? G2026,
    plafond: e.plafond,
    andereGemeenteGemotiveerd: e.gemotiveerd,
  });

const harde = (g: Geschiktheid): string[] => g.uitsluitingen.map((r) => r.code).sort();
const reden = (g: Geschiktheid, code: string) => g.redenen.find((r) => r.code === code);

// Caps of 315 (Delft): 250 used = room, 294 = 93.3 % bijna, 315 = vol, 316 = overschreden.
const PLAFOND = (gebruikt: number): PlafondStand => maakStand('gemeente', DELFT, 'Delft', 315, gebruikt);
const IN_2025 = { peildatum: PEIL_2025, huurgrenzen: G2025 };

type Rij = [naam: string, kandidaat: Partial<KandidaatProfiel>, woning: Partial<WoningKenmerken>, extra: Extra, passend: boolean, hardeFouten: string[], score: number];

// Base: MO, 30 years, one person, Delft as woonstartgemeente; an appartement of 2 rooms at € 650 in Delft. Score 2 = +2 doelgemeente.
const RIJEN: Rij[] = [
  ['MO, 30, alone: a small flat below the first cap in the doelgemeente fits', {}, {}, {}, true, [], 2],
  // Rent: liberalisatiegrens and aftoppingsgrenzen, exactly on a limit passes, one cent above fails.
  ['2026, household 3: exactly on the liberalisatiegrens is social, but above the tweede aftoppingsgrens', { huishoudgrootte: 3 }, { huurprijs: 932.93 }, {}, false, ['HUUR_AFTOPPING'], 2],
  ['2026, household 3: one cent above the liberalisatiegrens is not social housing', { huishoudgrootte: 3 }, { huurprijs: 932.94 }, {}, false, ['HUUR_AFTOPPING', 'HUUR_LIBERALISATIEGRENS'], 2],
  ['2026, household 2: exactly on the eerste aftoppingsgrens (€ 713,02) fits', { huishoudgrootte: 2 }, { huurprijs: 713.02 }, {}, true, [], 2],
  ['2026, household 2: one cent above the eerste aftoppingsgrens fails', { huishoudgrootte: 2 }, { huurprijs: 713.03 }, {}, false, ['HUUR_AFTOPPING'], 2],
  ['2026, household 3: exactly on the tweede aftoppingsgrens (€ 764,14) fits', { huishoudgrootte: 3 }, { huurprijs: 764.14 }, {}, true, [], 2],
  ['2026, household 3: one cent above the tweede aftoppingsgrens fails', { huishoudgrootte: 3 }, { huurprijs: 764.15 }, {}, false, ['HUUR_AFTOPPING'], 2],
  ['2025, household 1: exactly on the eerste aftoppingsgrens (€ 682,96) fits', { geboortedatum: geboren(30, 2025) }, { huurprijs: 682.96, beschikbaarVanaf: '2025-06-15' }, IN_2025, true, [], 2],
  ['2025, household 1: one cent above the eerste aftoppingsgrens fails', { geboortedatum: geboren(30, 2025) }, { huurprijs: 682.97, beschikbaarVanaf: '2025-06-15' }, IN_2025, false, ['HUUR_AFTOPPING'], 2],
  ['2025, household 4: exactly on the tweede aftoppingsgrens (€ 731,93) with 3 rooms fits', { geboortedatum: geboren(30, 2025), huishoudgrootte: 4, minderjarigeKinderen: 2, categorie: 'DG' }, { huurprijs: 731.93, kamers: 3, beschikbaarVanaf: '2025-06-15' }, IN_2025, true, [], 2],
  ['2025, household 4: one cent above the tweede aftoppingsgrens fails', { geboortedatum: geboren(30, 2025), huishoudgrootte: 4, minderjarigeKinderen: 2, categorie: 'DG' }, { huurprijs: 731.94, kamers: 3, beschikbaarVanaf: '2025-06-15' }, IN_2025, false, ['HUUR_AFTOPPING'], 2],
  // Young tenants: huurtoeslag only up to the kwaliteitskortingsgrens under 23.
  ['JZ, 19: exactly on the kwaliteitskortingsgrens 2026 (€ 498,20) fits', { categorie: 'JZ', geboortedatum: geboren(19) }, { huurprijs: 498.2 }, {}, true, [], 2],
  ['JZ, 19: one cent above the kwaliteitskortingsgrens 2026 fails', { categorie: 'JZ', geboortedatum: geboren(19) }, { huurprijs: 498.21 }, {}, false, ['HUUR_JONGEREN'], 2],
  ['MO, 22, 2025: one cent above the kwaliteitskortingsgrens 2025 (€ 477,20) fails', { geboortedatum: geboren(22, 2025) }, { huurprijs: 477.21, beschikbaarVanaf: '2025-06-15' }, IN_2025, false, ['HUUR_JONGEREN'], 2],
  ['MO, 22, 2025: exactly on the kwaliteitskortingsgrens 2025 fits', { geboortedatum: geboren(22, 2025) }, { huurprijs: 477.2, beschikbaarVanaf: '2025-06-15' }, IN_2025, true, [], 2],
  ['DET, 23 on the peildatum itself: the youth limit no longer applies', { categorie: 'DET', geboortedatum: '2003-03-01' }, { huurprijs: 600 }, {}, true, [], 2],
  // Rooms.
  ['DG, household 6 needs 4 rooms: 3 is too few', { categorie: 'DG', huishoudgrootte: 6, minderjarigeKinderen: 4 }, { huurprijs: 760, kamers: 3, woningtype: 'eengezinswoning' }, {}, false, ['KAMERS'], 3],
  ['DG, household 5 with 3 children: eengezinswoning of 3 rooms fits (+1)', { categorie: 'DG', huishoudgrootte: 5, minderjarigeKinderen: 3 }, { huurprijs: 750, kamers: 3, woningtype: 'eengezinswoning' }, {}, true, [], 3],
  ['DG, household 4 with 2 children: an appartement fits, without the family-home plus', { categorie: 'DG', huishoudgrootte: 4, minderjarigeKinderen: 2 }, { huurprijs: 750, kamers: 3 }, {}, true, [], 2],
  ['the application asks 3 rooms: 2 is too few even for one person', { aantalKamersMin: 3 }, {}, {}, false, ['KAMERS'], 2],
  ['MED, household 2 with an extra bedroom on medical advice needs 3 rooms', { categorie: 'MED', huishoudgrootte: 2, woonvereisten: ['extraSlaapkamer'] }, { kamers: 2 }, {}, false, ['KAMERS'], 2],
  ['one person in 4 rooms: underuse (−1)', {}, { kamers: 4 }, {}, true, [], 1],
  ['one person in an eengezinswoning: −1', {}, { woningtype: 'eengezinswoning', kamers: 3 }, {}, true, [], 1],
  // Dwelling type: a room.
  ['BW: a room is never passend (self-contained dwelling needed)', { categorie: 'BW' }, { woningtype: 'kamer', kamers: 1, huurprijs: 450 }, {}, false, ['WONINGTYPE'], 2],
  ['VO: a room is never passend', { categorie: 'VO' }, { woningtype: 'kamer', kamers: 1, huurprijs: 450 }, {}, false, ['WONINGTYPE'], 2],
  ['SW: a room is never passend', { categorie: 'SW' }, { woningtype: 'kamer', kamers: 1, huurprijs: 450 }, {}, false, ['WONINGTYPE'], 2],
  ['MO, household 2: a room is not passend for more than one person', { huishoudgrootte: 2 }, { woningtype: 'kamer', kamers: 1, huurprijs: 450 }, {}, false, ['KAMERS', 'WONINGTYPE'], 2],
  ['DET, 22: a room can do as stable housing (−1)', { categorie: 'DET', geboortedatum: geboren(22) }, { woningtype: 'kamer', kamers: 1, huurprijs: 450 }, {}, true, [], 1],
  ['STATUSHOUDER: a room can do as stable housing (−1)', { categorie: 'STATUSHOUDER' }, { woningtype: 'kamer', kamers: 1, huurprijs: 450 }, {}, true, [], 1],
  // Accessibility from the medical advice.
  ['MED: nultreden required, the flat is not nultreden', { categorie: 'MED', woonvereisten: ['nultreden'] }, {}, {}, false, ['WOONVEREISTE_NULTREDEN'], 2],
  ['MED: nultreden required and present (no extra plus for the group)', { categorie: 'MED', woonvereisten: ['nultreden'] }, { nultreden: true }, {}, true, [], 2],
  ['MED, 70: not required, but a nultreden flat suits the group (+1)', { categorie: 'MED', geboortedatum: geboren(70) }, { nultreden: true }, {}, true, [], 3],
  ['MED: wheelchair access required, not present', { categorie: 'MED', woonvereisten: ['rolstoeltoegankelijk'] }, { nultreden: true }, {}, false, ['WOONVEREISTE_ROLSTOEL'], 3],
  ['MED: lift required, 3rd floor without lift', { categorie: 'MED', woonvereisten: ['lift'] }, { verdieping: 3, lift: false }, {}, false, ['WOONVEREISTE_LIFT'], 2],
  ['MED: lift required, 3rd floor with lift fits', { categorie: 'MED', woonvereisten: ['lift'] }, { verdieping: 3, lift: true }, {}, true, [], 2],
  ['MZ: gelijkvloers required, an eengezinswoning has stairs inside', { categorie: 'MZ', woonvereisten: ['gelijkvloers'] }, { woningtype: 'eengezinswoning', kamers: 3 }, {}, false, ['WOONVEREISTE_GELIJKVLOERS'], 1],
  ['MZ: gelijkvloers required, 2nd floor with lift fits', { categorie: 'MZ', woonvereisten: ['gelijkvloers'] }, { verdieping: 2, lift: true }, {}, true, [], 2],
  ['MZ, 70: prikkelarm on medical advice and the label is there (+2)', { categorie: 'MZ', geboortedatum: geboren(70), woonvereisten: ['prikkelarm'] }, { labels: ['prikkelarm'] }, {}, true, [], 4],
  ['MED: care nearby on medical advice and the dwelling is clustered (+1)', { categorie: 'MED', woonvereisten: ['nabijZorg'] }, { labels: ['geclusterd'] }, {}, true, [], 3],
  // Group needs from the housing study.
  ['BW: prikkelarm and clustered (+1 +1)', { categorie: 'BW' }, { labels: ['prikkelarm', 'geclusterd'] }, {}, true, [], 4],
  ['BW: prikkelarm also on medical advice counts once (+2, not +3)', { categorie: 'BW', woonvereisten: ['prikkelarm'] }, { labels: ['prikkelarm'] }, {}, true, [], 4],
  ['GGZ: a regular flat without those labels still fits', { categorie: 'GGZ' }, {}, {}, true, [], 2],
  ['ONBEGREPEN_GEDRAG: a regular flat in a neighbourhood is excluded', { categorie: 'ONBEGREPEN_GEDRAG' }, {}, {}, false, ['DOELGROEP_VRIJLIGGEND'], 2],
  ['ONBEGREPEN_GEDRAG: a vrijliggende woning (Skaeve Huse) fits', { categorie: 'ONBEGREPEN_GEDRAG' }, { labels: ['vrijliggend'] }, {}, true, [], 2],
  // Labels that restrict who may rent.
  ['JZ, 19: a jongerenwoning fits the group (+1)', { categorie: 'JZ', geboortedatum: geboren(19) }, { labels: ['jongeren'], huurprijs: 450 }, {}, true, [], 3],
  ['MO, 30: a jongerenwoning is only up to 27', {}, { labels: ['jongeren'] }, {}, false, ['LABEL_JONGEREN'], 2],
  ['MED, 56: a 55+-woning fits', { categorie: 'MED', geboortedatum: geboren(56) }, { labels: ['55+'] }, {}, true, [], 2],
  ['MED, 30: a 55+-woning does not', { categorie: 'MED' }, { labels: ['55+'] }, {}, false, ['LABEL_55PLUS'], 2],
  // Excluded places.
  ['VO: the whole region excluded (danger), a dwelling in Delft is out', { categorie: 'VO', uitgeslotenGemeenten: ['HAAGLANDEN'], doelgemeenteCbs: null }, {}, {}, false, ['UITGESLOTEN_GEMEENTE'], 0],
  ['VO: the whole region excluded, a dwelling outside the region fits', { categorie: 'VO', uitgeslotenGemeenten: ['HAAGLANDEN'], doelgemeenteCbs: null }, { gemeenteCbs: ROTTERDAM }, {}, true, [], 0],
  ['VO: Den Haag excluded, Delft fits', { categorie: 'VO', uitgeslotenGemeenten: [DEN_HAAG] }, {}, {}, true, [], 2],
  ['DET: an area ban on the wijk excludes it', { categorie: 'DET', uitgeslotenWijken: ['DE-CENTRUM'] }, {}, {}, false, ['UITGESLOTEN_WIJK'], 2],
  // Doelgemeente (principles 1 and 2).
  ['another gemeente than the woonstartgemeente, no motivation: excluded until motivated', {}, { gemeenteCbs: DEN_HAAG }, {}, false, ['DOELGEMEENTE'], 0],
  ['another gemeente with a motivation: fits with −1', {}, { gemeenteCbs: DEN_HAAG }, { gemotiveerd: true }, true, [], -1],
  ['no woonstartgemeente yet: neutral', { doelgemeenteCbs: null }, {}, {}, true, [], 0],
  // Cap (principles 3 and 4).
  ['cap with room', {}, {}, { plafond: PLAFOND(250) }, true, [], 2],
  ['cap bijna vol (93.3 %): −1 and a warning', {}, {}, { plafond: PLAFOND(294) }, true, [], 1],
  ['cap vol: needs an override', {}, {}, { plafond: PLAFOND(315) }, false, ['PLAFOND'], 2],
  ['cap overschreden: needs an override', {}, {}, { plafond: PLAFOND(316) }, false, ['PLAFOND'], 2],
  // Availability.
  ['available 31 days after the peildatum: no minus', {}, { beschikbaarVanaf: '2026-04-01' }, {}, true, [], 2],
  ['available 32 days after the peildatum: −1', {}, { beschikbaarVanaf: '2026-04-02' }, {}, true, [], 1],
  // Several at once.
  ['SW, household 3 with 1 child, 2025: family home too dear and in another gemeente', { categorie: 'SW', geboortedatum: geboren(30, 2025), huishoudgrootte: 3, minderjarigeKinderen: 1 }, { gemeenteCbs: DEN_HAAG, woningtype: 'eengezinswoning', kamers: 3, huurprijs: 800, beschikbaarVanaf: '2025-06-15' }, IN_2025, false, ['DOELGEMEENTE', 'HUUR_AFTOPPING'], 1],
];

describe('beoordeelGeschiktheid', () => {
  it('has at least 30 rows', () => {
    expect(RIJEN.length).toBeGreaterThanOrEqual(30);
  });

  it.each(RIJEN)('%s', (_naam, k, w, e, passend, hardeFouten, score) => {
    const g = beoordeel(k, w, e);
    expect(harde(g)).toEqual(hardeFouten);
    expect(g.passend).toBe(passend);
    expect(g.score).toBe(score);
    expect(g.uitsluitingen.every((r) => g.redenen.includes(r))).toBe(true);
    expect(g.redenen.every((r) => r.tekst.length > 10)).toBe(true);
  });

  it('gives a reason for every rule also when met, with figures in Dutch notation', () => {
    const g = beoordeel({}, {});
    expect(g.redenen.map((r) => r.code)).toEqual([
      'HUUR_LIBERALISATIEGRENS', 'HUUR_JONGEREN', 'HUUR_AFTOPPING', 'KAMERS', 'WONINGTYPE', 'UITGESLOTEN_GEMEENTE', 'UITGESLOTEN_WIJK', 'DOELGEMEENTE', 'BESCHIKBAARHEID',
    ]);
    expect(g.redenen.filter((r) => r.code !== 'DOELGEMEENTE' && r.code !== 'BESCHIKBAARHEID').every((r) => r.hard && r.voldoet)).toBe(true);
    expect(reden(g, 'HUUR_LIBERALISATIEGRENS')?.tekst).toBe('Huur € 650,00 ligt niet boven de liberalisatiegrens 2026 (€ 932,93): sociale huurwoning');
    expect(reden(g, 'HUUR_AFTOPPING')?.tekst).toBe('Huur € 650,00 ligt niet boven de eerste aftoppingsgrens 2026 (€ 713,02) voor een huishouden van 1 persoon');
    expect(reden(g, 'DOELGEMEENTE')).toEqual({ code: 'DOELGEMEENTE', hard: false, voldoet: true, gewicht: 2, tekst: 'De woning ligt in Delft, de woonstartgemeente' });
    expect(reden(g, 'BESCHIKBAARHEID')?.tekst).toBe('Beschikbaar vanaf 15 maart 2026');
  });

  it('names the limit, the year and the household in a failed rent check', () => {
    const g = beoordeel({ huishoudgrootte: 2 }, { huurprijs: 745 });
    expect(g.uitsluitingen).toEqual([
      { code: 'HUUR_AFTOPPING', hard: true, voldoet: false, gewicht: 0, tekst: 'Huur € 745,00 ligt boven de eerste aftoppingsgrens 2026 (€ 713,02) voor een huishouden van 2 personen' },
    ]);
  });

  it('explains the youth limit with the age', () => {
    expect(reden(beoordeel({ geboortedatum: geboren(22) }, { huurprijs: 500 }), 'HUUR_JONGEREN')?.tekst).toBe(
      'Kandidaat is 22 jaar: huur € 500,00 ligt boven de kwaliteitskortingsgrens 2026 (€ 498,20); onder 23 jaar is er alleen huurtoeslag tot die grens',
    );
  });

  it('explains the rooms needed', () => {
    expect(reden(beoordeel({ categorie: 'MED', huishoudgrootte: 2, woonvereisten: ['extraSlaapkamer'] }, {}), 'KAMERS')?.tekst).toBe(
      '2 kamers is te weinig, minimaal nodig: 3 (huishouden van 2 personen: 2; plus een extra slaapkamer op medisch advies; aanvraag: 1)',
    );
  });

  it('another gemeente: the exclusion can be lifted by a motivation; with one it is a soft minus that says so', () => {
    const zonder = beoordeel({}, { gemeenteCbs: DEN_HAAG });
    expect(zonder.uitsluitingen).toEqual([
      { code: 'DOELGEMEENTE', hard: true, voldoet: false, gewicht: 0, opheffing: 'motivering', tekst: 'De woning ligt in Den Haag, niet in de woonstartgemeente Delft: aanbieden kan alleen met een motivering' },
    ]);
    const met = beoordeel({}, { gemeenteCbs: DEN_HAAG }, { gemotiveerd: true });
    expect(reden(met, 'DOELGEMEENTE')).toMatchObject({ hard: false, voldoet: true, gewicht: -1 });
    expect(reden(met, 'DOELGEMEENTE')?.tekst).toContain('gemotiveerd');
  });

  it('a full cap can only be lifted by an ontheffing; a nearly full one warns with the percentage', () => {
    const vol = beoordeel({}, {}, { plafond: PLAFOND(315) });
    expect(reden(vol, 'PLAFOND')).toMatchObject({ hard: true, voldoet: false, opheffing: 'ontheffing' });
    expect(reden(vol, 'PLAFOND')?.tekst).toContain('ontheffing van de regiocoördinator');
    const bijna = beoordeel({}, {}, { plafond: PLAFOND(294) });
    expect(bijna.waarschuwingen).toEqual(['Plafond gemeente Delft is voor 93,3 % gebruikt']);
    expect(reden(bijna, 'PLAFOND')).toMatchObject({ hard: false, voldoet: true, gewicht: -1 });
    expect(reden(beoordeel({}, {}), 'PLAFOND')).toBeUndefined();
  });

  it('does not reveal why a gemeente or wijk is excluded', () => {
    const g = beoordeel({ categorie: 'VO', uitgeslotenGemeenten: ['HAAGLANDEN'], uitgeslotenWijken: ['DE-CENTRUM'] }, {});
    const teksten = g.uitsluitingen.map((r) => r.tekst).join(' ');
    expect(teksten).toContain('de hele regio is voor deze kandidaat uitgesloten');
    expect(teksten).toContain('Wijk DE-CENTRUM is voor deze kandidaat uitgesloten');
    expect(teksten).not.toMatch(/vrouwenopvang|geweld|dader/i);
  });

  it('a wish the dwelling does not meet shows its weight but does not count', () => {
    const g = beoordeel({ categorie: 'BW' }, {});
    expect(reden(g, 'DOELGROEP_PRIKKELARM')).toMatchObject({ hard: false, voldoet: false, gewicht: 1 });
    expect(reden(g, 'DOELGROEP_GECLUSTERD')).toMatchObject({ hard: false, voldoet: false, gewicht: 1 });
    expect(g.score).toBe(2);
  });

  it('is deterministic', () => {
    expect(beoordeel({ categorie: 'BW' }, { labels: ['prikkelarm'] })).toEqual(beoordeel({ categorie: 'BW' }, { labels: ['prikkelarm'] }));
  });

  it.each<[string, Extra, Partial<KandidaatProfiel>]>([
    ['peildatum', { peildatum: '2026-02-30' }, {}],
    ['geboortedatum', {}, { geboortedatum: '01-01-1990' }],
  ])('refuses an invalid %s in Dutch', (_veld, e, k) => {
    expect(() => beoordeel(k, {}, e)).toThrow(WoonstartFout);
  });
});

describe('kamers', () => {
  it.each<[number, number]>([[1, 1], [2, 2], [3, 2], [4, 3], [5, 3], [6, 4]])('a household of %i needs %i rooms', (n, kamers) => {
    expect(minimumKamersVoorHuishouden(n)).toBe(kamers);
  });

  it.each<[string, Partial<KandidaatProfiel>, number]>([
    ['the application asks more than the household needs', { aantalKamersMin: 3 }, 3],
    ['the extra bedroom comes on top of the household need', { huishoudgrootte: 4, woonvereisten: ['extraSlaapkamer'] }, 4],
    ['the application already asks enough for the extra bedroom', { aantalKamersMin: 3, huishoudgrootte: 2, woonvereisten: ['extraSlaapkamer'] }, 3],
  ])('%s', (_naam, k, verwacht) => {
    expect(benodigdeKamers(kandidaat(k))).toBe(verwacht);
  });
});

describe('rangschikWoningen', () => {
  const K = kandidaat();
  const opts = { peildatum: PEIL_2026, huurgrenzen: G2026 };
  const W = {
    teDuur: woning({ id: 'W-duur', huurprijs: 720 }),
    goed700: woning({ id: 'W-700', huurprijs: 700 }),
    goed600b: woning({ id: 'W-600b', huurprijs: 600 }),
    goed600a: woning({ id: 'W-600a', huurprijs: 600 }),
    laat: woning({ id: 'W-laat', huurprijs: 500, beschikbaarVanaf: '2026-06-01' }),
    denHaag: woning({ id: 'W-dh', gemeenteCbs: DEN_HAAG, huurprijs: 400 }),
  };

  it('passend first, then score, then the cheapest, then id', () => {
    const r = rangschikWoningen(K, Object.values(W), opts);
    // Among the dwellings that do not fit the score still orders: too dear (2) before another gemeente (0).
    expect(r.map((m) => m.woning.id)).toEqual(['W-600a', 'W-600b', 'W-700', 'W-laat', 'W-duur', 'W-dh']);
    expect(r.map((m) => m.beoordeling.passend)).toEqual([true, true, true, true, false, false]);
  });

  it('a motivated other gemeente becomes passend with a lower score', () => {
    const r = rangschikWoningen(K, Object.values(W), { ...opts, andereGemeenteGemotiveerd: (_k, w) => w.gemeenteCbs === DEN_HAAG });
    expect(r.map((m) => m.woning.id)).toEqual(['W-600a', 'W-600b', 'W-700', 'W-laat', 'W-dh', 'W-duur']);
    expect(r.find((m) => m.woning.id === 'W-dh')?.beoordeling).toMatchObject({ passend: true, score: -1 });
  });

  it('takes the cap stand per dwelling', () => {
    const r = rangschikWoningen(K, [W.goed600a, W.goed700], { ...opts, plafond: (w) => (w.id === 'W-600a' ? PLAFOND(315) : PLAFOND(10)) });
    expect(r.map((m) => [m.woning.id, m.beoordeling.passend])).toEqual([['W-700', true], ['W-600a', false]]);
  });
});

describe('rangschikKandidaten', () => {
  const W = woning({ labels: ['prikkelarm'] });
  const opts = { peildatum: PEIL_2026, huurgrenzen: G2026 };
  const K = {
    wachtKort: kandidaat({ zaakId: 'Z-kort', besluitOp: '2026-01-10' }),
    wachtLang: kandidaat({ zaakId: 'Z-lang', besluitOp: '2025-11-01' }),
    geenBesluit: kandidaat({ zaakId: 'Z-geen', besluitOp: null }),
    gelijkB: kandidaat({ zaakId: 'Z-b', besluitOp: '2025-12-01' }),
    gelijkA: kandidaat({ zaakId: 'Z-a', besluitOp: '2025-12-01' }),
    bw: kandidaat({ zaakId: 'Z-bw', categorie: 'BW', besluitOp: '2026-02-01' }),
    zonderDoel: kandidaat({ zaakId: 'Z-nul', doelgemeenteCbs: null, besluitOp: '2024-01-01' }),
    gezin: kandidaat({ zaakId: 'Z-gezin', huishoudgrootte: 4, minderjarigeKinderen: 1, besluitOp: '2024-01-01' }),
  };

  it('passend first, then score, then the longest waiting (no decision last), then zaakId', () => {
    const r = rangschikKandidaten(W, Object.values(K), opts);
    expect(r.map((m) => m.kandidaat.zaakId)).toEqual(['Z-bw', 'Z-lang', 'Z-a', 'Z-b', 'Z-kort', 'Z-geen', 'Z-nul', 'Z-gezin']);
    expect(r.map((m) => m.beoordeling.score)).toEqual([3, 2, 2, 2, 2, 2, 0, 2]);
    expect(r[r.length - 1].beoordeling.passend).toBe(false);
  });

  it('asks for the motivation per candidate', () => {
    const elders = woning({ gemeenteCbs: DEN_HAAG });
    const r = rangschikKandidaten(elders, [K.wachtLang, K.wachtKort], { ...opts, andereGemeenteGemotiveerd: (k) => k.zaakId === 'Z-kort' });
    expect(r.map((m) => [m.kandidaat.zaakId, m.beoordeling.passend])).toEqual([['Z-kort', true], ['Z-lang', false]]);
  });
});
