import { WoonstartFout } from '../woonstart-fout.error';
import type { Brief } from './brief.model';
import { stelBesluitbriefOp, type BesluitbriefInput } from './besluitbrief.rule';

const BASIS: BesluitbriefInput = {
  zaaknummer: 'WS-2026-00042',
  datum: '2026-01-19',
  aanvrager: { naam: 'Noël Brouwer', adresregels: ['Laan van Meerdervoort 1', '2517 AA Den Haag'] },
  behandelendeGemeente: 'Den Haag',
  commissie: 'Toetsingscommissie Urgentie Haaglanden',
  categorieLabel: 'Uitstroom Beschermd Wonen',
  uitkomst: 'toekennen',
  route: 'bemiddeling',
  doelgemeente: 'Delft',
  gronden: [],
  motivering: 'U stroomt uit beschermd wonen en hebt een passende woning met begeleiding nodig.',
  bezwaarTermijnTot: '2026-03-02',
};

const BEMIDDELING: BesluitbriefInput = {
  ...BASIS,
  herkomst: { gemeente: 'Den Haag', regel: 'R1', redenen: ['Peildatum is 1 juni 2024.', 'Op 31 mei 2024 woonde u in Den Haag.'] },
  weging: { samenvatting: ['Delft: netwerk en dagbesteding pleiten voor.', 'Den Haag: een gebiedsverbod pleit tegen.'], motivering: 'Delft geeft de beste kans op een goede woonstart.' },
};

const ZELF_ZOEKEN: BesluitbriefInput = {
  ...BASIS,
  categorieLabel: 'Medisch urgent',
  route: 'zelfZoeken',
  doelgemeente: undefined,
  geldigTot: '2026-04-19',
  zoekprofiel: { gemeenten: ['Den Haag', 'Rijswijk', 'Leidschendam-Voorburg'], woningtypen: ['benedenwoning', 'woning met lift'], maxHuur: 879.66 },
  medischAdvies: { urgent: true, woonvereisten: ['gelijkvloers', 'geen trappen naar de voordeur'] },
};

const AFWIJZING: BesluitbriefInput = {
  ...BASIS,
  categorieLabel: 'Medisch urgent',
  uitkomst: 'afwijzen',
  route: undefined,
  doelgemeente: undefined,
  gronden: [
    { label: 'Geen urgent woonprobleem', tekst: 'Uw huidige woning is met aanpassingen bruikbaar.' },
    { label: 'Op een andere manier op te lossen', tekst: 'Een traplift kan via de Wmo worden aangevraagd.' },
  ],
  motivering: 'Op grond van het medisch advies en uw situatie is er geen noodzaak tot verhuizen met voorrang.',
  zienswijze: { ontvangen: true, samenvatting: 'u vindt dat de trap in uw portiek ook een probleem is.' },
};

/** All visible words of a letter, one line per entry, to assert on sentences. */
function tekst(brief: Brief): string {
  return [
    brief.titel, brief.kenmerk, brief.onderwerp, ...brief.afzender, ...brief.aan,
    ...brief.alineas.flatMap((a) => [a.kop ?? '', ...a.tekst]), ...brief.ondertekening, brief.voetnoot ?? '',
  ].join('\n');
}

const koppen = (brief: Brief) => brief.alineas.map((a) => a.kop).filter((k): k is string => !!k);

describe('stelBesluitbriefOp', () => {
  it.each<[string, BesluitbriefInput, { eerste: string; bevat: string[]; bevatNiet: string[]; koppen: string[] }]>([
    ['toekennen, directe bemiddeling', BEMIDDELING, {
      eerste: 'Wij kennen u een urgentie toe voor directe bemiddeling naar een woning in de gemeente Delft.',
      bevat: [
        'Uw herkomstgemeente is Den Haag. Dat is de gemeente waar u met een woonadres stond ingeschreven op de dag vóór uw opname in de instelling.',
        '– Op 31 mei 2024 woonde u in Den Haag.',
        '– Delft: netwerk en dagbesteding pleiten voor.',
        'Delft geeft de beste kans op een goede woonstart.',
        'Een woningcorporatie in de gemeente Delft zoekt een passende woning voor u en biedt die rechtstreeks aan u aan. Dat doet de corporatie na overleg met de zorginstelling die u begeleidt.',
        'Een voorwaarde voor deze urgentie is dat u de begeleiding of zorg aanvaardt',
      ],
      bevatNiet: ['Wij wijzen uw aanvraag af', 'urgentieverklaring', 'Medisch advies', 'Gronden voor de afwijzing', 'zienswijze'],
      koppen: ['Ons besluit', 'Waarom wij zo besluiten', 'Uw herkomstgemeente', 'Kansrijke woonstart', 'Motivering', 'Wat gebeurt er nu: directe bemiddeling', 'Bezwaar', 'Vragen'],
    }],
    ['toekennen, zelf zoeken met medisch advies', ZELF_ZOEKEN, {
      eerste: 'Wij kennen u een urgentie toe. U krijgt een urgentieverklaring waarmee u zelf met voorrang een woning zoekt.',
      bevat: [
        'De urgentieverklaring is geldig tot en met 19 april 2026.',
        'Zoek op tijd: de urgentieverklaring vervalt na 19 april 2026.',
        'Uw zoekprofiel:',
        '– gemeenten: Den Haag, Rijswijk en Leidschendam-Voorburg',
        '– woningtype: benedenwoning of woning met lift',
        '– maximale huur: € 879,66 per maand',
        'Volgens dat advies is er om medische redenen een urgente noodzaak om te verhuizen.',
        'Volgens het advies moet uw woning voldoen aan deze eisen: gelijkvloers en geen trappen naar de voordeur.',
        'Uw medische gegevens staan om privacyredenen niet in deze brief.',
      ],
      bevatNiet: ['Wij wijzen uw aanvraag af', 'directe bemiddeling', 'Uw herkomstgemeente', 'Kansrijke woonstart'],
      koppen: ['Ons besluit', 'Waarom wij zo besluiten', 'Motivering', 'Medisch advies', 'Wat gebeurt er nu: zelf zoeken', 'Bezwaar', 'Vragen'],
    }],
    ['toekennen, zelf zoeken zonder medisch advies en zonder huurgrens', { ...ZELF_ZOEKEN, medischAdvies: undefined, zoekprofiel: { gemeenten: ['Zoetermeer'], woningtypen: [], maxHuur: null } }, {
      eerste: 'Wij kennen u een urgentie toe. U krijgt een urgentieverklaring waarmee u zelf met voorrang een woning zoekt.',
      bevat: ['– gemeenten: Zoetermeer', '– maximale huur: geen maximum', 'De urgentieverklaring is geldig tot en met 19 april 2026.'],
      bevatNiet: ['Medisch advies', 'medisch adviseur', 'woningtype'],
      koppen: ['Ons besluit', 'Waarom wij zo besluiten', 'Motivering', 'Wat gebeurt er nu: zelf zoeken', 'Bezwaar', 'Vragen'],
    }],
    ['afwijzen, twee gronden en een zienswijze, zonder medisch advies', AFWIJZING, {
      eerste: 'Wij wijzen uw aanvraag af.',
      bevat: [
        '1. Geen urgent woonprobleem: Uw huidige woning is met aanpassingen bruikbaar.',
        '2. Op een andere manier op te lossen: Een traplift kan via de Wmo worden aangevraagd.',
        'U hebt uw mening gegeven over het voorgenomen besluit.',
        'Samengevat schreef u: u vindt dat de trap in uw portiek ook een probleem is.',
        'Wij hebben uw zienswijze bij dit besluit betrokken.',
      ],
      bevatNiet: ['Wij kennen u', 'Wat gebeurt er nu', 'urgentieverklaring', 'Medisch advies'],
      koppen: ['Ons besluit', 'Waarom wij zo besluiten', 'Gronden voor de afwijzing', 'Motivering', 'Uw zienswijze', 'Bezwaar', 'Vragen'],
    }],
    ['afwijzen, twee gronden, met medisch advies "niet urgent"', { ...AFWIJZING, medischAdvies: { urgent: false, woonvereisten: [] }, zienswijze: { ontvangen: false } }, {
      eerste: 'Wij wijzen uw aanvraag af.',
      bevat: [
        'Volgens dat advies is er om medische redenen geen urgente noodzaak om te verhuizen.',
        'Wij hebben u gevraagd uw mening te geven over het voorgenomen besluit. U hebt daar geen gebruik van gemaakt.',
      ],
      bevatNiet: ['Wij kennen u', 'eisen:', 'Samengevat schreef u'],
      koppen: ['Ons besluit', 'Waarom wij zo besluiten', 'Gronden voor de afwijzing', 'Motivering', 'Medisch advies', 'Uw zienswijze', 'Bezwaar', 'Vragen'],
    }],
  ])('%s', (_naam, input, verwacht) => {
    const brief = stelBesluitbriefOp(input);
    const besluit = brief.alineas.find((a) => a.kop === 'Ons besluit')!;
    expect(besluit.tekst[0]).toBe(verwacht.eerste);
    // The decision comes before any reasons.
    expect(brief.alineas.findIndex((a) => a.kop === 'Ons besluit')).toBeLessThan(brief.alineas.findIndex((a) => a.kop === 'Waarom wij zo besluiten'));
    expect(koppen(brief)).toEqual(verwacht.koppen);
    const alles = tekst(brief);
    for (const zin of verwacht.bevat) expect(alles).toContain(zin);
    for (const zin of verwacht.bevatNiet) expect(alles).not.toContain(zin);
  });

  it('fills the letter head', () => {
    expect(stelBesluitbriefOp(BEMIDDELING)).toMatchObject({
      titel: 'Besluit: urgentie toegekend',
      kenmerk: 'WS-2026-00042',
      datum: '2026-01-19',
      afzender: ['Gemeente Den Haag', 'College van burgemeester en wethouders'],
      aan: ['Noël Brouwer', 'Laan van Meerdervoort 1', '2517 AA Den Haag'],
      onderwerp: 'Besluit op uw aanvraag om urgentie (Uitstroom Beschermd Wonen)',
      ondertekening: ['Met vriendelijke groet,', 'burgemeester en wethouders van Den Haag,', 'namens dezen,'],
    });
    expect(stelBesluitbriefOp(AFWIJZING).titel).toBe('Besluit: aanvraag om urgentie afgewezen');
    expect(stelBesluitbriefOp(BEMIDDELING).alineas[0].tekst).toEqual(['Geachte Noël Brouwer,']);
  });

  it.each<[string, string, string]>([
    ['2026-03-02', '2 maart 2026', 'Den Haag'],
    ['2026-01-05', '5 januari 2026', 'Zoetermeer'],
    ['2025-12-31', '31 december 2025', 'Leidschendam-Voorburg'],
  ])('the Bezwaar paragraph states the last day %s as "%s" and the college of %s (Awb 6:5)', (iso, woorden, gemeente) => {
    const brief = stelBesluitbriefOp({ ...AFWIJZING, datum: '2025-11-19', bezwaarTermijnTot: iso, behandelendeGemeente: gemeente });
    const bezwaar = brief.alineas.find((a) => a.kop === 'Bezwaar')!;
    expect(bezwaar.tekst[0]).toBe(
      'Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat doet u binnen zes weken na de dag waarop dit besluit bekend is gemaakt, ' +
        `dus uiterlijk op ${woorden}.`,
    );
    expect(bezwaar.tekst).toEqual(expect.arrayContaining([
      `Stuur uw bezwaarschrift aan het college van burgemeester en wethouders van ${gemeente}. Zet in uw bezwaarschrift:`,
      '– uw naam en adres;',
      '– de datum;',
      '– het besluit waartegen u bezwaar maakt (kenmerk WS-2026-00042);',
      '– de redenen waarom u het niet eens bent met het besluit.',
      'Onderteken uw bezwaarschrift en stuur zo mogelijk een kopie van deze brief mee.',
    ]));
    expect(tekst(brief)).not.toContain(iso);
  });

  it('quotes an unknown herkomst rule as given and leaves out an empty weighing motivation', () => {
    const brief = stelBesluitbriefOp({
      ...BASIS,
      herkomst: { gemeente: 'Rotterdam', regel: 'de gemeente die de commissie op grond van de beslisboom heeft vastgesteld', redenen: [] },
      weging: { samenvatting: ['Rotterdam: netwerk pleit voor.'], motivering: null },
    });
    expect(brief.alineas.find((a) => a.kop === 'Uw herkomstgemeente')!.tekst).toEqual([
      'Uw herkomstgemeente is Rotterdam. Dat is de gemeente die de commissie op grond van de beslisboom heeft vastgesteld.',
    ]);
    expect(brief.alineas.find((a) => a.kop === 'Kansrijke woonstart')!.tekst).toHaveLength(2);
  });

  it('has no field for medical details: only the outcome of the advice reaches the letter', () => {
    type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const alleenUitkomst: Exact<keyof NonNullable<BesluitbriefInput['medischAdvies']>, 'urgent' | 'woonvereisten'> = true;
    expect(alleenUitkomst).toBe(true);
    const geenMedischVeld: Exact<Extract<keyof BesluitbriefInput, `medisch${string}`>, 'medischAdvies'> = true;
    expect(geenMedischVeld).toBe(true);

    const advies: BesluitbriefInput['medischAdvies'] = {
      urgent: true,
      woonvereisten: [],
      // @ts-expect-error medical details have no place in the input of a letter
      diagnose: 'COPD GOLD III',
    };
    const brief = stelBesluitbriefOp({ ...ZELF_ZOEKEN, medischAdvies: advies });
    expect(tekst(brief)).not.toContain('COPD');
  });

  it.each<[string, Partial<BesluitbriefInput>, RegExp]>([
    ['toekennen without a route', { route: undefined }, /Kies bij een toekenning de route/],
    ['zelf zoeken without validity', { route: 'zelfZoeken', geldigTot: undefined }, /geldigheid van de urgentieverklaring/],
    ['zelf zoeken expiring before the decision', { route: 'zelfZoeken', geldigTot: '2026-01-01' }, /na de datum van het besluit geldig/],
    ['afwijzen without grounds', { uitkomst: 'afwijzen', gronden: [] }, /ten minste één grond/],
    ['no motivation', { motivering: '  ' }, /artikel 3:46 Awb/],
    ['an impossible date', { datum: '2026-02-30' }, /datum moet een geldige datum/],
    ['bezwaar term before the letter', { bezwaarTermijnTot: '2026-01-19' }, /bezwaartermijn moet na de datum/],
    ['no zaaknummer', { zaaknummer: '' }, /zaaknummer/],
  ])('refuses %s', (_naam, wijziging, melding) => {
    const poging = () => stelBesluitbriefOp({ ...BASIS, ...wijziging });
    expect(poging).toThrow(WoonstartFout);
    expect(poging).toThrow(melding);
  });
});
