import type { DataSource, EntityManager } from 'typeorm';
import { CAP_SHARE_OF_MUTATIES, REGIO_GEMEENTEN, addDays, scenarioInvoerMemo, beoordeelGeschiktheid, bepaalHerkomstgemeente, regioGemeente, type Urgentiecategorie } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { BeleidEntity } from '../entities/beleid.entity';
import { GebruikerEntity } from '../entities/gebruiker.entity';
import { GemeenteEntity } from '../entities/gemeente.entity';
import { OrganisatieEntity } from '../entities/organisatie.entity';
import { BegrenzingEntity } from '../entities/begrenzing.entity';
import { PlaatsingEntity } from '../entities/plaatsing.entity';
import { WoningEntity } from '../entities/woning.entity';
import { ZaakEntity } from '../entities/zaak.entity';
import { ScenarioInvoerEntity } from '../entities/scenario-invoer.entity';
import { laadHuurgrenzen } from '../plaatsing/huurgrenzen';
import { laadKandidaatProfiel, woningKenmerken } from '../plaatsing/kandidaat';
import type { Actor } from '../zaak/actor.model';
import { createZaak } from '../zaak/create-zaak';
import type { Aanvraaggegevens } from '@woonstart/domain';
import { applyZaakCommand } from '../zaak/zaak-command';
import { voegDocumentToe } from '../document/document-opslag';
import { demoPdf } from './demo-pdf';
import { pick, prng } from './prng';
import {
  ACHTERNAMEN, CORPORATIES, GEBRUIKERS, GEMEENTEN_BUITEN_REGIO, REGIO, STRATEN, TOETSINGSCOMMISSIE, VOORNAMEN, ZORGINSTELLINGEN, gemeenteOrganisatie,
} from './seed-data';

/** A zorginstelling files only uitstroomverzoeken (controleerIndiening); the other categories come in through the gemeente. */
const CATEGORIE_PER_INSTELLING: Record<string, Urgentiecategorie[]> = {
  'Parnassia Groep': ['GGZ', 'BW'],
  'Kessler Stichting': ['MO'],
  Limor: ['BW', 'DET'],
  Jeugdformaat: ['JZ'],
  'Stichting Wende Vrouwenopvang': ['VO'],
};

/** Where each demo case ends up; together they cover every state of the machine. */
const DOELEN = [
  'concept', 'ingediend', 'aanvullen', 'toetsingHerkomst', 'wegingWoonstart', 'besluitvorming', 'voorgesteld',
  'bemiddeling.zoeken', 'bemiddeling.aanbieding', 'bemiddeling.geaccepteerd', 'zelfZoeken',
  'geplaatst.bemiddeling', 'geplaatst.zelfZoeken', 'afgewezen', 'ingetrokken', 'buitenBehandeling',
  'zienswijze', 'bezwaar', 'definitiefAfgewezen', 'bemiddeling.zoeken', 'geplaatst.bemiddeling',
] as const;

/** Policy per gemeente (demo values): eight weeks, fourteen days to complete, four eyes except Midden-Delfland's small committee. */
const BELEID_VANAF = '2025-01-01';
type Doel = (typeof DOELEN)[number];

/** Uitstroomverzoeken of the zorginstellingen; with the intake cases below about a hundred cases. */
const AANTAL_UITSTROOM = 88;

/**
 * Applications of self-applicants the gemeenten Den Haag and Delft registered, in the
 * phases their users and the commissie meet them (with an ID and, for MED, a medical statement).
 */
const GEMEENTE_ZAKEN: ReadonlyArray<{ gemeente: '0518' | '0503'; categorie: Urgentiecategorie; doel: Doel }> = [
  { gemeente: '0518', categorie: 'MED', doel: 'concept' },
  { gemeente: '0518', categorie: 'MED', doel: 'ingediend' },
  { gemeente: '0518', categorie: 'MED', doel: 'besluitvorming' },
  { gemeente: '0518', categorie: 'MED', doel: 'zelfZoeken' },
  { gemeente: '0518', categorie: 'MZ', doel: 'aanvullen' },
  { gemeente: '0518', categorie: 'SOCIAAL', doel: 'wegingWoonstart' },
  { gemeente: '0518', categorie: 'DG', doel: 'bemiddeling.zoeken' },
  { gemeente: '0503', categorie: 'MED', doel: 'toetsingHerkomst' },
  { gemeente: '0503', categorie: 'MED', doel: 'voorgesteld' },
  { gemeente: '0503', categorie: 'MZ', doel: 'geplaatst.zelfZoeken' },
  { gemeente: '0503', categorie: 'SOCIAAL', doel: 'afgewezen' },
  { gemeente: '0503', categorie: 'SW', doel: 'ingediend' },
];

export interface SeedResult {
  readonly seeded: boolean;
  readonly zaken: number;
  readonly woningen: number;
}

/** Loads the demo data once; a database that already has gemeenten is left alone. */
export async function seedDemoData(dataSource: DataSource, options: { now?: Date; aantalUitstroom?: number } = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const aantal = options.aantalUitstroom ?? AANTAL_UITSTROOM;
  const existing = await dataSource.getRepository(GemeenteEntity).count();
  if (existing > 0) return { seeded: false, zaken: 0, woningen: 0 };

  const ctx = await dataSource.transaction((m) => seedReferenceData(m));
  const rnd = prng(20261121);
  const woningen = await dataSource.transaction((m) => seedWoningen(m, ctx.corporaties, rnd));
  await dataSource.transaction((m) => seedBegrenzing(m, now));
  await dataSource.transaction((m) => seedScenarioInvoer(m));
  const vrij = new Map<string, WoningEntity[]>();
  for (const w of woningen) vrij.set(w.gemeenteCbs, [...(vrij.get(w.gemeenteCbs) ?? []), w]);

  for (let i = 0; i < aantal; i++) {
    const doel = DOELEN[i % DOELEN.length];
    const instelling = ctx.instellingen[i % ctx.instellingen.length];
    const zorg = [...ctx.gebruikers.values()].find((g) => g.organisatieId === instelling.id)!;
    await dataSource.transaction((m) => seedZaak(m, i, doel, rnd, now, ctx, vrij, zorg, (dag) => demoAanvraag(i, rnd, dag, instelling.naam)));
  }
  for (const [n, z] of GEMEENTE_ZAKEN.entries()) {
    const i = aantal + n;
    const intake = vereist(ctx.intake.get(z.gemeente), `intakemedewerker van ${z.gemeente}`);
    await dataSource.transaction((m) => seedZaak(m, i, z.doel, rnd, now, ctx, vrij, intake, (dag) => demoZelfmelding(i, rnd, dag, z.categorie, z.gemeente), true));
  }
  await dataSource.transaction((m) => seedPlaatsingenZonderZaak(m, ctx, now, rnd));
  return { seeded: true, zaken: aantal + GEMEENTE_ZAKEN.length, woningen: woningen.length };
}

interface SeedContext {
  gebruikers: Map<string, GebruikerEntity>;
  corporaties: OrganisatieEntity[];
  instellingen: OrganisatieEntity[];
  /** The intake user of each regio gemeente, by CBS code. */
  intake: Map<string, GebruikerEntity>;
}

async function seedReferenceData(m: EntityManager): Promise<SeedContext> {
  await m.insert(GemeenteEntity, [
    ...REGIO_GEMEENTEN.map((g) => ({ cbsCode: g.cbsCode, naam: g.naam, inRegio: true, centrumregio: g.centrumregio, mutatiesSociaal: g.lettingsSocialAvg, mutatiesOnderAftopping: g.lettingsBelowFirstRentCapAvg })),
    ...GEMEENTEN_BUITEN_REGIO.map((g) => ({ cbsCode: g.cbsCode, naam: g.naam, inRegio: false, centrumregio: null, mutatiesSociaal: null, mutatiesOnderAftopping: null })),
  ]);
  const alle = REGIO_GEMEENTEN.map((g) => g.cbsCode);
  await m.insert(BeleidEntity, REGIO_GEMEENTEN.map((g) => ({
    gemeenteCbs: g.cbsCode, geldigVanaf: BELEID_VANAF, beslistermijnWeken: 8, hersteltermijnDagen: 14, zienswijzetermijnDagen: 14,
    geldigheidMaanden: 3, vierOgen: g.cbsCode !== '1842', adviescommissieBezwaar: true,
  })));
  const orgs = await m.save(OrganisatieEntity, [
    m.create(OrganisatieEntity, { naam: REGIO, type: 'regio', werkgebied: alle }),
    m.create(OrganisatieEntity, { naam: TOETSINGSCOMMISSIE, type: 'toetsingscommissie', werkgebied: alle }),
    ...CORPORATIES.map((c) => m.create(OrganisatieEntity, { naam: c.naam, type: 'woningcorporatie', werkgebied: c.werkgebied })),
    ...ZORGINSTELLINGEN.map((naam) => m.create(OrganisatieEntity, { naam, type: 'zorginstelling', werkgebied: alle })),
    ...REGIO_GEMEENTEN.map((g) => m.create(OrganisatieEntity, { naam: gemeenteOrganisatie(g.naam), type: 'gemeente', werkgebied: [g.cbsCode] })),
  ]);
  const byNaam = new Map(orgs.map((o) => [o.naam, o]));
  const corporaties = orgs.filter((o) => o.type === 'woningcorporatie');
  const lijst = [...GEBRUIKERS];
  for (const c of corporaties) {
    if (!lijst.some((g) => g.organisatie === c.naam)) {
      const slug = c.naam.toLowerCase().replace(/[^a-z]+/g, '');
      lijst.push({ email: `bemiddeling@${slug}.demo`, naam: `Bemiddelaar ${c.naam}`, rol: 'corporatiemedewerker', organisatie: c.naam });
    }
  }
  for (const g of REGIO_GEMEENTEN) {
    const organisatie = gemeenteOrganisatie(g.naam);
    if (!lijst.some((u) => u.organisatie === organisatie)) {
      lijst.push({ email: `intake@${g.naam.toLowerCase().replace(/[^a-z]+/g, '')}.demo`, naam: `Intake ${g.naam}`, rol: 'gemeentemedewerker', organisatie });
    }
  }
  const gebruikers = await m.save(GebruikerEntity, lijst.map((g) => m.create(GebruikerEntity, { email: g.email, naam: g.naam, rol: g.rol, organisatieId: byNaam.get(g.organisatie)!.id, actief: true })));
  return {
    gebruikers: new Map(gebruikers.map((g) => [g.email, g])),
    corporaties,
    instellingen: orgs.filter((o) => o.type === 'zorginstelling'),
    intake: new Map(REGIO_GEMEENTEN.map((g) => {
      const organisatie = vereist(byNaam.get(gemeenteOrganisatie(g.naam)), gemeenteOrganisatie(g.naam));
      return [g.cbsCode, vereist(gebruikers.find((u) => u.organisatieId === organisatie.id), `intakemedewerker van ${g.naam}`)];
    })),
  };
}

async function seedWoningen(m: EntityManager, corporaties: OrganisatieEntity[], rnd: () => number): Promise<WoningEntity[]> {
  // Five entries as before, each drawn with one rnd() call: the cases seeded after the
  // dwellings draw from the same stream and stay the same demo cases.
  const types: ReadonlyArray<{ woningtype: WoningEntity['woningtype']; kamers: number; senior?: boolean }> = [
    { woningtype: 'studio', kamers: 1 }, { woningtype: 'appartement', kamers: 2 }, { woningtype: 'appartement', kamers: 3 },
    { woningtype: 'eengezinswoning', kamers: 4 }, { woningtype: 'appartement', kamers: 2, senior: true },
  ];
  // The newer attributes come from their own stream, for the same reason.
  const extra = prng(20261122);
  const wijken: Array<{ code: string; gemeente_cbs: string }> = await m.query(`SELECT code, gemeente_cbs FROM wijk ORDER BY code`);
  const vandaag = new Date().toISOString().slice(0, 10);
  const rows: Partial<WoningEntity>[] = [];
  const flats = new Map<string, number>();
  const complexen = new Map<string, number>();
  for (let i = 0; i < 54; i++) {
    const corporatie = corporaties[i % corporaties.length];
    const gemeente = corporatie.werkgebied[Math.floor(i / corporaties.length) % corporatie.werkgebied.length];
    const t = pick(rnd, types);
    const adres = `${pick(rnd, STRATEN)} ${1 + Math.floor(rnd() * 240)}${rnd() < 0.3 ? '-' + (1 + Math.floor(rnd() * 4)) : ''}, ${vereist(regioGemeente(gemeente), `gemeente ${gemeente}`).naam}`;
    const postcode = `${2200 + Math.floor(rnd() * 600)} ${String.fromCharCode(65 + Math.floor(rnd() * 26))}${String.fromCharCode(65 + Math.floor(rnd() * 26))}`;
    const huur = Math.round((430 + rnd() * 450) * 100) / 100;
    const nultredenGetrokken = t.senior === true || rnd() < 0.15;

    // About a third of the studios are rooms in a shared house (kamer), mostly for young people.
    const woningtype: WoningEntity['woningtype'] = t.woningtype === 'studio' && extra() < 0.35 ? 'kamer' : t.woningtype;
    const grondgebonden = woningtype === 'eengezinswoning';
    const verdieping = grondgebonden ? 0 : Math.floor(extra() * (t.senior ? 6 : 9));
    // Higher up there is always a lift; low flats often have none.
    const lift = !grondgebonden && (verdieping >= 4 || (verdieping > 0 && extra() < 0.45));
    const nultreden = nultredenGetrokken || verdieping === 0 || (lift && extra() < 0.5);
    const rolstoeltoegankelijk = nultreden && (t.senior === true || extra() < 0.25);
    const labels: WoningEntity['labels'] = [];
    if (t.senior) labels.push('55+');
    if ((woningtype === 'kamer' || woningtype === 'studio') && extra() < 0.5) labels.push('jongeren');
    if (!t.senior && extra() < 0.12) labels.push('prikkelarm');
    if (woningtype === 'appartement' && !t.senior && extra() < 0.08) labels.push('geclusterd');
    // One dwelling away from the neighbourhood (Skaeve Huse-like), for the rare candidate who needs it.
    if (i === 40) labels.push('vrijliggend');
    // Flats share three complexes per gemeente, each in one wijk, taken in turn (the first two flats
    // of a gemeente always), so caps per complex have something to count. Den Haag's numbers are
    // 12xx: its cap exception names Complex 1204.
    const flatNummer = grondgebonden ? -1 : (flats.get(gemeente) ?? 0);
    if (!grondgebonden) flats.set(gemeente, flatNummer + 1);
    const inComplex = !grondgebonden && (flatNummer < 2 || extra() < 0.4);
    const complexNummer = inComplex ? (complexen.get(gemeente) ?? 0) % 3 : 0;
    if (inComplex) complexen.set(gemeente, complexNummer + 1);
    const complex = inComplex ? `Complex ${gemeente === '0518' ? 12 : Number(gemeente) % 90 + 10}${['04', '11', '27'][complexNummer]}` : null;
    const inGemeente = wijken.filter((w) => w.gemeente_cbs === gemeente);
    const wijk = vereist(inGemeente[inComplex ? complexNummer % inGemeente.length : Math.floor(extra() * inGemeente.length)], `een wijk van gemeente ${gemeente}`);
    rows.push({
      corporatieId: corporatie.id, gemeenteCbs: gemeente, wijkCode: wijk.code, complex,
      adres, postcode, woningtype,
      kamers: woningtype === 'kamer' ? 1 : grondgebonden ? t.kamers + Math.floor(extra() * 2) : t.kamers,
      huurprijs: woningtype === 'kamer' ? Math.round(huur * 0.6 * 100) / 100 : huur,
      verdieping, lift, nultreden, rolstoeltoegankelijk, labels,
      beschikbaarVanaf: addDays(vandaag, Math.floor(extra() * 60) - 21),
      status: 'beschikbaar', zaakId: null,
    });
  }
  return m.save(WoningEntity, rows.map((r) => m.create(WoningEntity, r)));
}

/** A lookup in the demo data that cannot miss; a clear error when the data were changed inconsistently. */
function vereist<T>(waarde: T | undefined, wat: string): T {
  if (waarde === undefined) throw new Error(`Demodata onvolledig: ${wat} ontbreekt`);
  return waarde;
}

function actorOf(g: GebruikerEntity): Actor & { id: string; organisatieId: string } {
  return { id: g.id, naam: g.naam, rol: g.rol, organisatieId: g.organisatieId };
}

/** A plausible application as it would have been filed on `aanvraagdatum`. */
function demoAanvraag(i: number, rnd: () => number, aanvraagdatum: Date, instelling: string): { input: Aanvraaggegevens; herkomstCbs: string | null } {
  const categorie = pick(rnd, CATEGORIE_PER_INSTELLING[instelling]);
  const regio = pick(rnd, [...REGIO_GEMEENTEN, REGIO_GEMEENTEN[1], REGIO_GEMEENTEN[1], REGIO_GEMEENTEN[1]]);
  const buiten = rnd() < 0.12 ? pick(rnd, GEMEENTEN_BUITEN_REGIO) : null;
  const herkomst = buiten ? { cbsCode: buiten.cbsCode, naam: buiten.naam } : { cbsCode: regio.cbsCode, naam: regio.naam };
  const leeftijd = categorie === 'JZ' ? 18 + Math.floor(rnd() * 4) : 20 + Math.floor(rnd() * 45);
  const todayMinus = (days: number) => addDays(aanvraagdatum.toISOString().slice(0, 10), -days);
  const opnameVan = todayMinus(30 + Math.floor(rnd() * 700));
  const geboortedatum = addDays(opnameVan, -Math.floor(leeftijd * 365.25) - Math.floor(rnd() * 300));
  const woonVan = addDays(opnameVan, -(200 + Math.floor(rnd() * 2500)));
  const metBriefadres = rnd() < 0.2;
  const inschrijvingen: Aanvraaggegevens['inschrijvingen'] = metBriefadres
    ? [
        { gemeenteCbs: herkomst.cbsCode, gemeenteNaam: herkomst.naam, adrestype: 'woonadres', van: woonVan, tot: addDays(opnameVan, -91) },
        { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'briefadres', van: addDays(opnameVan, -90), tot: addDays(opnameVan, -1) },
        { gemeenteCbs: regio.cbsCode, gemeenteNaam: regio.naam, adrestype: 'instelling', van: opnameVan, tot: null },
      ]
    : [
        { gemeenteCbs: herkomst.cbsCode, gemeenteNaam: herkomst.naam, adrestype: 'woonadres', van: woonVan, tot: addDays(opnameVan, -1) },
        { gemeenteCbs: regio.cbsCode, gemeenteNaam: regio.naam, adrestype: 'instelling', van: opnameVan, tot: null },
      ];
  const huishouden: Aanvraaggegevens['huishouden'] = categorie === 'DG' || (categorie === 'VO' && rnd() < 0.6)
    ? [{ relatie: 'kind', naam: `${pick(rnd, VOORNAMEN)} ${pick(rnd, ACHTERNAMEN)}`, geboortedatum: todayMinus(365 * (2 + Math.floor(rnd() * 12))) }]
    : [];
  const input: Aanvraaggegevens = {
    categorie, behandelendeGemeente: regio.cbsCode,
    aanvrager: { voornamen: pick(rnd, VOORNAMEN), achternaam: pick(rnd, ACHTERNAMEN), geboortedatum, email: null, telefoon: null },
    woonnetInschrijfnummer: `WN${String(100000 + i * 37)}`,
    huishouden, inschrijvingen,
    opnames: [{ instelling, van: opnameVan, tot: null }],
    ondersteuningsplan: 'Ambulante begeleiding 4 uur per week door de eigen begeleider; schuldhulpverlening loopt via de gemeente.',
    begeleidingAkkoord: true,
    woonwensen: huishouden.length ? 'Minimaal twee slaapkamers, dichtbij school.' : 'Zelfstandige woning, prikkelarme omgeving.',
    aantalKamersMin: huishouden.length ? 3 : 1,
  };
  const voorstel = bepaalHerkomstgemeente({ inschrijvingen: input.inschrijvingen, opnames: input.opnames, geboortedatum });
  return { input, herkomstCbs: voorstel.gemeenteCbs };
}

const PLAN_ZELFMELDER: Partial<Record<Urgentiecategorie, string>> = {
  MED: 'Thuiszorg twee keer per week en wijkverpleging; de huisarts heeft een verklaring meegegeven.',
  MZ: 'Aanvrager verleent dagelijks mantelzorg aan de moeder, die in de wijk woont; de reistijd is nu ruim een uur.',
  SOCIAAL: 'Maatschappelijk werk begeleidt de aanvrager na een scheiding; er loopt schuldhulpverlening via de gemeente.',
  DG: 'Gezin verblijft tijdelijk bij familie; het wijkteam begeleidt ouders en kinderen.',
  SW: 'Aanvrager neemt deel aan het uitstapprogramma van de gemeente, met een vaste trajectbegeleider.',
};

/**
 * A self-applicant's application as a gemeente registers it: living at home (a
 * woonadres in the gemeente up to now), no admission to an institution.
 */
function demoZelfmelding(i: number, rnd: () => number, aanvraagdatum: Date, categorie: Urgentiecategorie, gemeenteCbs: string): { input: Aanvraaggegevens; herkomstCbs: string | null } {
  const gemeente = vereist(regioGemeente(gemeenteCbs), `regiogemeente ${gemeenteCbs}`);
  const vandaag = aanvraagdatum.toISOString().slice(0, 10);
  const leeftijd = categorie === 'MED' ? 55 + Math.floor(rnd() * 30) : 25 + Math.floor(rnd() * 35);
  const geboortedatum = addDays(vandaag, -Math.floor(leeftijd * 365.25) - Math.floor(rnd() * 300));
  const verhuisd = addDays(vandaag, -(400 + Math.floor(rnd() * 3000)));
  const vorige = pick(rnd, [...REGIO_GEMEENTEN.filter((g) => g.cbsCode !== gemeenteCbs), ...GEMEENTEN_BUITEN_REGIO]);
  const huishouden: Aanvraaggegevens['huishouden'] = categorie === 'DG'
    ? [
        { relatie: 'partner', naam: `${pick(rnd, VOORNAMEN)} ${pick(rnd, ACHTERNAMEN)}`, geboortedatum: addDays(geboortedatum, 400) },
        { relatie: 'kind', naam: `${pick(rnd, VOORNAMEN)} ${pick(rnd, ACHTERNAMEN)}`, geboortedatum: addDays(vandaag, -365 * (3 + Math.floor(rnd() * 10))) },
      ]
    : [];
  const input: Aanvraaggegevens = {
    categorie, behandelendeGemeente: gemeenteCbs,
    aanvrager: { voornamen: pick(rnd, VOORNAMEN), achternaam: pick(rnd, ACHTERNAMEN), geboortedatum, email: null, telefoon: null },
    woonnetInschrijfnummer: `WN${String(100000 + i * 37)}`,
    huishouden,
    inschrijvingen: [
      { gemeenteCbs: vorige.cbsCode, gemeenteNaam: vorige.naam, adrestype: 'woonadres', van: addDays(verhuisd, -(1500 + Math.floor(rnd() * 2000))), tot: addDays(verhuisd, -1) },
      { gemeenteCbs: gemeenteCbs, gemeenteNaam: gemeente.naam, adrestype: 'woonadres', van: verhuisd, tot: null },
    ],
    opnames: [],
    ondersteuningsplan: PLAN_ZELFMELDER[categorie] ?? null,
    // Mantelzorg needs a dwelling near the one cared for, not support; the others accept help after the move.
    begeleidingAkkoord: categorie !== 'MZ',
    woonwensen: categorie === 'MED' ? 'Gelijkvloers of met lift; geen trappen.' : categorie === 'MZ' ? 'Binnen tien minuten van de moeder.' : null,
    aantalKamersMin: huishouden.length ? 3 : 1,
  };
  return { input, herkomstCbs: null };
}

/** An ID scan for every intake case, and the GP's statement for a medical urgent (soort medisch). */
async function seedDocumenten(m: EntityManager, zaakId: string, input: Aanvraaggegevens, door: GebruikerEntity, op: Date): Promise<void> {
  const naam = `${input.aanvrager.voornamen} ${input.aanvrager.achternaam}`;
  const documenten: Array<{ bestandsnaam: string; soort: 'identiteit' | 'medisch'; tekst: string }> = [
    { bestandsnaam: 'Kopie identiteitsbewijs.pdf', soort: 'identiteit', tekst: `Kopie identiteitsbewijs ${naam} (demo)` },
  ];
  if (input.categorie === 'MED') documenten.push({ bestandsnaam: 'Verklaring huisarts.pdf', soort: 'medisch', tekst: `Verklaring huisarts over ${naam} (demo)` });
  for (const d of documenten) {
    await voegDocumentToe(m, { zaakId, bestandsnaam: d.bestandsnaam, mimeType: 'application/pdf', soort: d.soort, inhoud: demoPdf(d.tekst), door: { id: door.id, organisatieId: door.organisatieId }, now: op });
  }
}

type Aanvraagbron = (aanvraagdatum: Date) => { input: Aanvraaggegevens; herkomstCbs: string | null };

/** One demo case filed by `zorg` (a zorginstelling's or a gemeente's user), driven through the command path to `doel`. */
async function seedZaak(
  m: EntityManager, i: number, doel: Doel, rnd: () => number, now: Date, ctx: SeedContext, vrij: Map<string, WoningEntity[]>,
  zorg: GebruikerEntity, aanvraag: Aanvraagbron, metDocumenten = false,
): Promise<void> {
  const commissie = ctx.gebruikers.get('commissie@haaglanden.demo')!;
  const tweedeLid = ctx.gebruikers.get('commissie2@haaglanden.demo')!;
  // Cases still awaiting a decision started recently (most within their eight-week term);
  // decided and closed ones up to ten months ago. Each step follows a few days after the previous one.
  const lopend = ['ingediend', 'aanvullen', 'toetsingHerkomst', 'wegingWoonstart', 'besluitvorming', 'voorgesteld', 'concept'].includes(doel);
  const dagenGeleden = lopend ? 12 + Math.floor(rnd() * 50) : 60 + Math.floor(rnd() * 240);
  let dag = new Date(now.getTime() - dagenGeleden * 86_400_000);
  const { input, herkomstCbs } = aanvraag(dag);
  const volgende = () => (dag = new Date(dag.getTime() + (1 + Math.floor(rnd() * 6)) * 86_400_000));
  const zaak = await createZaak(m, input, actorOf(zorg), dag);
  if (metDocumenten) await seedDocumenten(m, zaak.id, input, zorg, dag);
  const stap = async (event: ZaakEvent, door: GebruikerEntity) => {
    await applyZaakCommand(m, { zaakId: zaak.id, event, actor: actorOf(door), now: volgende() });
  };

  if (doel === 'concept') return;
  await stap({ type: 'INDIENEN' }, zorg);
  if (doel === 'ingediend') return;
  if (doel === 'aanvullen' || doel === 'buitenBehandeling') {
    await stap({ type: 'AANVULLING_VRAGEN', toelichting: 'Het ondersteuningsplan ontbreekt; voeg het getekende plan toe.' }, commissie);
    if (doel === 'buitenBehandeling') {
      // In real life the durable job fires this when the repair term lapses.
      await stap({ type: 'HERSTELTERMIJN_VERSTREKEN' }, commissie);
      await stap({ type: 'BUITEN_BEHANDELING_STELLEN', motivering: 'De aanvulling is niet binnen de hersteltermijn ontvangen (Awb 4:5).' }, commissie);
    }
    return;
  }
  if (doel === 'ingetrokken') {
    await stap({ type: 'INTREKKEN', reden: 'Cliënt heeft zelf woonruimte gevonden.' }, zorg);
    return;
  }
  await stap({ type: 'ONTVANKELIJK_VERKLAREN' }, commissie);
  if (doel === 'toetsingHerkomst') return;
  const herkomst = herkomstCbs ?? input.behandelendeGemeente;
  await stap({ type: 'HERKOMST_VASTSTELLEN', gemeenteCbs: herkomst, motivering: herkomstCbs ? undefined : 'Geen voorstel mogelijk; de behandelende gemeente is als herkomst aangewezen.' }, commissie);
  if (doel === 'wegingWoonstart') return;
  const woonstart = regioGemeente(herkomst) && rnd() < 0.8 ? herkomst : input.behandelendeGemeente;
  await stap({
    type: 'WEGING_VASTLEGGEN', gemeenteCbs: woonstart, kandidaten: demoKandidaten(herkomst, woonstart), wensClient: 'Dicht bij familie en de huidige dagbesteding.',
    motivering: woonstart === herkomst ? 'Netwerk en dagbesteding liggen in de herkomstgemeente.' : 'Positief netwerk en werk liggen in de behandelende gemeente: betere kans op een goede woonstart.',
  }, commissie);
  if (input.categorie === 'MED') {
    // ONTVANKELIJK_VERKLAREN asked for it (MED); no decision before the advice is in.
    await stap({
      type: 'MEDISCH_ADVIES_UITBRENGEN', urgentOpMedischeGronden: doel !== 'afgewezen', woonvereisten: ['gelijkvloers', 'nultreden'],
      details: 'Ernstige COPD met zuurstofgebruik; traplopen niet mogelijk. Huidige woning op de derde verdieping zonder lift.',
    }, ctx.gebruikers.get('arts@haaglanden.demo')!);
  }
  if (doel === 'besluitvorming') return;
  if (doel === 'afgewezen' || doel === 'zienswijze' || doel === 'bezwaar' || doel === 'definitiefAfgewezen') {
    await stap({
      type: 'BESLUIT_VOORSTELLEN', uitkomst: 'afwijzen', gronden: ['BINNEN_DRIE_MAANDEN_ZELF'], steuntOpFeitenNietVanAanvrager: doel === 'zienswijze',
      motivering: 'Er is geen urgent huisvestingsprobleem: de aanvrager kan binnen drie maanden zelf woonruimte vinden.',
    }, commissie);
    await stap({ type: 'BESLUIT_GOEDKEUREN' }, tweedeLid);
    if (doel === 'zienswijze' || doel === 'afgewezen') return;
    await stap({ type: 'BEZWAAR_INDIENEN', ontvangenOp: dag.toISOString().slice(0, 10), gronden: 'De aanvrager heeft geen netwerk om bij te wonen en geen inkomen voor de vrije sector.' }, commissie);
    if (doel === 'definitiefAfgewezen') await stap({ type: 'BEZWAAR_ONGEGROND', motivering: 'Het bezwaar brengt geen nieuwe feiten: het besluit blijft in stand.' }, commissie);
    return;
  }
  if (doel === 'voorgesteld') {
    await stap({ type: 'BESLUIT_VOORSTELLEN', uitkomst: 'toekennen', route: 'bemiddeling', motivering: 'Uitstroom met begeleiding: directe bemiddeling onder het convenant.' }, commissie);
    return;
  }
  if (doel === 'zelfZoeken' || doel === 'geplaatst.zelfZoeken') {
    await stap({
      type: 'BESLUIT_VOORSTELLEN', uitkomst: 'toekennen', route: 'zelfZoeken', geldigheidMaanden: 3,
      zoekprofiel: { gemeenten: [woonstart], woningtypen: ['appartement', 'studio'], maxHuur: null },
      motivering: 'Aanvrager valt onder een wettelijke urgentiecategorie en kan zelfstandig zoeken.',
    }, commissie);
    await stap({ type: 'BESLUIT_GOEDKEUREN' }, tweedeLid);
    if (doel === 'geplaatst.zelfZoeken') {
      const corporatie = corporatieMedewerkerIn(ctx, woonstart) ?? commissie;
      await stap({
        type: 'PLAATSING_REGISTREREN', ingangsdatum: dag.toISOString().slice(0, 10), adres: `${pick(rnd, STRATEN)} ${10 + i}, ${regioGemeente(woonstart)!.naam}`,
        gemeenteCbs: woonstart, huurprijs: 600 + Math.round(rnd() * 100), vorm: 'huur',
        begeleidingAkkoord: true, begeleidingsafspraak: 'Begeleiding door het wijkteam bij de verhuizing.',
      }, corporatie);
    }
    return;
  }
  await stap({ type: 'BESLUIT_VOORSTELLEN', uitkomst: 'toekennen', route: 'bemiddeling', motivering: 'Uitstroom uit een instelling met begeleiding: directe bemiddeling onder het convenant.' }, commissie);
  await stap({ type: 'BESLUIT_GOEDKEUREN' }, tweedeLid);
  if (doel === 'bemiddeling.zoeken') return;
  const woning = await kiesPassendeWoning(m, zaak.id, vrij.get(woonstart) ?? [], dag);
  if (!woning) return; // no suitable free dwelling left in that gemeente: the case stays in zoeken, which is realistic too
  const corporatie = [...ctx.gebruikers.values()].find((g) => g.organisatieId === woning.corporatieId)!;
  await stap({ type: 'WONING_AANBIEDEN', woningId: woning.id }, corporatie);
  if (doel === 'bemiddeling.aanbieding') return;
  await stap({ type: 'AANBIEDING_ACCEPTEREN' }, corporatie);
  if (doel === 'bemiddeling.geaccepteerd') return;
  await stap({
    type: 'PLAATSING_REGISTREREN', ingangsdatum: dag.toISOString().slice(0, 10), woningId: woning.id, vorm: 'huur',
    begeleidingAkkoord: true, begeleidingsafspraak: 'Ambulante begeleiding door de zorginstelling, eerste half jaar wekelijks.',
  }, corporatie);
}

const CRITERIA = ['perspectief', 'netwerk', 'werkDagbesteding', 'ondersteuning', 'justitieel'] as const;

/** A plausible weighing: the herkomstgemeente first, the woonstart gemeente as a second candidate when it differs. */
function demoKandidaten(herkomst: string, woonstart: string): NonNullable<Extract<ZaakEvent, { type: 'WEGING_VASTLEGGEN' }>['kandidaten']> {
  const bevindingen: Record<(typeof CRITERIA)[number], [string, string]> = {
    perspectief: ['Cliënt wil hier een nieuwe start maken.', 'Cliënt wil liever niet terug naar de oude omgeving.'],
    netwerk: ['Zus en vrienden wonen in de buurt en steunen.', 'Geen positief netwerk meer in deze gemeente.'],
    werkDagbesteding: ['Dagbesteding bij de kringloop loopt hier.', 'Geen werk of dagbesteding in deze gemeente.'],
    ondersteuning: ['Schuldhulpverlening loopt via deze gemeente.', 'Geen lopende trajecten in deze gemeente.'],
    justitieel: ['Geen maatregelen of gebiedsverboden.', 'Geen maatregelen of gebiedsverboden.'],
  };
  const kandidaat = (cbs: string, bron: 'herkomst' | 'commissie', positief: boolean) => ({
    gemeenteCbs: cbs, bron,
    criteria: Object.fromEntries(CRITERIA.map((c) => [c, { bevinding: bevindingen[c][positief || c === 'justitieel' ? 0 : 1], oordeel: c === 'justitieel' ? 'neutraal' as const : positief ? 'voor' as const : 'tegen' as const }])) as Record<(typeof CRITERIA)[number], { bevinding: string; oordeel: 'voor' | 'tegen' | 'neutraal' }>,
  });
  return woonstart === herkomst || !regioGemeente(herkomst)
    ? [kandidaat(herkomst, 'herkomst', woonstart === herkomst), ...(woonstart === herkomst ? [] : [kandidaat(woonstart, 'commissie', true)])]
    : [kandidaat(herkomst, 'herkomst', false), kandidaat(woonstart, 'commissie', true)];
}

/** A demo user of a corporatie working in the gemeente (the seed has one per corporatie). */
function corporatieMedewerkerIn(ctx: SeedContext, cbs: string): GebruikerEntity | undefined {
  return [...ctx.gebruikers.values()].find((g) => ctx.corporaties.some((c) => c.id === g.organisatieId && c.werkgebied.includes(cbs)));
}

/** The first free dwelling of the gemeente that passes every hard suitability rule for this household. */
async function kiesPassendeWoning(m: EntityManager, zaakId: string, vrij: WoningEntity[], dag: Date): Promise<WoningEntity | null> {
  const peildatum = dag.toISOString().slice(0, 10);
  const zaak = await m.findOneByOrFail(ZaakEntity, { id: zaakId });
  const kandidaat = await laadKandidaatProfiel(m, zaak, peildatum);
  const huurgrenzen = await laadHuurgrenzen(m, Number(peildatum.slice(0, 4)));
  const index = vrij.findIndex((w) => beoordeelGeschiktheid({ kandidaat, woning: woningKenmerken(w), peildatum, huurgrenzen, plafond: null }).passend);
  return index < 0 ? null : vrij.splice(index, 1)[0];
}

/**
 * Caps for last year and this year from the Woonzorgvisie figures (30 % of the
 * average social lettings), with Den Haag's exceptions (more in one wijk, less in
 * a vulnerable complex), and placements of groups without a case (statushouders,
 * other bijzondere doelgroepen) so the usage bars show every state: room, almost
 * full (Wassenaar) and full (Midden-Delfland).
 */
async function seedBegrenzing(m: EntityManager, now: Date): Promise<void> {
  const jaar = now.getUTCFullYear();
  for (const j of [jaar - 1, jaar]) {
    await m.insert(BegrenzingEntity, REGIO_GEMEENTEN.map((g) => ({
      gemeenteCbs: g.cbsCode, jaar: j, verwachteMutaties: g.lettingsSocialAvg, verwachteMutatiesOnderAftopping: g.lettingsBelowFirstRentCapAvg,
      aandeel: CAP_SHARE_OF_MUTATIES, basis: 'sociaal' as const, motivering: 'Regionale afspraak: 30 % van de gemiddelde sociale mutaties (Woonzorgvisie 2025).',
      uitzonderingen: g.cbsCode === '0518'
        ? [
          { soort: 'wijk' as const, code: 'WK051810', naam: 'Leidschenveen-Ypenburg', aandeel: 0.4, verwachteMutaties: 240 },
          { soort: 'complex' as const, code: 'Complex 1204', naam: 'Complex 1204 (kwetsbaar)', aandeel: 0.1, verwachteMutaties: 30 },
        ]
        : [],
      vastgesteldDoor: null,
    })));
  }
}

/** The memo's own figures as the first year of the scenario table (2025), version 1. */
async function seedScenarioInvoer(m: EntityManager): Promise<void> {
  const invoer = scenarioInvoerMemo();
  await m.insert(ScenarioInvoerEntity, {
    jaar: invoer.jaar, versie: 1, opgave: invoer.opgave, gemeenten: invoer.gemeenten.map((g) => ({ ...g })),
    toelichting: 'Memo Verdeelafspraken (hoofdstuk 6): verhuringen gemiddeld 2020–2023, realisatie SVH 2024, opgave 3.412; inwoners afgeleid uit kolom A.',
    vastgesteldDoor: null,
  });
}

async function seedPlaatsingenZonderZaak(m: EntityManager, ctx: SeedContext, now: Date, rnd: () => number): Promise<void> {
  const jaar = now.getUTCFullYear();
  // Share of the cap already used this year by placements without a case.
  const gebruik: Record<string, number> = { '0629': 0.92, '1842': 1, '0518': 0.55, '0503': 0.62, '0637': 0.48 };
  const rijen: Array<Partial<PlaatsingEntity>> = [];
  for (const g of REGIO_GEMEENTEN) {
    const door = corporatieMedewerkerIn(ctx, g.cbsCode);
    if (!door) continue;
    const al = await m.count(PlaatsingEntity, { where: { gemeenteCbs: g.cbsCode, jaar } });
    const aantal = Math.max(0, Math.floor(Math.floor(g.lettingsSocialAvg * CAP_SHARE_OF_MUTATIES) * (gebruik[g.cbsCode] ?? 0.3)) - al);
    for (let n = 0; n < aantal; n++) {
      const maand = 1 + Math.floor(rnd() * Math.max(1, now.getUTCMonth()));
      const ingangsdatum = `${jaar}-${String(maand).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      rijen.push({
        zaakId: null, woningId: null, corporatieId: door.organisatieId, categorie: rnd() < 0.6 ? 'STATUSHOUDER' : 'OVERIG', vorm: 'huur',
        gemeenteCbs: g.cbsCode, wijkCode: null, complex: null, adres: `${pick(rnd, STRATEN)} ${1 + n}, ${g.naam}`, huurprijs: 520 + Math.round(rnd() * 200),
        ingangsdatum, jaar, binding: rnd() < 0.5, begeleidingAkkoord: false, begeleidingsafspraak: null, ontheffingId: null, geregistreerdDoor: door.id,
      });
    }
  }
  for (let i = 0; i < rijen.length; i += 200) await m.insert(PlaatsingEntity, rijen.slice(i, i + 200));
}
