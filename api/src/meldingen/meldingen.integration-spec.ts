import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { applyZaakCommand, type Actor } from '@woonstart/db';
import { GEBRUIKER, type DemoEmail } from '../testing/demo-gebruikers';
import { maakWoning } from '../testing/db-fixtures';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';
import type { Gebruiker } from '../testing/woonstart-api';
import type { ZaakDetail } from '../zaken/zaak-view.model';
import { MailVerzender, MAX_POGINGEN } from './mail-verzender.service';
import { smtpTransport } from './mail.transport';
import type { MailLijst, MeldingLijst, MeldingView } from './meldingen.model';
import { OutboxWorker } from './outbox.worker';

/**
 * Notifications end to end on the real app and database: events on a case go
 * through the one command path into the outbox; OutboxWorker turns committed rows
 * into meldingen and queued mail; MailVerzender sends them (here to a tiny SMTP
 * server in this process, or keeps them when no server is configured).
 */

interface MeldingRij { id: string; outboxId: string; organisatieId: string; organisatie: string; onderwerp: string; tekst: string; link: string | null }
interface EmailRij { id: string; meldingId: string; aan: string; status: string; pogingen: number; fout: string | null }

/** Runs of the SMTP conversation the test server accepted. */
interface OntvangenMail { aan: string[]; data: string }

/**
 * Just enough SMTP (RFC 5321) for nodemailer: no TLS, no auth. `weigerOntvanger`
 * answers RCPT with a temporary error, as a server that is down would.
 */
async function startSmtpServer(): Promise<{ port: number; ontvangen: OntvangenMail[]; weigerOntvanger: boolean; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const staat = { weigerOntvanger: false };
  const ontvangen: OntvangenMail[] = [];
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let huidig: OntvangenMail = { aan: [], data: '' };
    const zeg = (regel: string) => socket.write(`${regel}\r\n`);
    zeg('220 test.local ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const eind = buffer.indexOf('\r\n.\r\n');
          if (eind < 0) return;
          huidig.data = buffer.slice(0, eind);
          buffer = buffer.slice(eind + 5);
          inData = false;
          ontvangen.push(huidig);
          huidig = { aan: [], data: '' };
          zeg('250 2.0.0 OK');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const regel = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const opdracht = regel.slice(0, 4).toUpperCase();
        if (opdracht === 'EHLO') socket.write('250-test.local\r\n250 8BITMIME\r\n');
        else if (opdracht === 'HELO' || opdracht === 'MAIL' || opdracht === 'NOOP') zeg('250 OK');
        else if (opdracht === 'RSET') { huidig = { aan: [], data: '' }; zeg('250 OK'); }
        else if (opdracht === 'RCPT') {
          if (staat.weigerOntvanger) zeg('451 4.3.0 Tijdelijk niet beschikbaar');
          else { huidig.aan.push(regel.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1')); zeg('250 OK'); }
        } else if (opdracht === 'DATA') { inData = true; zeg('354 Ga uw gang'); }
        else if (opdracht === 'QUIT') { zeg('221 Tot ziens'); socket.end(); }
        else zeg('502 Niet ondersteund');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    ontvangen,
    get weigerOntvanger() { return staat.weigerOntvanger; },
    set weigerOntvanger(v: boolean) { staat.weigerOntvanger = v; },
    close: () => new Promise<void>((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}

describe('meldingen (outbox → melding → e-mail)', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  let worker: OutboxWorker;
  let bewaarder: MailVerzender;

  const meldingen = (zaakId: string): Promise<MeldingRij[]> => omgeving.db.query(
    `SELECT m.id, m.outbox_id::text AS "outboxId", m.organisatie_id AS "organisatieId", o.naam AS organisatie, m.onderwerp, m.tekst, m.link
       FROM melding m JOIN organisatie o ON o.id = m.organisatie_id WHERE m.zaak_id = $1 ORDER BY m.outbox_id, o.naam`, [zaakId]);
  const emails = (meldingIds: string[]): Promise<EmailRij[]> => omgeving.db.query(
    `SELECT id, melding_id AS "meldingId", aan, status, pogingen, fout FROM email WHERE melding_id = ANY($1::uuid[]) ORDER BY aan`, [meldingIds]);
  /** The outbox row of the last transition with this event on the case. */
  const outboxVan = async (zaakId: string, event: string): Promise<string> => {
    const [rij]: Array<{ id: string }> = await omgeving.db.query(
      `SELECT id::text AS id FROM outbox WHERE zaak_id = $1 AND soort = 'statuswijziging' AND payload->>'event' = $2 ORDER BY id DESC LIMIT 1`, [zaakId, event]);
    if (!rij) throw new Error(`Geen outbox-regel voor ${event} op ${zaakId}`);
    return rij.id;
  };
  const actieveAdressen = async (organisatieId: string): Promise<string[]> =>
    (await omgeving.db.query(`SELECT email FROM gebruiker WHERE organisatie_id = $1 AND actief ORDER BY email`, [organisatieId]) as Array<{ email: string }>).map((r) => r.email);
  const organisatieId = async (naam: string): Promise<string> => ((await omgeving.db.query(`SELECT id FROM organisatie WHERE naam = $1`, [naam])) as Array<{ id: string }>)[0].id;
  const actor = (g: Gebruiker): Actor => ({ id: g.id, naam: g.naam, rol: g.rol, organisatieId: g.organisatieId });
  const meldingenVanGebruiker = async (email: DemoEmail, query = ''): Promise<MeldingLijst> => {
    const res = await api.get<MeldingLijst>(email, `/meldingen?perPagina=100${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  /** A case waiting for a dwelling (Den Haag), with the outbox of getting there already processed and its mail kept. */
  const kandidaat = async (): Promise<ZaakDetail> => {
    const zaak = await api.brengNaar('bemiddeling.zoeken');
    await worker.verwerkOutbox();
    await bewaarder.verzendMails();
    return zaak;
  };

  beforeAll(async () => {
    worker = omgeving.t.running.app.get(OutboxWorker);
    bewaarder = omgeving.t.running.app.get(MailVerzender);
    // Rows other specs left in a shared database: processed now, so each test sees only its own.
    await worker.verwerkOutbox();
    await bewaarder.verzendMails();
  });

  describe('processing the outbox', () => {
    it('an offer tells the zorginstelling exactly once, and each of its active users gets one e-mail', async () => {
      const zaak = await kandidaat();
      const parnassia = await api.gebruiker(GEBRUIKER.zorgParnassia);
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      const woningId = await maakWoning(omgeving.t, staedion.organisatieId, '0518');
      await api.stuurOk(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId });
      const outboxId = await outboxVan(zaak.id, 'WONING_AANBIEDEN');
      expect(await omgeving.db.query(`SELECT verwerkt_op FROM outbox WHERE id = $1`, [outboxId])).toEqual([{ verwerkt_op: null }]);

      expect(await worker.verwerkOutbox()).toBeGreaterThanOrEqual(1);

      const van = (await meldingen(zaak.id)).filter((m) => m.outboxId === outboxId);
      expect(van).toEqual([expect.objectContaining({
        organisatieId: parnassia.organisatieId, onderwerp: 'Woning aangeboden', link: `/zaken/${zaak.id}`,
        tekst: `Voor zaak ${zaak.zaaknummer} is een woning aangeboden. Zaak ${zaak.zaaknummer} heeft een nieuwe status: Bemiddeling: woning aangeboden.`,
      })]);
      const mails = await emails([van[0].id]);
      const adressen = await actieveAdressen(parnassia.organisatieId);
      expect(adressen).toContain(GEBRUIKER.zorgParnassia);
      expect(mails.map((e) => e.aan)).toEqual(adressen);
      expect(mails.every((e) => e.status === 'wachtend' && e.pogingen === 0)).toBe(true);
      const [{ verwerkt }] = await omgeving.db.query(`SELECT verwerkt_op IS NOT NULL AS verwerkt FROM outbox WHERE id = $1`, [outboxId]);
      expect(verwerkt).toBe(true);
      // No personal data of the applicant leaves in the mail.
      const [mail] = await omgeving.db.query(`SELECT onderwerp, tekst FROM email WHERE id = $1`, [mails[0].id]);
      expect(mail.onderwerp).toBe(`Woonstart: Woning aangeboden (zaak ${zaak.zaaknummer})`);
      expect(`${mail.onderwerp} ${mail.tekst}`).not.toMatch(/Testa|Integratie|testa@example\.org|0612345678|Integratiestraat/);
    });

    it('processing again, re-opening rows, or two concurrent runs create nothing extra', async () => {
      const zaak = await kandidaat();
      const voor = await meldingen(zaak.id);
      const voorMails = await emails(voor.map((m) => m.id));
      expect(voor.length).toBeGreaterThan(3);

      expect(await worker.verwerkOutbox()).toBe(0);
      // As if a run crashed after its inserts but before marking the rows: the unique keys hold.
      const heropend: unknown[] = (await omgeving.db.query(`UPDATE outbox SET verwerkt_op = NULL WHERE zaak_id = $1 RETURNING id`, [zaak.id]))[0];
      const [a, b] = await Promise.all([worker.verwerkOutbox(), worker.verwerkOutbox()]);
      // SKIP LOCKED splits the rows: each is handled by exactly one of the two runs.
      expect(a + b).toBe(heropend.length);
      expect(await meldingen(zaak.id)).toEqual(voor);
      expect(await emails(voor.map((m) => m.id))).toEqual(voorMails);

      // New rows, processed by two concurrent runs: every row once, every organisation once per row.
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      const woningId = await maakWoning(omgeving.t, staedion.organisatieId, '0518');
      const aangeboden = await api.stuurOk(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId });
      await api.stuurOk(GEBRUIKER.staedion, aangeboden, 'AANBIEDING_WEIGEREN', { reden: 'De kandidaat vond de woning te klein.' });
      const [c, d] = await Promise.all([worker.verwerkOutbox(), worker.verwerkOutbox()]);
      expect(c + d).toBe(2);
      const na = await meldingen(zaak.id);
      const sleutels = na.map((m) => `${m.outboxId}/${m.organisatieId}`);
      expect(new Set(sleutels).size).toBe(sleutels.length);
      const weigering = await outboxVan(zaak.id, 'AANBIEDING_WEIGEREN');
      // The refusal reopens the search: the corporaties of Den Haag hear it once, merged with "new candidate".
      const corporaties = na.filter((m) => m.outboxId === weigering && m.organisatie !== 'Parnassia Groep');
      expect(corporaties.map((m) => m.organisatie).sort()).toEqual(['Haag Wonen', 'Staedion']);
      expect(corporaties[0].tekst).toMatch(/is geweigerd\. .*zoekt via directe bemiddeling een woning/);
      const mails = await emails(na.map((m) => m.id));
      const mailSleutels = mails.map((e) => `${e.meldingId}/${e.aan}`);
      expect(new Set(mailSleutels).size).toBe(mailSleutels.length);
    });

    it('a new candidate reaches the corporaties working in the woonstartgemeente, and no other corporatie', async () => {
      const zaak = await kandidaat();
      const detail = await api.detailOk(GEBRUIKER.commissie, zaak.id);
      const gemeente = detail.woonstartgemeente?.cbsCode;
      expect(gemeente).toBe('0518');
      const outboxId = await outboxVan(zaak.id, 'BESLUIT_GOEDKEUREN');
      const nieuweKandidaat = (await meldingen(zaak.id)).filter((m) => m.outboxId === outboxId && m.onderwerp === 'Nieuwe kandidaat voor directe bemiddeling');
      const verwacht: Array<{ naam: string }> = await omgeving.db.query(
        `SELECT naam FROM organisatie WHERE type = 'woningcorporatie' AND $1 = ANY(werkgebied) ORDER BY naam`, [gemeente]);
      expect(nieuweKandidaat.map((m) => m.organisatie)).toEqual(verwacht.map((o) => o.naam));
      expect(verwacht.map((o) => o.naam)).toEqual(['Haag Wonen', 'Staedion']);
      // Woonbron Delft works in Delft and Midden-Delfland: nothing about this case, in the table or through the api.
      const woonbron = await organisatieId('Woonbron Delft');
      expect((await meldingen(zaak.id)).filter((m) => m.organisatieId === woonbron)).toEqual([]);
      expect((await meldingenVanGebruiker(GEBRUIKER.woonbron)).items.filter((m) => m.link === `/zaken/${zaak.id}`)).toEqual([]);
      expect((await meldingenVanGebruiker(GEBRUIKER.staedion)).items.filter((m) => m.link === `/zaken/${zaak.id}`).map((m) => m.onderwerp))
        .toContain('Nieuwe kandidaat voor directe bemiddeling');
    });

    it('a command that rolled back tells nobody', async () => {
      const zaak = await api.maakZaak(GEBRUIKER.zorgParnassia);
      const sanne = await api.gebruiker(GEBRUIKER.zorgParnassia);
      await expect(omgeving.db.transaction(async (m) => {
        await applyZaakCommand(m, { zaakId: zaak.id, event: { type: 'INDIENEN' }, actor: actor(sanne) });
        throw new Error('afgebroken na het commando');
      })).rejects.toThrow('afgebroken na het commando');
      await worker.verwerkOutbox();
      expect(await omgeving.db.query(`SELECT id FROM outbox WHERE zaak_id = $1`, [zaak.id])).toEqual([]);
      expect(await meldingen(zaak.id)).toEqual([]);
    });

    // PGlite runs one transaction at a time: an open one would block the worker, so this needs a real server.
    (process.env['DATABASE_URL'] ? it : it.skip)('a change not yet committed is invisible to the worker; after its rollback it never tells anyone', async () => {
      const zaak = await api.maakZaak(GEBRUIKER.zorgParnassia);
      const sanne = await api.gebruiker(GEBRUIKER.zorgParnassia);
      const qr = omgeving.db.createQueryRunner();
      await qr.connect();
      try {
        await qr.startTransaction();
        await applyZaakCommand(qr.manager, { zaakId: zaak.id, event: { type: 'INDIENEN' }, actor: actor(sanne) });
        await worker.verwerkOutbox();
        expect(await meldingen(zaak.id)).toEqual([]);
        await qr.rollbackTransaction();
      } finally {
        await qr.release();
      }
      await worker.verwerkOutbox();
      expect(await meldingen(zaak.id)).toEqual([]);
    });

    it('a deadline reminder tells the committee once (with the date), not the indiener', async () => {
      const zaak = await api.brengNaar('toetsingHerkomst');
      await worker.verwerkOutbox();
      const [{ beslistermijn }] = await omgeving.db.query(`SELECT to_char(beslistermijn, 'YYYY-MM-DD') AS beslistermijn FROM zaak WHERE id = $1`, [zaak.id]);
      expect(beslistermijn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const systeem: Actor = { id: null, naam: 'Woonstart (termijnbewaking)', rol: 'systeem', organisatieId: null };
      await omgeving.db.transaction((m) => applyZaakCommand(m, { zaakId: zaak.id, event: { type: 'BESLISTERMIJN_HERINNERING' }, actor: systeem }));
      // The command writes the transition row and a separate 'herinnering-beslistermijn' row: two rows, one message.
      const open: Array<{ soort: string }> = await omgeving.db.query(`SELECT soort FROM outbox WHERE zaak_id = $1 AND verwerkt_op IS NULL ORDER BY id`, [zaak.id]);
      expect(open.map((o) => o.soort)).toEqual(['herinnering-beslistermijn', 'statuswijziging']);
      const voor = (await meldingen(zaak.id)).length;
      await worker.verwerkOutbox();
      const nieuw = (await meldingen(zaak.id)).slice(voor);
      expect(nieuw.map((m) => [m.organisatie, m.onderwerp])).toEqual([['Toetsingscommissie Haaglanden', 'Beslistermijn verloopt binnenkort']]);
      const [jaar, maand, dag] = beslistermijn.split('-').map(Number);
      expect(nieuw[0].tekst).toContain(`${dag} `);
      expect(nieuw[0].tekst).toContain(String(jaar));
      expect(maand).toBeGreaterThan(0);
      // Every member of the committee (the medisch adviseur too) gets the mail.
      const mails = await emails([nieuw[0].id]);
      expect(mails.map((e) => e.aan)).toEqual(await actieveAdressen(nieuw[0].organisatieId));
      expect(mails.map((e) => e.aan)).toEqual(expect.arrayContaining([GEBRUIKER.commissie, GEBRUIKER.commissie2]));
    });
  });

  describe('endpoints', () => {
    it('GET /meldingen: the own organisation only, newest first, with the unread count; alleenOngelezen filters', async () => {
      const zaak = await kandidaat();
      const lijst = await meldingenVanGebruiker(GEBRUIKER.zorgParnassia);
      const parnassia = await api.gebruiker(GEBRUIKER.zorgParnassia);
      const [{ aantal }] = await omgeving.db.query(`SELECT count(*)::int AS aantal FROM melding WHERE organisatie_id = $1`, [parnassia.organisatieId]);
      expect(lijst.totaal).toBe(aantal);
      expect(lijst.items.length).toBe(Math.min(aantal, 100));
      // Newest first: the approval (the last step) above the submission of the same case.
      const vanZaak = lijst.items.filter((m) => m.link === `/zaken/${zaak.id}`);
      expect(vanZaak.length).toBeGreaterThan(2);
      const tijden = lijst.items.map((m) => Date.parse(m.aangemaaktOp));
      expect(tijden).toEqual([...tijden].sort((x, y) => y - x));
      expect(vanZaak[0].tekst).toMatch(/Bemiddeling: woning zoeken/);
      expect(vanZaak[vanZaak.length - 1].tekst).toMatch(/Ingediend/);

      const ongelezen = await meldingenVanGebruiker(GEBRUIKER.zorgParnassia, '&alleenOngelezen=true');
      expect(ongelezen.items.every((m) => m.gelezenOp === null)).toBe(true);
      expect(ongelezen.totaal).toBe(lijst.ongelezen);
      const teller = await api.get<{ aantal: number }>(GEBRUIKER.zorgParnassia, '/meldingen/aantal-ongelezen');
      expect(teller).toMatchObject({ status: 200, body: { aantal: lijst.ongelezen } });

      // Another zorginstelling sees nothing of it.
      expect((await meldingenVanGebruiker(GEBRUIKER.zorgKessler)).items.filter((m) => m.link === `/zaken/${zaak.id}`)).toEqual([]);
      verwachtProbleem(await api.get(GEBRUIKER.zorgParnassia, '/meldingen?alleenOngelezen=misschien'), 400);
      verwachtProbleem(await api.get(GEBRUIKER.zorgParnassia, '/meldingen?perPagina=500'), 400);
    });

    it('POST /meldingen/:id/gelezen marks it read for the organisation; another organisation gets 404 in Dutch', async () => {
      const zaak = await kandidaat();
      const melding = (await meldingenVanGebruiker(GEBRUIKER.zorgParnassia, '&alleenOngelezen=true')).items.find((m) => m.link === `/zaken/${zaak.id}`) as MeldingView;
      expect(melding).toBeDefined();
      const voor = (await api.get<{ aantal: number }>(GEBRUIKER.zorgParnassia, '/meldingen/aantal-ongelezen')).body.aantal;

      const vreemd = await api.call(GEBRUIKER.zorgKessler, 'POST', `/meldingen/${melding.id}/gelezen`);
      verwachtProbleem(vreemd, 404, /Melding niet gevonden/);
      verwachtProbleem(await api.call(GEBRUIKER.staedion, 'POST', `/meldingen/${melding.id}/gelezen`), 404);
      verwachtProbleem(await api.call(GEBRUIKER.zorgParnassia, 'POST', '/meldingen/geen-uuid/gelezen'), 400);
      expect((await omgeving.db.query(`SELECT gelezen_op FROM melding WHERE id = $1`, [melding.id]))[0].gelezen_op).toBeNull();

      const gelezen = await api.call<MeldingView>(GEBRUIKER.zorgParnassia, 'POST', `/meldingen/${melding.id}/gelezen`);
      expect(gelezen.status).toBe(200);
      expect(gelezen.body).toMatchObject({ id: melding.id, gelezenOp: expect.any(String) });
      const sanne = await api.gebruiker(GEBRUIKER.zorgParnassia);
      const [rij] = await omgeving.db.query(`SELECT gelezen_door FROM melding WHERE id = $1`, [melding.id]);
      expect(rij.gelezen_door).toBe(sanne.id);
      expect((await api.get<{ aantal: number }>(GEBRUIKER.zorgParnassia, '/meldingen/aantal-ongelezen')).body.aantal).toBe(voor - 1);
      // Marking again changes nothing: the first reader and time stay.
      const nogmaals = await api.call<MeldingView>(GEBRUIKER.zorgParnassia, 'POST', `/meldingen/${melding.id}/gelezen`);
      expect(nogmaals).toMatchObject({ status: 200, body: { gelezenOp: gelezen.body.gelezenOp } });
      const audit = await omgeving.db.query(`SELECT actie, actor_id FROM auditlog WHERE onderwerp = 'melding' AND onderwerp_id = $1`, [melding.id]);
      expect(audit).toEqual([{ actie: 'gelezen', actor_id: sanne.id }]);
      expect((await meldingenVanGebruiker(GEBRUIKER.zorgParnassia, '&alleenOngelezen=true')).items.map((m) => m.id)).not.toContain(melding.id);
    });

    it('GET /mailbox: the beheerder sees all mail, everyone else only the mail to their own organisation', async () => {
      const zaak = await kandidaat();
      const vanZaak = (l: MailLijst) => l.items.filter((e) => e.onderwerp.includes(`(zaak ${zaak.zaaknummer})`));
      const mailbox = async (email: DemoEmail): Promise<MailLijst> => {
        const res = await api.get<MailLijst>(email, '/mailbox?perPagina=100');
        expect(res.status).toBe(200);
        return res.body;
      };
      const parnassia = await api.gebruiker(GEBRUIKER.zorgParnassia);
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      const beheer = vanZaak(await mailbox(GEBRUIKER.beheerder));
      const zorg = vanZaak(await mailbox(GEBRUIKER.zorgParnassia));
      const corporatie = vanZaak(await mailbox(GEBRUIKER.staedion));
      const adressenParnassia = await actieveAdressen(parnassia.organisatieId);
      const adressenStaedion = await actieveAdressen(staedion.organisatieId);
      expect(zorg.length).toBeGreaterThan(0);
      expect(zorg.every((e) => adressenParnassia.includes(e.aan))).toBe(true);
      expect(corporatie.length).toBeGreaterThan(0);
      expect(corporatie.every((e) => adressenStaedion.includes(e.aan))).toBe(true);
      expect(beheer.map((e) => e.id)).toEqual(expect.arrayContaining([...zorg, ...corporatie].map((e) => e.id)));
      expect(beheer.some((e) => e.aan === GEBRUIKER.commissie)).toBe(true);
      expect(zorg.some((e) => e.aan === GEBRUIKER.commissie)).toBe(false);
      // No mail server in the test app: kept in the app, never sent.
      expect(beheer.every((e) => e.status === 'bewaard' && e.verzondenOp === null)).toBe(true);
      expect(Object.keys(zorg[0]).sort()).toEqual(['aan', 'aangemaaktOp', 'fout', 'id', 'onderwerp', 'pogingen', 'status', 'tekst', 'verzondenOp']);
    });
  });

  describe('sending mail', () => {
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let verzender: MailVerzender;

    beforeAll(async () => {
      smtp = await startSmtpServer();
      verzender = new MailVerzender(omgeving.db, smtpTransport({ host: '127.0.0.1', port: smtp.port, secure: false, user: null, password: null, from: 'Woonstart <woonstart@test.local>' }));
    });
    afterAll(async () => { await smtp?.close(); });

    /** Mails of one new offer, queued and not yet sent. */
    const nieuweMails = async (): Promise<{ zaak: ZaakDetail; mails: EmailRij[] }> => {
      const zaak = await kandidaat();
      const staedion = await api.gebruiker(GEBRUIKER.staedion);
      await api.stuurOk(GEBRUIKER.staedion, zaak, 'WONING_AANBIEDEN', { woningId: await maakWoning(omgeving.t, staedion.organisatieId, '0518') });
      await worker.verwerkOutbox();
      const mails = await emails((await meldingen(zaak.id)).map((m) => m.id));
      return { zaak, mails: mails.filter((e) => e.status === 'wachtend') };
    };

    it('sends every queued mail once through the mail server and marks it verzonden', async () => {
      const { zaak, mails } = await nieuweMails();
      expect(mails.length).toBeGreaterThan(0);
      const voor = smtp.ontvangen.length;
      expect(await verzender.verzendMails()).toBe(mails.length);
      const ontvangen = smtp.ontvangen.slice(voor);
      expect(ontvangen.map((o) => o.aan).flat().sort()).toEqual(mails.map((e) => e.aan).sort());
      expect(ontvangen[0].data).toContain(`Subject: Woonstart: Woning aangeboden (zaak ${zaak.zaaknummer})`);
      expect(ontvangen[0].data).toMatch(/From: Woonstart <woonstart@test\.local>/);
      const na = await emails([...new Set(mails.map((e) => e.meldingId))]);
      expect(na.filter((e) => mails.some((m) => m.id === e.id)).map((e) => [e.status, e.pogingen])).toEqual(mails.map(() => ['verzonden', 1]));
      // Nothing is sent twice: a second run finds nothing to do.
      expect(await verzender.verzendMails()).toBe(0);
      expect(smtp.ontvangen.length).toBe(voor + mails.length);
    });

    it(`retries a temporary failure with a backoff and gives up after ${MAX_POGINGEN} attempts, keeping the error`, async () => {
      const { mails } = await nieuweMails();
      const id = mails[0].id;
      const stand = async () => (await omgeving.db.query(`SELECT status, pogingen, fout FROM email WHERE id = $1`, [id]))[0];
      smtp.weigerOntvanger = true;
      try {
        const start = new Date();
        await verzender.verzendMails(start);
        expect(await stand()).toMatchObject({ status: 'wachtend', pogingen: 1, fout: expect.stringMatching(/451/) });
        // Within the backoff nothing is tried again.
        await verzender.verzendMails(start);
        expect((await stand()).pogingen).toBe(1);
        await verzender.verzendMails(new Date(start.getTime() + 2 * 60_000));
        expect(await stand()).toMatchObject({ status: 'wachtend', pogingen: 2 });
        await verzender.verzendMails(new Date(start.getTime() + 10 * 60_000));
        expect(await stand()).toMatchObject({ status: 'mislukt', pogingen: 3, fout: expect.stringMatching(/451/) });
        await verzender.verzendMails(new Date(start.getTime() + 60 * 60_000));
        expect((await stand()).pogingen).toBe(3);
      } finally {
        smtp.weigerOntvanger = false;
      }
      const beheer = await api.get<MailLijst>(GEBRUIKER.beheerder, '/mailbox?perPagina=100');
      expect(beheer.body.items.find((e) => e.id === id)).toMatchObject({ status: 'mislukt', fout: expect.stringMatching(/451/) });
      // Others see that it failed, not the server's words.
      const zorg = await api.get<MailLijst>(GEBRUIKER.zorgParnassia, '/mailbox?perPagina=100');
      expect(zorg.body.items.find((e) => e.id === id)).toMatchObject({ status: 'mislukt', fout: null });
    });

    it('never resends a mail whose send was interrupted: the mailbox shows "status onbekend"', async () => {
      const { mails } = await nieuweMails();
      const [onderbroken, ...rest] = mails;
      // As a crash between claiming and recording the outcome leaves it.
      await omgeving.db.query(`UPDATE email SET status = 'verzenden', pogingen = 1, laatste_poging_op = now() - interval '1 hour' WHERE id = $1`, [onderbroken.id]);
      const voor = smtp.ontvangen.length;
      await verzender.verzendMails();
      const aan = smtp.ontvangen.slice(voor).flatMap((o) => o.aan);
      expect(aan.sort()).toEqual(rest.map((e) => e.aan).sort());
      const [rij] = await omgeving.db.query(`SELECT status, pogingen FROM email WHERE id = $1`, [onderbroken.id]);
      expect(rij).toEqual({ status: 'verzenden', pogingen: 1 });
      const mailbox = await api.get<MailLijst>(GEBRUIKER.beheerder, '/mailbox?perPagina=100');
      expect(mailbox.body.items.find((e) => e.id === onderbroken.id)?.status).toBe('onbekend');
    });
  });
});
