import type { DataSource, EntityManager } from 'typeorm';
import { REGIO_GEMEENTEN, addDays, bepaalHerkomstgemeente, regioGemeente, type Urgentiecategorie } from '@woonstart/domain';
import type { ZaakEvent } from '@woonstart/workflow';
import { BeleidEntity } from '../entities/beleid.entity';
import { GebruikerEntity } from '../entities/gebruiker.entity';
import { GemeenteEntity } from '../entities/gemeente.entity';
import { OrganisatieEntity } from '../entities/organisatie.entity';
import { WoningEntity } from '../entities/woning.entity';
import type { Actor } from '../zaak/actor.model';
import { createZaak } from '../zaak/create-zaak';
import type { Aanvraaggegevens } from '@woonstart/domain';
import { applyZaakCommand } from '../zaak/zaak-command';
import { pick, prng } from './prng';
import { ACHTERNAMEN, CORPORATIES, GEBRUIKERS, GEMEENTEN_BUITEN_REGIO, REGIO, STRATEN, TOETSINGSCOMMISSIE, VOORNAMEN, ZORGINSTELLINGEN } from './seed-data';

const CATEGORIE_PER_INSTELLING: Record<string, Urgentiecategorie[]> = {
  'Parnassia Groep': ['GGZ', 'BW', 'MED'],
  'Kessler Stichting': ['MO', 'DG'],
  Limor: ['BW', 'DET'],
  Jeugdformaat: ['JZ'],
  'Stichting Wende Vrouwenopvang': ['VO', 'SW'],
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

export interface SeedResult {
  readonly seeded: boolean;
  readonly zaken: number;
  readonly woningen: number;
}

/** Loads the demo data once; a database that already has gemeenten is left alone. */
export async function seedDemoData(dataSource: DataSource, options: { now?: Date; aantalZaken?: number } = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const aantal = options.aantalZaken ?? 100;
  const existing = await dataSource.getRepository(GemeenteEntity).count();
  if (existing > 0) return { seeded: false, zaken: 0, woningen: 0 };

  const ctx = await dataSource.transaction((m) => seedReferenceData(m));
  const rnd = prng(20261121);
  const woningen = await dataSource.transaction((m) => seedWoningen(m, ctx.corporaties, rnd));
  const vrij = new Map<string, WoningEntity[]>();
  for (const w of woningen) vrij.set(w.gemeenteCbs, [...(vrij.get(w.gemeenteCbs) ?? []), w]);

  for (let i = 0; i < aantal; i++) {
    const doel = DOELEN[i % DOELEN.length];
    await dataSource.transaction((m) => seedZaak(m, i, doel, rnd, now, ctx, vrij));
  }
  return { seeded: true, zaken: aantal, woningen: woningen.length };
}

interface SeedContext {
  gebruikers: Map<string, GebruikerEntity>;
  corporaties: OrganisatieEntity[];
  instellingen: OrganisatieEntity[];
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
  const gebruikers = await m.save(GebruikerEntity, lijst.map((g) => m.create(GebruikerEntity, { email: g.email, naam: g.naam, rol: g.rol, organisatieId: byNaam.get(g.organisatie)!.id, actief: true })));
  return {
    gebruikers: new Map(gebruikers.map((g) => [g.email, g])),
    corporaties,
    instellingen: orgs.filter((o) => o.type === 'zorginstelling'),
  };
}

async function seedWoningen(m: EntityManager, corporaties: OrganisatieEntity[], rnd: () => number): Promise<WoningEntity[]> {
  const types = [
    { woningtype: 'Studio', kamers: 1 }, { woningtype: 'Appartement', kamers: 2 }, { woningtype: 'Portiekwoning', kamers: 3 },
    { woningtype: 'Eengezinswoning', kamers: 4 }, { woningtype: 'Seniorenwoning', kamers: 2 },
  ];
  const rows: Partial<WoningEntity>[] = [];
  for (let i = 0; i < 54; i++) {
    const corporatie = corporaties[i % corporaties.length];
    const gemeente = corporatie.werkgebied[Math.floor(i / corporaties.length) % corporatie.werkgebied.length];
    const t = pick(rnd, types);
    rows.push({
      corporatieId: corporatie.id, gemeenteCbs: gemeente,
      adres: `${pick(rnd, STRATEN)} ${1 + Math.floor(rnd() * 240)}${rnd() < 0.3 ? '-' + (1 + Math.floor(rnd() * 4)) : ''}, ${regioGemeente(gemeente)!.naam}`,
      postcode: `${2200 + Math.floor(rnd() * 600)} ${String.fromCharCode(65 + Math.floor(rnd() * 26))}${String.fromCharCode(65 + Math.floor(rnd() * 26))}`,
      woningtype: t.woningtype, kamers: t.kamers,
      huurprijs: Math.round((430 + rnd() * 450) * 100) / 100,
      nultreden: t.woningtype === 'Seniorenwoning' || rnd() < 0.15,
      status: 'beschikbaar', zaakId: null,
    });
  }
  return m.save(WoningEntity, rows.map((r) => m.create(WoningEntity, r)));
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

async function seedZaak(m: EntityManager, i: number, doel: Doel, rnd: () => number, now: Date, ctx: SeedContext, vrij: Map<string, WoningEntity[]>): Promise<void> {
  const instelling = ctx.instellingen[i % ctx.instellingen.length];
  const zorg = [...ctx.gebruikers.values()].find((g) => g.organisatieId === instelling.id)!;
  const commissie = ctx.gebruikers.get('commissie@haaglanden.demo')!;
  const tweedeLid = ctx.gebruikers.get('commissie2@haaglanden.demo')!;
  // Cases still awaiting a decision started recently (most within their eight-week term);
  // decided and closed ones up to ten months ago. Each step follows a few days after the previous one.
  const lopend = ['ingediend', 'aanvullen', 'toetsingHerkomst', 'wegingWoonstart', 'besluitvorming', 'voorgesteld', 'concept'].includes(doel);
  const dagenGeleden = lopend ? 12 + Math.floor(rnd() * 50) : 60 + Math.floor(rnd() * 240);
  let dag = new Date(now.getTime() - dagenGeleden * 86_400_000);
  const { input, herkomstCbs } = demoAanvraag(i, rnd, dag, instelling.naam);
  const volgende = () => (dag = new Date(dag.getTime() + (1 + Math.floor(rnd() * 6)) * 86_400_000));
  const zaak = await createZaak(m, input, actorOf(zorg), dag);
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
      zoekprofiel: { gemeenten: [woonstart], woningtypen: ['Appartement', 'Studio'], maxHuur: null },
      motivering: 'Aanvrager valt onder een wettelijke urgentiecategorie en kan zelfstandig zoeken.',
    }, commissie);
    await stap({ type: 'BESLUIT_GOEDKEUREN' }, tweedeLid);
    if (doel === 'geplaatst.zelfZoeken') {
      await stap({ type: 'PLAATSING_REGISTREREN', ingangsdatum: dag.toISOString().slice(0, 10), adres: `${pick(rnd, STRATEN)} ${10 + i}, ${regioGemeente(woonstart)!.naam}` }, commissie);
    }
    return;
  }
  await stap({ type: 'BESLUIT_VOORSTELLEN', uitkomst: 'toekennen', route: 'bemiddeling', motivering: 'Uitstroom uit een instelling met begeleiding: directe bemiddeling onder het convenant.' }, commissie);
  await stap({ type: 'BESLUIT_GOEDKEUREN' }, tweedeLid);
  if (doel === 'bemiddeling.zoeken') return;
  const woning = vrij.get(woonstart)?.shift();
  if (!woning) return; // no free dwelling left in that gemeente: the case stays in zoeken, which is realistic too
  const corporatie = [...ctx.gebruikers.values()].find((g) => g.organisatieId === woning.corporatieId)!;
  await stap({ type: 'WONING_AANBIEDEN', woningId: woning.id }, corporatie);
  if (doel === 'bemiddeling.aanbieding') return;
  await stap({ type: 'AANBIEDING_ACCEPTEREN' }, corporatie);
  if (doel === 'bemiddeling.geaccepteerd') return;
  await stap({ type: 'PLAATSING_REGISTREREN', ingangsdatum: dag.toISOString().slice(0, 10), woningId: woning.id }, corporatie);
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
