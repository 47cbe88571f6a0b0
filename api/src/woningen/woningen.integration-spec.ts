import { addDays, addYears, todayIso } from '@woonstart/domain';
import type { Problem } from '../common/problem.model';
import { GEBRUIKER, NAAM, type DemoEmail } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import { verwacht, type Antwoord } from '../testing/woonstart-api';
import type { ImportVerslag } from './woning-import.service';
import type { WoningView } from './woning-view.model';

const KOP = 'adres;postcode;gemeente;wijk;complex;huurprijs;woningtype;kamers;verdieping;lift;nultreden;rolstoel;labels;beschikbaar_vanaf';
/** Unique per run: the integration database is shared by every spec of the run. */
const RUN = Date.now().toString(36);

interface AuditRij { actie: string; gegevens: Record<string, unknown>; actor_naam: string; actor_rol: string; organisatie_id: string | null }

/**
 * Dwellings on offer (issue 4 §1): registering by hand and by CSV import, the
 * statuses a corporatie sets itself, who sees which dwellings, and the audit of
 * every change — against a real PostgreSQL.
 */
describe('woningen', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let nummer = 0;

  const db = <T>(sql: string, params: unknown[] = []): Promise<T[]> => omgeving.db.query(sql, params);
  const aantalWoningen = async (email: DemoEmail) => Number((await db<{ n: string }>(`SELECT count(*) AS n FROM woning WHERE corporatie_id = $1`, [(await api.gebruiker(email)).organisatieId]))[0].n);
  const aantalAudit = async () => Number((await db<{ n: string }>(`SELECT count(*) AS n FROM auditlog WHERE onderwerp = 'woning'`))[0].n);
  const audit = (woningId: string) => db<AuditRij>(`SELECT actie, gegevens, actor_naam, actor_rol, organisatie_id FROM auditlog WHERE onderwerp = 'woning' AND onderwerp_id = $1 ORDER BY id`, [woningId]);
  const adres = (straat = 'Hoefkade') => `${straat} ${++nummer}-${RUN}, Den Haag`;

  const nieuweWoning = (anders: Record<string, unknown> = {}) => ({
    gemeenteCbs: '0518', wijkCode: 'WK051802', complex: 'Complex 1204', adres: adres(), postcode: '2526 AB',
    woningtype: 'appartement', kamers: 2, huurprijs: 612.5, verdieping: 3, lift: true, nultreden: true, rolstoeltoegankelijk: false,
    labels: ['jongeren', 'prikkelarm'], beschikbaarVanaf: addDays(todayIso(), 14), ...anders,
  });

  async function meld(email: DemoEmail = GEBRUIKER.staedion, anders: Record<string, unknown> = {}): Promise<WoningView> {
    const res = await api.call<WoningView>(email, 'POST', '/woningen', nieuweWoning(anders));
    verwacht(res, 201, `POST /woningen als ${email}`);
    return res.body;
  }

  async function importeer(email: DemoEmail, inhoud: string | Buffer, naam = 'woningen.csv'): Promise<Antwoord<ImportVerslag & Problem>> {
    const form = new FormData();
    form.append('bestand', new Blob([typeof inhoud === 'string' ? inhoud : new Uint8Array(inhoud)], { type: 'text/csv' }), naam);
    const res = await fetch(`${omgeving.t.baseUrl}/woningen/import`, { method: 'POST', headers: { authorization: `Bearer ${await omgeving.t.token(email)}` }, body: form });
    const tekst = await res.text();
    return { status: res.status, body: tekst ? JSON.parse(tekst) : null, headers: res.headers };
  }

  const status = (email: DemoEmail, id: string, body: Record<string, unknown>) => api.call<WoningView>(email, 'PATCH', `/woningen/${id}/status`, body);

  describe('aanmelden', () => {
    it('registers a dwelling with all fields, shows it with the names of wijk, gemeente and corporatie, and audits it', async () => {
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      const body = nieuweWoning({ postcode: '2526ab' });
      const res = await api.call<WoningView>(GEBRUIKER.staedion, 'POST', '/woningen', body);
      verwacht(res, 201, 'POST /woningen');
      expect(res.body).toEqual({
        id: expect.any(String), corporatieId: staedion.organisatieId, corporatieNaam: 'Staedion', gemeenteCbs: '0518', gemeenteNaam: 'Den Haag',
        adres: body.adres, postcode: '2526 AB', wijkCode: 'WK051802', wijkNaam: 'Schilderswijk', complex: 'Complex 1204', huurprijs: 612.5,
        woningtype: 'appartement', kamers: 2, verdieping: 3, lift: true, nultreden: true, rolstoeltoegankelijk: false,
        labels: ['jongeren', 'prikkelarm'], beschikbaarVanaf: body.beschikbaarVanaf, status: 'beschikbaar', zaakId: null,
        mogelijkeStatussen: ['gereserveerd', 'ingetrokken'],
      });
      const [rij] = await db<Record<string, unknown>>(`SELECT wijk_code, complex, verdieping, lift, rolstoeltoegankelijk, labels, beschikbaar_vanaf::text AS vanaf, aangemaakt_door FROM woning WHERE id = $1`, [res.body.id]);
      expect(rij).toEqual({ wijk_code: 'WK051802', complex: 'Complex 1204', verdieping: 3, lift: true, rolstoeltoegankelijk: false, labels: ['jongeren', 'prikkelarm'], vanaf: body.beschikbaarVanaf, aangemaakt_door: staedion.id });
      expect(await audit(res.body.id)).toEqual([{
        actie: 'aangemaakt', gegevens: expect.objectContaining({ adres: body.adres, wijkCode: 'WK051802', huurprijs: 612.5, postcode: '2526 AB' }),
        actor_naam: NAAM[GEBRUIKER.staedion], actor_rol: 'corporatiemedewerker', organisatie_id: staedion.organisatieId,
      }]);
      const detail = await api.get<WoningView>(GEBRUIKER.staedion, `/woningen/${res.body.id}`);
      expect(detail.body).toEqual(res.body);
    });

    it('refuses a wijk of another gemeente with a 400 naming both, and saves nothing', async () => {
      const voor = { woningen: await aantalWoningen(GEBRUIKER.staedion), audit: await aantalAudit() };
      const res = await api.call(GEBRUIKER.staedion, 'POST', '/woningen', nieuweWoning({ wijkCode: 'WK050301' }));
      const p = verwachtProbleem(res, 400, /Wijk Binnenstad \(WK050301\) ligt in Delft, niet in Den Haag/);
      expect(p.fouten).toEqual([{ veld: 'wijkCode', melding: expect.stringMatching(/Kies een wijk van Den Haag/) }]);
      expect({ woningen: await aantalWoningen(GEBRUIKER.staedion), audit: await aantalAudit() }).toEqual(voor);
    });

    it('refuses a gemeente outside the werkgebied, bad values with Dutch reasons, and the same address twice', async () => {
      verwachtProbleem(await api.call(GEBRUIKER.staedion, 'POST', '/woningen', nieuweWoning({ gemeenteCbs: '0503', wijkCode: 'WK050301' })), 400, /Delft valt niet in het werkgebied van Staedion/);
      const fout = verwachtProbleem(await api.call(GEBRUIKER.staedion, 'POST', '/woningen', nieuweWoning({
        woningtype: 'Portiekwoning', kamers: 9, huurprijs: 612.555, verdieping: 41, labels: ['jongeren', 'jongeren'], complex: 'x'.repeat(41),
        beschikbaarVanaf: addDays(addYears(todayIso(), 1), 1), lift: 'ja',
      })), 400);
      expect(Object.fromEntries((fout.fouten ?? []).map((f) => [f.veld, f.melding]))).toEqual({
        woningtype: expect.stringMatching(/een van deze woningtypen/), kamers: "Vul bij 'kamers' een geheel getal van 1 tot en met 8 in.",
        huurprijs: expect.stringMatching(/hoogstens twee cijfers achter de komma/), verdieping: "Vul bij 'verdieping' een geheel getal van 0 tot en met 40 in.",
        labels: expect.stringMatching(/elk hoogstens één keer/), complex: "Het veld 'complex' is te lang.",
        beschikbaarVanaf: expect.stringMatching(/hoogstens een jaar na vandaag/), lift: "Vul bij 'lift' ja of nee in.",
      });
      const eerste = await meld();
      verwachtProbleem(await api.call(GEBRUIKER.staedion, 'POST', '/woningen', nieuweWoning({ adres: eerste.adres.toUpperCase(), postcode: '2526AB' })), 409, /is al aangemeld/);
    });
  });

  describe('CSV-import', () => {
    it('saves the good line, reports lines 3, 4 and 5 with their reasons, and audits the import', async () => {
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      const goed = adres('Vaillantlaan');
      const csv = [
        KOP,
        `${goed};2525 bx;Den Haag;Transvaal;Complex 1311;612,50;Appartement;3;0;nee;ja;ja;jongeren|prikkelarm;01-02-2026`,
        `${adres()};2525 BX;Amsterdam;Centrum;;700;studio;1;2;ja;ja;nee;;2026-02-01`,
        `${adres()};2525 BX;0518;Atlantis;;700;studio;1;2;ja;ja;nee;;2026-02-01`,
        `${adres()};2525 BX;0518;WK051801;;zeshonderd;studio;1;2;ja;ja;nee;;2026-02-01`,
      ].join('\r\n');
      const voor = { woningen: await aantalWoningen(GEBRUIKER.staedion), audit: await aantalAudit() };

      const res = await importeer(GEBRUIKER.staedion, `\uFEFF${csv.replace('01-02-2026', '01-02-' + todayIso().slice(0, 4))}`);
      verwacht(res, 200, 'POST /woningen/import');
      expect(res.body).toMatchObject({
        regels: 4, geimporteerd: 1,
        afgewezen: [
          { regel: 3, fouten: [expect.stringMatching(/Gemeente 'Amsterdam' is onbekend/)] },
          { regel: 4, fouten: [expect.stringMatching(/Wijk 'Atlantis' bestaat niet in Den Haag\. Kies een van: Centrum, Schilderswijk/)] },
          { regel: 5, fouten: [expect.stringMatching(/Huurprijs 'zeshonderd' is geen bedrag/)] },
        ],
      });
      expect(res.body.woningen).toEqual([expect.objectContaining({
        adres: goed, postcode: '2525 BX', gemeenteCbs: '0518', wijkCode: 'WK051803', wijkNaam: 'Transvaal', complex: 'Complex 1311', huurprijs: 612.5,
        woningtype: 'appartement', kamers: 3, verdieping: 0, lift: false, nultreden: true, rolstoeltoegankelijk: true, labels: ['jongeren', 'prikkelarm'],
        beschikbaarVanaf: `${todayIso().slice(0, 4)}-02-01`, status: 'beschikbaar', corporatieId: staedion.organisatieId,
      })]);
      expect({ woningen: await aantalWoningen(GEBRUIKER.staedion), audit: await aantalAudit() }).toEqual({ woningen: voor.woningen + 1, audit: voor.audit + 1 });
      expect(await audit(res.body.woningen[0].id)).toEqual([expect.objectContaining({
        actie: 'geimporteerd', actor_rol: 'corporatiemedewerker', gegevens: expect.objectContaining({ bestand: 'woningen.csv', regel: 2, adres: goed }),
      })]);
    });

    it('collects every reason of a line, in the words of the file, and refuses a dwelling outside the werkgebied', async () => {
      const csv = [
        KOP.split(';').join(','),
        `"${adres()}",2611 AB,Delft,Binnenstad,,"612,50",studio,1,2,ja,ja,nee,,01-02-2026`,
        `"${adres()}",2526 AB,0518,WK051802,,2,studio,12,2,misschien,ja,nee,"jongeren,kasteel",01-02-2026`,
      ].join('\n');
      const res = await importeer(GEBRUIKER.staedion, csv);
      verwacht(res, 200, 'POST /woningen/import');
      expect(res.body.geimporteerd).toBe(0);
      expect(res.body.afgewezen).toEqual([
        { regel: 2, fouten: ['Delft valt niet in het werkgebied van Staedion.'] },
        { regel: 3, fouten: [
          "De kolom 'lift' bevat 'misschien': vul ja of nee in.",
          "Vul bij 'kamers' een geheel getal van 1 tot en met 8 in.",
          expect.stringMatching(/^Vul bij 'huurprijs' een bedrag van € 100 tot en met € 3\.000 in/),
          expect.stringMatching(/^Het veld 'labels' mag alleen deze labels bevatten/),
        ] },
      ]);
    });

    it('refuses a file with a wrong header with a 400 naming the columns, and saves nothing', async () => {
      const voor = { woningen: await aantalWoningen(GEBRUIKER.staedion), audit: await aantalAudit() };
      const csv = [KOP.replace('wijk', 'buurt').replace(';rolstoel', ''), `${adres()};2526 AB;0518;WK051802;;612,50;studio;1;2;ja;ja;;01-02-2026`].join('\n');
      const p = verwachtProbleem(await importeer(GEBRUIKER.staedion, csv), 400, /ontbrekende kolommen: wijk, rolstoel; onbekende kolommen: buurt/);
      expect(p.fouten).toEqual(expect.arrayContaining([{ veld: 'bestand', melding: "De kolom 'wijk' ontbreekt." }, { veld: 'bestand', melding: "De kolom 'buurt' is onbekend." }]));
      expect({ woningen: await aantalWoningen(GEBRUIKER.staedion), audit: await aantalAudit() }).toEqual(voor);
    });

    it('refuses files that are too large (413), not CSV (415), or missing (400); other roles get 403', async () => {
      const regel = `${adres()};2526 AB;0518;WK051802;;612,50;studio;1;2;ja;ja;nee;;01-02-2026`;
      verwachtProbleem(await importeer(GEBRUIKER.staedion, [KOP, ...Array.from({ length: 2001 }, () => regel)].join('\n')), 413, /2\.001 woningen; u kunt er hoogstens 2\.000/);
      verwachtProbleem(await importeer(GEBRUIKER.staedion, `${KOP}\n${'x'.repeat(1024 * 1024)}`), 413, /groter dan 1 MB/);
      verwachtProbleem(await importeer(GEBRUIKER.staedion, Buffer.from('PK\x03\x04xlsx-inhoud', 'latin1'), 'woningen.xlsx'), 415, /Excel-werkmap/);
      verwachtProbleem(await api.call(GEBRUIKER.staedion, 'POST', '/woningen/import', {}), 400, /Kies een CSV-bestand/);
      verwachtProbleem(await importeer(GEBRUIKER.commissie, `${KOP}\n${regel}`), 403);
    });
  });

  describe('status', () => {
    it('reserves, releases, withdraws (with a reason) and releases again, each change audited', async () => {
      const w = await meld();
      const stappen: Array<[Record<string, unknown>, string]> = [
        [{ status: 'gereserveerd' }, 'gereserveerd'],
        [{ status: 'beschikbaar' }, 'beschikbaar'],
        [{ status: 'ingetrokken', reden: 'Renovatie van het complex' }, 'ingetrokken'],
        [{ status: 'beschikbaar' }, 'beschikbaar'],
      ];
      for (const [body, naar] of stappen) {
        const res = await status(GEBRUIKER.staedion, w.id, body);
        verwacht(res, 200, `status ${naar}`);
        expect(res.body).toMatchObject({ id: w.id, status: naar });
      }
      expect((await audit(w.id)).map((a) => [a.actie, a.gegevens])).toEqual([
        ['aangemaakt', expect.any(Object)],
        ['status gewijzigd', { van: 'beschikbaar', naar: 'gereserveerd', reden: null }],
        ['status gewijzigd', { van: 'gereserveerd', naar: 'beschikbaar', reden: null }],
        ['status gewijzigd', { van: 'beschikbaar', naar: 'ingetrokken', reden: 'Renovatie van het complex' }],
        ['status gewijzigd', { van: 'ingetrokken', naar: 'beschikbaar', reden: null }],
      ]);
    });

    it('refuses without changing anything: from aangeboden (409), a corporatie not its own (404), withdrawing without a reason (400), ingetrokken → gereserveerd (409)', async () => {
      const w = await meld();
      const auditVoor = (await audit(w.id)).length;
      verwachtProbleem(await status(GEBRUIKER.staedion, w.id, { status: 'ingetrokken' }), 400);
      verwachtProbleem(await status(GEBRUIKER.woonbron, w.id, { status: 'gereserveerd' }), 404, /^Woning niet gevonden\.$/);
      verwachtProbleem(await api.get(GEBRUIKER.woonbron, `/woningen/${w.id}`), 404, /^Woning niet gevonden\.$/);
      verwachtProbleem(await status(GEBRUIKER.staedion, w.id, { status: 'verhuurd' }), 400);

      await db(`UPDATE woning SET status = 'aangeboden' WHERE id = $1`, [w.id]);
      for (const naar of ['beschikbaar', 'gereserveerd']) {
        verwachtProbleem(await status(GEBRUIKER.staedion, w.id, { status: naar }), 409, /aanbieding in de zaak/);
      }
      verwachtProbleem(await status(GEBRUIKER.staedion, w.id, { status: 'ingetrokken', reden: 'x' }), 409, /aanbieding in de zaak/);
      await db(`UPDATE woning SET status = 'ingetrokken' WHERE id = $1`, [w.id]);
      verwachtProbleem(await status(GEBRUIKER.staedion, w.id, { status: 'gereserveerd' }), 409, /eerst weer beschikbaar/);

      expect((await db<{ status: string }>(`SELECT status FROM woning WHERE id = $1`, [w.id]))[0].status).toBe('ingetrokken');
      expect(await audit(w.id)).toHaveLength(auditVoor);
    });
  });

  describe('lezen', () => {
    it('a corporatie sees its own dwellings, the commissie and the coördinator all; filters by gemeente, wijk, status and type', async () => {
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      const w = await meld(GEBRUIKER.staedion, { wijkCode: 'WK051808', woningtype: 'studio', kamers: 1 });
      const eigen = await api.get<WoningView[]>(GEBRUIKER.staedion, '/woningen');
      expect(eigen.body.length).toBeGreaterThan(0);
      expect(eigen.body.every((v) => v.corporatieId === staedion.organisatieId)).toBe(true);
      for (const email of [GEBRUIKER.commissie, GEBRUIKER.coordinator, GEBRUIKER.beheerder]) {
        const alle = await api.get<WoningView[]>(email, '/woningen');
        verwacht(alle, 200, `GET /woningen als ${email}`);
        expect(new Set(alle.body.map((v) => v.corporatieId)).size).toBeGreaterThan(1);
        const een = await api.get<WoningView>(email, `/woningen/${w.id}`);
        verwacht(een, 200, `GET /woningen/:id als ${email}`);
        expect(een.body.mogelijkeStatussen).toEqual([]);
      }
      const gefilterd = await api.get<WoningView[]>(GEBRUIKER.commissie, '/woningen?gemeente=0518&wijk=WK051808&status=beschikbaar&woningtype=studio');
      expect(gefilterd.body.map((v) => v.id)).toContain(w.id);
      expect(gefilterd.body.every((v) => v.gemeenteCbs === '0518' && v.wijkCode === 'WK051808' && v.wijkNaam === 'Loosduinen' && v.status === 'beschikbaar' && v.woningtype === 'studio')).toBe(true);
      verwachtProbleem(await api.get(GEBRUIKER.commissie, '/woningen?woningtype=Portiekwoning'), 400);
      verwachtProbleem(await api.get(GEBRUIKER.zorgParnassia, '/woningen'), 403);
    });

    it('seeded dwellings carry the new fields, each in a wijk of its own gemeente', async () => {
      const rijen = await db<{ n: string; fout: string }>(`
        SELECT count(*) AS n, count(*) FILTER (WHERE k.gemeente_cbs <> w.gemeente_cbs OR w.woningtype NOT IN ('kamer','studio','appartement','eengezinswoning')) AS fout
        FROM woning w JOIN wijk k ON k.code = w.wijk_code WHERE w.aangemaakt_door IS NULL`);
      expect(Number(rijen[0].n)).toBeGreaterThanOrEqual(54);
      expect(Number(rijen[0].fout)).toBe(0);
      const labels = await db<{ label: string }>(`SELECT DISTINCT unnest(labels) AS label FROM woning WHERE aangemaakt_door IS NULL ORDER BY 1`);
      expect(labels.map((l) => l.label)).toEqual(expect.arrayContaining(['55+', 'jongeren', 'vrijliggend']));
    });

    it('GET /wijken lists the wijken of a gemeente for every role', async () => {
      for (const email of [GEBRUIKER.zorgParnassia, GEBRUIKER.staedion, GEBRUIKER.arts]) {
        const res = await api.get<Array<{ code: string; naam: string; gemeenteCbs: string }>>(email, '/wijken?gemeente=0503');
        verwacht(res, 200, `GET /wijken als ${email}`);
        expect(res.body.map((w) => w.naam)).toEqual(['Binnenstad', 'Tanthof', 'Voorhof', 'Buitenhof', 'Vrijenban', 'Hof van Delft']);
        expect(res.body[0]).toEqual({ code: 'WK050301', naam: 'Binnenstad', gemeenteCbs: '0503' });
      }
      const alle = await api.get<Array<{ gemeenteCbs: string }>>(GEBRUIKER.staedion, '/wijken');
      expect(new Set(alle.body.map((w) => w.gemeenteCbs)).size).toBe(9);
      verwachtProbleem(await api.get(GEBRUIKER.staedion, '/wijken?gemeente=0363'), 400);
    });
  });
});
