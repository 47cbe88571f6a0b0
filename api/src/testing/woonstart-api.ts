import { URGENTIECATEGORIE_INFO, isRegioGemeente, todayIso, type Rol } from '@woonstart/domain';
import type { ZaakEventType } from '@woonstart/workflow';
import type { Problem } from '../common/problem.model';
import { TaakWorker } from '../taken/taak.worker';
import type { ZaakDetail, ZaakLijst, ZaakSamenvatting } from '../zaken/zaak-view.model';
import { CORPORATIE_VOOR_GEMEENTE, GEBRUIKER, INTAKE_VOOR_GEMEENTE, type DemoEmail } from './demo-gebruikers';
import { maakWoning } from './db-fixtures';
import type { TestApp } from './test-app';
import {
  geldigeZaak, medischAdvies, volledigeWeging, voorstelAfwijzing, voorstelBemiddeling, voorstelZelfZoeken,
  type GemeenteFixture, type ZaakFixtureOpties,
} from './zaak-fixtures';

export interface Antwoord<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface Gebruiker {
  readonly id: string;
  readonly naam: string;
  readonly email: string;
  readonly rol: Rol;
  readonly organisatieId: string;
  readonly organisatieNaam: string;
  readonly werkgebied: readonly string[];
}

/**
 * Where brengNaar can take a new case (machine version 2). The path: created,
 * submitted, ontvankelijk, herkomst, weighing, then a proposal by `commissie`
 * approved by `commissie2` (four eyes), and from there the route of the doel.
 * 'besluitvorming' is besluitvorming.beraad; 'voorgesteld' awaits the approval.
 */
export type Doel =
  | 'concept' | 'ingediend' | 'aanvullen' | 'toetsingHerkomst' | 'wegingWoonstart' | 'besluitvorming' | 'voorgesteld'
  | 'bemiddeling.zoeken' | 'bemiddeling.aanbieding' | 'bemiddeling.geaccepteerd' | 'geplaatst.bemiddeling'
  | 'zelfZoeken' | 'geplaatst.zelfZoeken'
  | 'zienswijze' | 'afgewezen' | 'bezwaar' | 'definitiefAfgewezen';

export interface ScenarioOpties extends ZaakFixtureOpties {
  /**
   * Who files the case: default Parnassia for an uitstroom category, the intake user of the
   * behandelende gemeente (Den Haag or Delft) for the others (MED, MZ, SOCIAAL, …).
   */
  readonly indiener?: DemoEmail;
  /** Woonstartgemeente for the weighing (default: the herkomst). */
  readonly woonstart?: GemeenteFixture;
  /** Corporatie user that offers (default: the demo corporatie working in the woonstartgemeente). */
  readonly corporatie?: DemoEmail;
  /** Toelichting the corporatie gives with the offer. */
  readonly aanbiedingToelichting?: string;
  /** Who approves the proposal (default commissie2: four eyes). */
  readonly goedkeurder?: DemoEmail;
  /** Replaces the proposal brengNaar would make for the doel. */
  readonly voorstel?: Record<string, unknown>;
  /**
   * For a MED case: whether the medisch adviseur gives the advice right after the
   * weighing. Default: only when the doel lies beyond besluitvorming (no decision without it).
   */
  readonly medischAdvies?: boolean;
}

/** Step of each doel on its path; the path after the approval depends on the doel's route. */
const STAP: Readonly<Record<Doel, number>> = {
  concept: 0, ingediend: 1, aanvullen: 2, toetsingHerkomst: 2, wegingWoonstart: 3, besluitvorming: 4, voorgesteld: 5,
  'bemiddeling.zoeken': 6, 'bemiddeling.aanbieding': 7, 'bemiddeling.geaccepteerd': 8, 'geplaatst.bemiddeling': 9,
  zelfZoeken: 6, 'geplaatst.zelfZoeken': 7,
  zienswijze: 6, afgewezen: 6, bezwaar: 7, definitiefAfgewezen: 8,
};

type Uitkomst = 'bemiddeling' | 'zelfZoeken' | 'afwijzen' | 'zienswijze';

const UITKOMST: Partial<Readonly<Record<Doel, Uitkomst>>> = {
  zelfZoeken: 'zelfZoeken', 'geplaatst.zelfZoeken': 'zelfZoeken',
  zienswijze: 'zienswijze', afgewezen: 'afwijzen', bezwaar: 'afwijzen', definitiefAfgewezen: 'afwijzen',
};

/**
 * Typed calls on top of the harness, plus scenario steps that drive a fresh
 * case through the real API. Every step asserts its own success, so a broken
 * step names itself instead of failing a later, unrelated expectation.
 */
export class WoonstartApi {
  private readonly gebruikers = new Map<string, Gebruiker>();

  /** `app` may be a function: a spec's api can exist before its app is started (see testOmgeving). */
  constructor(private readonly app: TestApp | (() => TestApp)) {}

  private get t(): TestApp {
    return typeof this.app === 'function' ? this.app() : this.app;
  }

  async call<T = Problem>(email: DemoEmail | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Antwoord<T>> {
    const token = email ? await this.t.token(email) : undefined;
    const res = await this.t.call(method, path, { token, body, headers });
    return { status: res.status, body: res.body as T, headers: res.headers };
  }

  get<T = Problem>(email: DemoEmail | null, path: string): Promise<Antwoord<T>> {
    return this.call<T>(email, 'GET', path);
  }

  async gebruiker(email: DemoEmail): Promise<Gebruiker> {
    const cached = this.gebruikers.get(email);
    if (cached) return cached;
    const me = await this.get<Gebruiker>(email, '/users/me');
    verwacht(me, 200, `GET /users/me als ${email}`);
    this.gebruikers.set(email, me.body);
    return me.body;
  }

  async maakZaak(email: DemoEmail = GEBRUIKER.zorgParnassia, body: object = geldigeZaak()): Promise<ZaakDetail> {
    const res = await this.call<ZaakDetail>(email, 'POST', '/zaken', body);
    verwacht(res, 201, `POST /zaken als ${email}`);
    return res.body;
  }

  detail(email: DemoEmail, id: string): Promise<Antwoord<ZaakDetail>> {
    return this.get<ZaakDetail>(email, `/zaken/${id}`);
  }

  async detailOk(email: DemoEmail, id: string): Promise<ZaakDetail> {
    const res = await this.detail(email, id);
    verwacht(res, 200, `GET /zaken/${id} als ${email}`);
    return res.body;
  }

  stuur<T = ZaakDetail>(email: DemoEmail, zaak: { id: string; rowVersion: number }, type: ZaakEventType | string, payload?: Record<string, unknown>): Promise<Antwoord<T>> {
    return this.call<T>(email, 'POST', `/zaken/${zaak.id}/events`, { type, rowVersion: zaak.rowVersion, ...(payload ? { payload } : {}) });
  }

  async stuurOk(email: DemoEmail, zaak: { id: string; rowVersion: number }, type: ZaakEventType, payload?: Record<string, unknown>): Promise<ZaakDetail> {
    const res = await this.stuur(email, zaak, type, payload);
    verwacht(res, 200, `${type} op ${zaak.id} als ${email}`);
    return res.body;
  }

  /**
   * POST /zaken/:id/documenten as multipart/form-data, as a browser sends it. `bestanden`
   * lets a spec send several file parts (or none); `veldnaam` another part name than `bestand`.
   */
  async upload<T = Problem>(email: DemoEmail, zaakId: string, opties: UploadOpties): Promise<Antwoord<T>> {
    const form = new FormData();
    if (opties.soort !== undefined) form.append('soort', opties.soort);
    for (const [naam, waarde] of Object.entries(opties.extraVelden ?? {})) form.append(naam, waarde);
    const bestanden = opties.bestanden ?? (opties.inhoud ? [{ inhoud: opties.inhoud, naam: opties.naam ?? 'document.pdf', type: opties.type ?? 'application/pdf' }] : []);
    for (const b of bestanden) form.append(opties.veldnaam ?? 'bestand', new Blob([new Uint8Array(b.inhoud)], { type: b.type }), b.naam);
    const res = await fetch(`${this.t.baseUrl}/zaken/${zaakId}/documenten`, { method: 'POST', headers: { authorization: `Bearer ${await this.t.token(email)}` }, body: form });
    const tekst = await res.text();
    let body: unknown = tekst;
    try { body = tekst ? JSON.parse(tekst) : null; } catch { /* not JSON */ }
    return { status: res.status, body: body as T, headers: res.headers };
  }

  /** GET a document's content as bytes (the json-parsing `call` would mangle them). */
  async download(email: DemoEmail, zaakId: string, documentId: string, headers: Record<string, string> = {}): Promise<Antwoord<Buffer>> {
    const res = await fetch(`${this.t.baseUrl}/zaken/${zaakId}/documenten/${documentId}`, { headers: { ...headers, authorization: `Bearer ${await this.t.token(email)}` } });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  /**
   * Runs the durable jobs due at `nu` as the worker's interval would (off in tests).
   * Jobs are global: every due job in the database runs, not only this spec's.
   */
  voerTakenUit(nu: Date): Promise<number> {
    return this.t.running.app.get(TaakWorker).voerUitWatKlaarStaat(nu);
  }

  /** Every page of GET /zaken for this user, with optional extra query. */
  async alleZaken(email: DemoEmail, query = ''): Promise<ZaakSamenvatting[]> {
    const items: ZaakSamenvatting[] = [];
    for (let pagina = 1; pagina < 1000; pagina++) {
      const res = await this.get<ZaakLijst>(email, `/zaken?perPagina=100&pagina=${pagina}${query ? `&${query}` : ''}`);
      verwacht(res, 200, `GET /zaken als ${email}`);
      items.push(...res.body.items);
      if (items.length >= res.body.totaal || res.body.items.length === 0) break;
    }
    return items;
  }

  /**
   * A new case driven through the real API to `doel`: created by a zorgmedewerker,
   * weighed by the commissie with a full weighing, the decision proposed by
   * `commissie` and approved by `commissie2`, offered and placed by the corporatie
   * of the woonstartgemeente (with a fresh dwelling of its own).
   */
  async brengNaar(doel: Doel, opties: ScenarioOpties = {}): Promise<ZaakDetail> {
    const stappen = STAP[doel];
    const uitkomst: Uitkomst = UITKOMST[doel] ?? 'bemiddeling';
    const body = geldigeZaak(opties);
    const zorg = opties.indiener ?? standaardIndiener(body);
    let zaak = await this.maakZaak(zorg, body);
    if (stappen < 1) return zaak;
    zaak = await this.stuurOk(zorg, zaak, 'INDIENEN');
    if (doel === 'aanvullen') return this.stuurOk(GEBRUIKER.commissie, zaak, 'AANVULLING_VRAGEN', { toelichting: 'Het getekende ondersteuningsplan ontbreekt.' });
    if (stappen < 2) return zaak;
    zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'ONTVANKELIJK_VERKLAREN', { toelichting: 'Volledig en tijdig ingediend.' });
    if (stappen < 3) return zaak;
    // Without an admission (a self-applicant) there is no proposal: the commissie records one with a motivation.
    const voorstel = zaak.herkomstvoorstel?.gemeenteCbs ?? null;
    const herkomst = voorstel ?? opties.herkomst?.cbsCode ?? zaak.behandelendeGemeente.cbsCode;
    zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', voorstel
      ? { gemeenteCbs: herkomst }
      : { gemeenteCbs: herkomst, motivering: 'Geen opname: de aanvrager woont al jaren in deze gemeente.' });
    if (stappen < 4) return zaak;
    const woonstart = opties.woonstart?.cbsCode ?? (isRegioGemeente(herkomst) ? herkomst : zaak.behandelendeGemeente.cbsCode);
    zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'WEGING_VASTLEGGEN', volledigeWeging({ herkomst, doel: woonstart }));
    if (zaak.categorie === 'MED' && (opties.medischAdvies ?? stappen > 4)) {
      zaak = await this.stuurOk(GEBRUIKER.arts, zaak, 'MEDISCH_ADVIES_UITBRENGEN', medischAdvies());
    }
    if (stappen < 5) return zaak;
    const besluitvoorstel = opties.voorstel ?? (
      uitkomst === 'zelfZoeken' ? voorstelZelfZoeken([woonstart])
        : uitkomst === 'bemiddeling' ? voorstelBemiddeling()
          : voorstelAfwijzing({ steuntOpFeitenNietVanAanvrager: uitkomst === 'zienswijze' }));
    zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'BESLUIT_VOORSTELLEN', besluitvoorstel);
    if (stappen < 6) return zaak;
    zaak = await this.stuurOk(opties.goedkeurder ?? GEBRUIKER.commissie2, zaak, 'BESLUIT_GOEDKEUREN', { opmerking: 'Akkoord.' });
    if (stappen < 7 || uitkomst === 'zienswijze') return zaak;
    if (uitkomst === 'afwijzen') {
      zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'BEZWAAR_INDIENEN', { ontvangenOp: todayIso(), gronden: 'Aanvrager heeft geen netwerk om bij te wonen.' });
      if (stappen < 8) return zaak;
      return this.stuurOk(GEBRUIKER.commissie, zaak, 'BEZWAAR_ONGEGROND', { motivering: 'Het bezwaar brengt geen nieuwe feiten.' });
    }
    if (uitkomst === 'zelfZoeken') {
      return this.stuurOk(GEBRUIKER.commissie, zaak, 'PLAATSING_REGISTREREN', {
        ingangsdatum: todayIso(), adres: 'Teststraat 1, Den Haag', gemeenteCbs: woonstart, huurprijs: 640,
        begeleidingAkkoord: true, begeleidingsafspraak: 'Ambulante begeleiding, wekelijks.',
      });
    }
    const corporatie = opties.corporatie ?? CORPORATIE_VOOR_GEMEENTE[woonstart];
    if (!corporatie) throw new Error(`Geen demo-corporatie voor gemeente ${woonstart}`);
    const woningId = await maakWoning(this.t, (await this.gebruiker(corporatie)).organisatieId, woonstart);
    zaak = await this.stuurOk(corporatie, zaak, 'WONING_AANBIEDEN', { woningId, ...(opties.aanbiedingToelichting ? { toelichting: opties.aanbiedingToelichting } : {}) });
    if (stappen < 8) return zaak;
    zaak = await this.stuurOk(corporatie, zaak, 'AANBIEDING_ACCEPTEREN', { toelichting: 'Kandidaat heeft de woning bezichtigd en geaccepteerd.' });
    if (stappen < 9) return zaak;
    return this.stuurOk(corporatie, zaak, 'PLAATSING_REGISTREREN', {
      ingangsdatum: todayIso(), woningId, begeleidingAkkoord: true, begeleidingsafspraak: 'Ambulante begeleiding door de zorginstelling, wekelijks.',
    });
  }
}

export interface UploadOpties {
  readonly soort?: string;
  readonly inhoud?: Buffer;
  readonly naam?: string;
  readonly type?: string;
  readonly bestanden?: ReadonlyArray<{ inhoud: Buffer; naam: string; type: string }>;
  readonly veldnaam?: string;
  readonly extraVelden?: Readonly<Record<string, string>>;
}

/** Parnassia for an uitstroomverzoek; otherwise the gemeente that handles the application registers it. */
function standaardIndiener(body: { categorie: keyof typeof URGENTIECATEGORIE_INFO; behandelendeGemeente: string }): DemoEmail {
  if (URGENTIECATEGORIE_INFO[body.categorie].uitstroom) return GEBRUIKER.zorgParnassia;
  const intake = INTAKE_VOOR_GEMEENTE[body.behandelendeGemeente];
  if (!intake) throw new Error(`Geen demo-gebruiker van gemeente ${body.behandelendeGemeente} voor een ${body.categorie}-aanvraag`);
  return intake;
}

/** Throws a readable error (status and body) when a setup call did not answer as expected. */
export function verwacht(res: Antwoord<unknown>, status: number, wat: string): void {
  if (res.status !== status) throw new Error(`${wat}: verwacht ${status}, kreeg ${res.status} ${JSON.stringify(res.body)}`);
}
