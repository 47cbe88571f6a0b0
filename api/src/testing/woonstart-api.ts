import { todayIso, type Rol } from '@woonstart/domain';
import type { ZaakEventType } from '@woonstart/workflow';
import type { Problem } from '../common/problem.model';
import type { ZaakDetail, ZaakLijst, ZaakSamenvatting } from '../zaken/zaak-view.model';
import { CORPORATIE_VOOR_GEMEENTE, GEBRUIKER, type DemoEmail } from './demo-gebruikers';
import { maakWoning } from './db-fixtures';
import type { TestApp } from './test-app';
import { geldigeZaak, type GemeenteFixture, type ZaakFixtureOpties } from './zaak-fixtures';

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

/** Where brengNaar can take a new case, in the order the journey passes them. */
export type Doel =
  | 'concept' | 'ingediend' | 'toetsingHerkomst' | 'wegingWoonstart' | 'besluitvorming'
  | 'bemiddeling.zoeken' | 'bemiddeling.aanbieding' | 'bemiddeling.geaccepteerd' | 'geplaatst.bemiddeling'
  | 'zelfZoeken' | 'geplaatst.zelfZoeken';

export interface ScenarioOpties extends ZaakFixtureOpties {
  /** The zorgmedewerker who creates the case (default Parnassia). */
  readonly zorg?: DemoEmail;
  /** Woonstartgemeente for the weighing (default: the herkomst). */
  readonly woonstart?: GemeenteFixture;
  /** Corporatie user that offers (default: the demo corporatie working in the woonstartgemeente). */
  readonly corporatie?: DemoEmail;
  /** Toelichting the corporatie gives with the offer. */
  readonly aanbiedingToelichting?: string;
}

const ROUTE_STAPPEN: Readonly<Record<Doel, number>> = {
  concept: 0, ingediend: 1, toetsingHerkomst: 2, wegingWoonstart: 3, besluitvorming: 4,
  'bemiddeling.zoeken': 5, 'bemiddeling.aanbieding': 6, 'bemiddeling.geaccepteerd': 7, 'geplaatst.bemiddeling': 8,
  zelfZoeken: 5, 'geplaatst.zelfZoeken': 6,
};

/**
 * Typed calls on top of the harness, plus scenario steps that drive a fresh
 * case through the real API. Every step asserts its own success, so a broken
 * step names itself instead of failing a later, unrelated expectation.
 */
export class WoonstartApi {
  private readonly gebruikers = new Map<string, Gebruiker>();

  constructor(readonly t: TestApp) {}

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
   * A new case driven through the real API to `doel`: created by a
   * zorgmedewerker, decided by the commissie, offered and placed by the
   * corporatie of the woonstartgemeente (with a fresh dwelling of its own).
   */
  async brengNaar(doel: Doel, opties: ScenarioOpties = {}): Promise<ZaakDetail> {
    const stappen = ROUTE_STAPPEN[doel];
    const zelfZoeken = doel === 'zelfZoeken' || doel === 'geplaatst.zelfZoeken';
    const herkomst = opties.herkomst;
    let zaak = await this.maakZaak(opties.zorg ?? GEBRUIKER.zorgParnassia, geldigeZaak(opties));
    if (stappen < 1) return zaak;
    zaak = await this.stuurOk(opties.zorg ?? GEBRUIKER.zorgParnassia, zaak, 'INDIENEN');
    if (stappen < 2) return zaak;
    zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'ONTVANKELIJK_VERKLAREN', { toelichting: 'Volledig en tijdig ingediend.' });
    if (stappen < 3) return zaak;
    const voorstel = zaak.herkomstvoorstel?.gemeenteCbs;
    if (!voorstel) throw new Error(`Zaak ${zaak.id} heeft geen herkomstvoorstel`);
    zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'HERKOMST_VASTSTELLEN', { gemeenteCbs: voorstel });
    if (stappen < 4) return zaak;
    const woonstart = opties.woonstart?.cbsCode ?? herkomst?.cbsCode ?? zaak.behandelendeGemeente.cbsCode;
    zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'WEGING_VASTLEGGEN', { gemeenteCbs: woonstart, motivering: 'Netwerk en dagbesteding liggen in deze gemeente.' });
    if (stappen < 5) return zaak;
    if (zelfZoeken) {
      zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'TOEKENNEN_ZELF_ZOEKEN', { motivering: 'Kan met urgentieverklaring zelf zoeken.' });
      if (stappen < 6) return zaak;
      return this.stuurOk(GEBRUIKER.commissie, zaak, 'PLAATSING_REGISTREREN', { ingangsdatum: todayIso(), adres: 'Teststraat 1, Den Haag' });
    }
    zaak = await this.stuurOk(GEBRUIKER.commissie, zaak, 'TOEKENNEN_BEMIDDELING', { motivering: 'Uitstroom met begeleiding: directe bemiddeling.' });
    if (stappen < 6) return zaak;
    const corporatie = opties.corporatie ?? CORPORATIE_VOOR_GEMEENTE[woonstart];
    if (!corporatie) throw new Error(`Geen demo-corporatie voor gemeente ${woonstart}`);
    const woningId = await maakWoning(this.t, (await this.gebruiker(corporatie)).organisatieId, woonstart);
    zaak = await this.stuurOk(corporatie, zaak, 'WONING_AANBIEDEN', { woningId, ...(opties.aanbiedingToelichting ? { toelichting: opties.aanbiedingToelichting } : {}) });
    if (stappen < 7) return zaak;
    zaak = await this.stuurOk(corporatie, zaak, 'AANBIEDING_ACCEPTEREN', { toelichting: 'Kandidaat heeft de woning bezichtigd en geaccepteerd.' });
    if (stappen < 8) return zaak;
    return this.stuurOk(corporatie, zaak, 'PLAATSING_REGISTREREN', { ingangsdatum: todayIso(), woningId });
  }
}

/** Throws a readable error (status and body) when a setup call did not answer as expected. */
export function verwacht(res: Antwoord<unknown>, status: number, wat: string): void {
  if (res.status !== status) throw new Error(`${wat}: verwacht ${status}, kreeg ${res.status} ${JSON.stringify(res.body)}`);
}
