import { randomUUID } from 'node:crypto';
import { ROLLEN, addDays, todayIso, type Rol } from '@woonstart/domain';
import { voegDocumentToe } from '@woonstart/db';
import type { ZaakDetail } from '../zaken/zaak-view.model';
import { maakWoning } from './db-fixtures';
import { EMAIL_PER_ROL, GEBRUIKER } from './demo-gebruikers';
import type { TestApp } from './test-app';
import { verwacht, type WoonstartApi } from './woonstart-api';
import { DELFT, dagenVanaf } from './zaak-fixtures';

/**
 * One resource of each kind per organisation, so every route with an id can be
 * called by each role on something of its own organisation ('eigen') and on
 * something of another organisation ('ander'). Built through the real api where
 * the api can make it; what only the database can make (a second commissie) by SQL.
 */
export interface Bronnen {
  readonly zaak: {
    /** Parnassia, BW, granted with bemiddeling in Den Haag (Staedion's werkgebied). */
    readonly parnassia: ZaakDetail;
    /** Kessler, MO, granted with bemiddeling in Delft (Woonbron's werkgebied). */
    readonly kessler: ZaakDetail;
    /** Gemeente Den Haag, MED, medical advice given, granted with bemiddeling in Den Haag. */
    readonly medDenHaag: ZaakDetail;
    /** Gemeente Delft, MED self-applicant, submitted. */
    readonly delft: ZaakDetail;
    /** Parnassia, still a concept: outside every scope but Parnassia's. */
    readonly concept: ZaakDetail;
    /** In besluitvorming, on the agenda of the open meeting. */
    readonly agenda: ZaakDetail;
  };
  /** A non-medical document per case id. */
  readonly document: Readonly<Record<string, string>>;
  readonly woning: { readonly staedion: string; readonly woonbron: string };
  readonly vergadering: { readonly open: string; readonly gesloten: string; readonly anderCommissie: string };
  /** A melding per organisation id. */
  readonly melding: Readonly<Record<string, string>>;
  readonly organisatie: Readonly<Record<Rol, string>>;
  /** An account of its own (Parnassia, zorgmedewerker) that account management may change freely. */
  readonly account: string;
}

export type Variant = 'eigen' | 'ander';

/** The case each role works on in its own organisation, and one of another organisation (outside its scope). */
export const ZAAK_VAN: Readonly<Record<Rol, Record<Variant, keyof Bronnen['zaak']>>> = {
  zorgmedewerker: { eigen: 'parnassia', ander: 'kessler' },
  gemeentemedewerker: { eigen: 'medDenHaag', ander: 'delft' },
  // The commissie sees every submitted case of the region: only a concept is outside its scope.
  commissielid: { eigen: 'parnassia', ander: 'concept' },
  medischAdviseur: { eigen: 'medDenHaag', ander: 'parnassia' },
  corporatiemedewerker: { eigen: 'parnassia', ander: 'kessler' },
  regiocoordinator: { eigen: 'parnassia', ander: 'kessler' },
  beheerder: { eigen: 'parnassia', ander: 'kessler' },
};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export async function maakBronnen(t: TestApp, api: WoonstartApi): Promise<Bronnen> {
  const zaak = {
    parnassia: await api.brengNaar('bemiddeling.zoeken'),
    kessler: await api.brengNaar('bemiddeling.zoeken', { indiener: GEBRUIKER.zorgKessler, categorie: 'MO', herkomst: DELFT }),
    medDenHaag: await api.brengNaar('bemiddeling.zoeken', { categorie: 'MED' }),
    delft: await api.brengNaar('ingediend', { categorie: 'MED', herkomst: DELFT, zelfmelder: true }),
    concept: await api.brengNaar('concept'),
    agenda: await api.brengNaar('besluitvorming'),
  };
  const ds = t.running.db.dataSource;
  const document: Record<string, string> = {};
  for (const z of Object.values(zaak)) {
    const indiener = await ds.query(`SELECT aangemaakt_door AS id, indienende_organisatie_id AS org FROM zaak WHERE id = $1`, [z.id]) as Array<{ id: string; org: string }>;
    const doc = await ds.transaction((m) => voegDocumentToe(m, {
      zaakId: z.id, soort: 'overig', mimeType: 'application/pdf', inhoud: PDF, bestandsnaam: 'bewijsstuk.pdf', door: { id: indiener[0].id, organisatieId: indiener[0].org },
    }));
    document[z.id] = doc.id;
  }
  const woning = {
    staedion: await maakWoning(t, (await api.gebruiker(GEBRUIKER.staedion)).organisatieId, '0518'),
    woonbron: await maakWoning(t, (await api.gebruiker(GEBRUIKER.woonbron)).organisatieId, '0503'),
  };
  const [open, gesloten] = await vrijeVergaderdata(t, 2);
  const vergadering = {
    open: await nieuweVergadering(api, open),
    gesloten: await nieuweVergadering(api, gesloten),
    anderCommissie: await vergaderingVanAndereCommissie(t),
  };
  verwacht(await api.call(GEBRUIKER.commissie, 'POST', `/vergaderingen/${vergadering.gesloten}/sluiten`), 200, 'vergadering sluiten');
  const organisatie = {} as Record<Rol, string>;
  const melding: Record<string, string> = {};
  for (const rol of ROLLEN) {
    const org = (await api.gebruiker(EMAIL_PER_ROL[rol])).organisatieId;
    organisatie[rol] = org;
    melding[org] ??= await meldingVoor(t, org);
  }
  const [{ id: account }]: Array<{ id: string }> = await ds.query(
    `INSERT INTO gebruiker (email, naam, rol, organisatie_id) VALUES ($1, 'Matrix Account', 'zorgmedewerker', $2) RETURNING id`,
    [`matrix-${randomUUID()}@parnassia.test`, organisatie.zorgmedewerker]);
  return { zaak, document, woning, vergadering, melding, organisatie, account };
}

/**
 * Dates after every meeting already planned: specs share one database in a run and a
 * commissie has one meeting a day, so fixed dates would collide between specs.
 */
export async function vrijeVergaderdata(t: TestApp, aantal: number): Promise<string[]> {
  const [{ laatste }]: Array<{ laatste: string | null }> = await t.running.db.dataSource.query(`SELECT max(datum)::text AS laatste FROM vergadering`);
  const basis = laatste && laatste > dagenVanaf(30) ? laatste : dagenVanaf(30);
  return Array.from({ length: aantal }, (_, i) => addDays(basis, i + 1));
}

async function nieuweVergadering(api: WoonstartApi, datum: string): Promise<string> {
  const res = await api.call<{ id: string }>(GEBRUIKER.commissie, 'POST', '/vergaderingen', { datum });
  verwacht(res, 201, `vergadering op ${datum}`);
  return res.body.id;
}

/** The region has one commissie: a second one, with a meeting of its own, exists only for this check. */
async function vergaderingVanAndereCommissie(t: TestApp): Promise<string> {
  const ds = t.running.db.dataSource;
  const [org] = await ds.query(`INSERT INTO organisatie (naam, type, werkgebied) VALUES ($1, 'toetsingscommissie', '{1926}') RETURNING id`, [`Andere commissie ${Date.now()}`]) as Array<{ id: string }>;
  const [lid] = await ds.query(`INSERT INTO gebruiker (email, naam, rol, organisatie_id) VALUES ($1, 'Ander lid', 'commissielid', $2) RETURNING id`, [`lid-${Date.now()}@elders.demo`, org.id]) as Array<{ id: string }>;
  const [v] = await ds.query(`INSERT INTO vergadering (commissie_id, datum, aangemaakt_door) VALUES ($1, $2, $3) RETURNING id`, [org.id, todayIso(), lid.id]) as Array<{ id: string }>;
  return v.id;
}

/** A melding addressed to one organisation (the outbox worker is off in tests). */
async function meldingVoor(t: TestApp, organisatieId: string): Promise<string> {
  const ds = t.running.db.dataSource;
  const [rij] = await ds.query(
    `INSERT INTO melding (outbox_id, organisatie_id, onderwerp, tekst) SELECT max(id), $1, 'Proef', 'Proefmelding' FROM outbox RETURNING id`, [organisatieId],
  ) as Array<{ id: string }>;
  return rij.id;
}
