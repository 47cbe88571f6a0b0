import { meldingenVoor, voegMeldingenSamen, type MeldingBericht, type MeldingOntvanger } from './melding.rule';

const ZN = 'WS-2026-000123';
const stap = (event: string, van: string, naar: string, extra: Partial<MeldingBericht> = {}): MeldingBericht =>
  ({ soort: 'statuswijziging', event, van, naar, naarLabel: `label van ${naar}`, zaaknummer: ZN, ...extra });

/** [description, bericht, recipients in order, subject per recipient] */
const TABEL: ReadonlyArray<[string, MeldingBericht, ReadonlyArray<[MeldingOntvanger, RegExp]>]> = [
  ['submission: the committee gets a new case, the indiener its new status', stap('INDIENEN', 'concept', 'ingediend.ontvankelijkheid'), [
    ['commissie', /^Nieuwe aanvraag ter toetsing$/], ['indiener', /^Nieuwe status: label van ingediend\.ontvankelijkheid$/]]],
  ['supplement submitted', stap('AANVULLING_INDIENEN', 'ingediend.aanvullen', 'ingediend.ontvankelijkheid'), [
    ['commissie', /Aanvulling ontvangen/], ['indiener', /Nieuwe status/]]],
  ['extension requested', stap('VERLENGING_AANVRAGEN', 'toegekend.zelfZoeken.zoekend', 'toegekend.zelfZoeken.verlengingAangevraagd'), [
    ['commissie', /Verlenging aangevraagd/], ['indiener', /Nieuwe status/]]],
  ['deadline reminder: only the committee (no state change)', stap('BESLISTERMIJN_HERINNERING', 'toetsingHerkomst', 'toetsingHerkomst'), [
    ['commissie', /Beslistermijn verloopt binnenkort/]]],
  ['deadline passed: only the committee', stap('BESLISTERMIJN_VERSTREKEN', 'besluitvorming.beraad', 'besluitvorming.beraad'), [
    ['commissie', /Beslistermijn verstreken/]]],
  ['a plain status change: only the indiener', stap('ONTVANKELIJK_VERKLAREN', 'ingediend.ontvankelijkheid', 'toetsingHerkomst'), [
    ['indiener', /Nieuwe status: label van toetsingHerkomst/]]],
  ['an event that changes no state and has no rule: nobody', stap('VERDAGEN', 'toetsingHerkomst', 'toetsingHerkomst'), []],
  ['granted with bemiddeling: a new candidate for the corporaties', stap('BESLUIT_GOEDKEUREN', 'besluitvorming.voorgesteld', 'toegekend.bemiddeling.zoeken'), [
    ['corporatiesDoelgemeente', /^Nieuwe kandidaat voor directe bemiddeling$/], ['indiener', /Nieuwe status/]]],
  ['an offer: the indiener', stap('WONING_AANBIEDEN', 'toegekend.bemiddeling.zoeken', 'toegekend.bemiddeling.aanbieding'), [
    ['indiener', /^Woning aangeboden$/]]],
  ['offer accepted: corporaties and indiener', stap('AANBIEDING_ACCEPTEREN', 'toegekend.bemiddeling.aanbieding', 'toegekend.bemiddeling.geaccepteerd'), [
    ['corporatiesDoelgemeente', /Aanbieding geaccepteerd/], ['indiener', /Aanbieding geaccepteerd/]]],
  ['offer refused, back to searching: corporaties once, indiener once', stap('AANBIEDING_WEIGEREN', 'toegekend.bemiddeling.aanbieding', 'toegekend.bemiddeling.zoeken'), [
    ['corporatiesDoelgemeente', /Aanbieding geweigerd/], ['indiener', /Aanbieding geweigerd/]]],
  ['reaction term passed: corporaties and indiener', stap('REACTIETERMIJN_VERSTREKEN', 'toegekend.bemiddeling.aanbieding', 'toegekend.bemiddeling.zoeken'), [
    ['corporatiesDoelgemeente', /Reactietermijn verstreken/], ['indiener', /Reactietermijn verstreken/]]],
  ['placement: indiener and committee', stap('PLAATSING_REGISTREREN', 'toegekend.bemiddeling.geaccepteerd', 'geplaatst'), [
    ['indiener', /Plaatsing geregistreerd/], ['commissie', /Plaatsing geregistreerd/]]],
  ['housing evaluation due: indiener and corporaties', stap('WOONEVALUATIE_HERINNERING', 'intermediaireVerhuur', 'intermediaireVerhuur'), [
    ['indiener', /Woonevaluatie/], ['corporatiesDoelgemeente', /Woonevaluatie/]]],
  ['urgency statement lapsed: the indiener', stap('URGENTIEVERKLARING_VERLOPEN', 'toegekend.zelfZoeken.zoekend', 'urgentieVervallen'), [
    ['indiener', /Urgentieverklaring verlopen/]]],
  ['case transferred: the new behandelende gemeente', stap('ZAAK_OVERDRAGEN', 'toetsingHerkomst', 'toetsingHerkomst'), [
    ['gemeente', /Zaak overgedragen/]]],
  ['deadline outbox rows of their own: nobody (the transition already tells)', { soort: 'herinnering-beslistermijn', zaaknummer: ZN, beslistermijn: '2026-03-10' }, []],
  ['a document added: nobody', { soort: 'document-toegevoegd', zaaknummer: ZN }, []],
  ['an unknown kind of row: nobody', { soort: 'iets-nieuws', event: 'INDIENEN', zaaknummer: ZN }, []],
  ['a statuswijziging without event: nobody', { soort: 'statuswijziging', zaaknummer: ZN }, []],
];

describe('meldingenVoor', () => {
  it.each(TABEL)('%s', (_naam, bericht, verwacht) => {
    const meldingen = meldingenVoor(bericht);
    expect(meldingen.map((m) => m.ontvanger)).toEqual(verwacht.map(([o]) => o));
    verwacht.forEach(([, onderwerp], i) => expect(meldingen[i].onderwerp).toMatch(onderwerp));
    for (const m of meldingen) {
      // The case number, always; a full sentence.
      expect(m.tekst).toContain(ZN);
      expect(m.tekst).toMatch(/\.$/);
    }
  });

  it('never tells one recipient twice: a refusal that reopens the search is one message per recipient', () => {
    const meldingen = meldingenVoor(stap('AANBIEDING_WEIGEREN', 'toegekend.bemiddeling.aanbieding', 'toegekend.bemiddeling.zoeken'));
    expect(new Set(meldingen.map((m) => m.ontvanger)).size).toBe(meldingen.length);
    const corporaties = meldingen.find((m) => m.ontvanger === 'corporatiesDoelgemeente')!;
    expect(corporaties.tekst).toBe(`De aangeboden woning voor zaak ${ZN} is geweigerd. Zaak ${ZN} zoekt via directe bemiddeling een woning in uw werkgebied. Bekijk de kandidaat in Woonstart.`);
    const indiener = meldingen.find((m) => m.ontvanger === 'indiener')!;
    expect(indiener.tekst).toBe(`De aangeboden woning voor zaak ${ZN} is geweigerd. Zaak ${ZN} heeft een nieuwe status: label van toegekend.bemiddeling.zoeken.`);
  });

  it('tells the status in words when the api gives the label, else the state itself', () => {
    expect(meldingenVoor(stap('AFWIJZEN', 'besluitvorming.voorgesteld', 'afgewezen', { naarLabel: 'Afgewezen' }))).toEqual([
      { ontvanger: 'indiener', onderwerp: 'Nieuwe status: Afgewezen', tekst: `Zaak ${ZN} heeft een nieuwe status: Afgewezen.` },
    ]);
    expect(meldingenVoor(stap('AFWIJZEN', 'besluitvorming.voorgesteld', 'afgewezen', { naarLabel: undefined }))[0].tekst).toBe(`Zaak ${ZN} heeft een nieuwe status: afgewezen.`);
  });

  it.each([
    ['2026-03-10', `De beslistermijn van zaak ${ZN} verloopt over een week (10 maart 2026). Neem tijdig een besluit of verdaag de beslissing.`],
    [null, `De beslistermijn van zaak ${ZN} verloopt over een week. Neem tijdig een besluit of verdaag de beslissing.`],
    ['geen datum', `De beslistermijn van zaak ${ZN} verloopt over een week. Neem tijdig een besluit of verdaag de beslissing.`],
  ])('names the deadline %p in the reminder when it is known', (beslistermijn, tekst) => {
    expect(meldingenVoor(stap('BESLISTERMIJN_HERINNERING', 'toetsingHerkomst', 'toetsingHerkomst', { beslistermijn }))[0].tekst).toBe(tekst);
  });

  it('carries no personal data, even when the row has some: only the case number and what happened', () => {
    // Outbox payloads of other kinds carry names, reasons and addresses; the rule must not pass any of them on.
    const persoonlijk = { reden: 'Jan de Vries vindt de buurt onveilig', adres: 'Teststraat 1', aanvrager: 'Jan de Vries', email: 'jan@voorbeeld.nl', bestandsnaam: 'medisch.pdf' };
    const alles = TABEL.flatMap(([, b]) => meldingenVoor({ ...b, ...persoonlijk } as MeldingBericht));
    expect(alles.length).toBeGreaterThan(10);
    for (const m of alles) expect(`${m.onderwerp} ${m.tekst}`).not.toMatch(/Jan|Teststraat|@|medisch/);
  });
});

describe('voegMeldingenSamen', () => {
  it('keeps the first subject per key, joins different texts and drops a repeated one', () => {
    const samen = voegMeldingenSamen([
      { k: 'a', onderwerp: 'Eerste', tekst: 'Een.' },
      { k: 'b', onderwerp: 'Ander', tekst: 'Drie.' },
      { k: 'a', onderwerp: 'Tweede', tekst: 'Twee.' },
      { k: 'a', onderwerp: 'Derde', tekst: 'Een.' },
    ], (m) => m.k);
    expect(samen).toEqual([{ k: 'a', onderwerp: 'Eerste', tekst: 'Een. Twee.' }, { k: 'b', onderwerp: 'Ander', tekst: 'Drie.' }]);
  });
});
