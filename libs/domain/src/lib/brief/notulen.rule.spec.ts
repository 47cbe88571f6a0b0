import { WoonstartFout } from '../woonstart-fout.error';
import { stelNotulenOp, telStemming, type NotulenInput, type NotulenZaak } from './notulen.rule';

const AANWEZIGEN = ['mr. A. de Vries (voorzitter)', 'J. Öztürk', 'drs. E. Janssen', 'R. Zoë Bakker'];

const ZAAK_A: NotulenZaak = {
  zaaknummer: 'WS-2026-00042',
  onderwerp: 'Uitstroom Beschermd Wonen, herkomst Den Haag',
  standpunten: [
    { lid: 'mr. A. de Vries (voorzitter)', standpunt: 'voor' },
    { lid: 'J. Öztürk', standpunt: 'voor', opmerking: 'netwerk in Delft weegt zwaar' },
    { lid: 'drs. E. Janssen', standpunt: 'tegen', opmerking: 'begeleiding nog niet geregeld' },
    { lid: 'R. Zoë Bakker', standpunt: 'onthouding' },
  ],
  uitkomst: 'Advies aan het college: toekennen, directe bemiddeling in Delft.',
};

const ZAAK_B: NotulenZaak = {
  zaaknummer: 'WS-2026-00051',
  onderwerp: 'Medisch urgent',
  standpunten: [
    { lid: 'J. Öztürk', standpunt: 'tegen' },
    { lid: 'drs. E. Janssen', standpunt: 'tegen' },
  ],
  uitkomst: 'Advies aan het college: afwijzen.',
};

const INPUT: NotulenInput = { commissie: 'Toetsingscommissie Urgentie Haaglanden', vergaderdatum: '2026-01-14', aanwezigen: AANWEZIGEN, zaken: [ZAAK_A, ZAAK_B] };

describe('telStemming', () => {
  it.each<[string, NotulenZaak['standpunten'], ReturnType<typeof telStemming>]>([
    ['none', [], { voor: 0, tegen: 0, onthouding: 0 }],
    ['mixed', ZAAK_A.standpunten, { voor: 2, tegen: 1, onthouding: 1 }],
    ['unanimous against', ZAAK_B.standpunten, { voor: 0, tegen: 2, onthouding: 0 }],
  ])('%s', (_naam, standpunten, telling) => expect(telStemming(standpunten)).toEqual(telling));
});

describe('stelNotulenOp', () => {
  it('records presence, per case the positions, the tally and the outcome', () => {
    const brief = stelNotulenOp(INPUT);
    expect(brief).toMatchObject({
      titel: 'Notulen Toetsingscommissie Urgentie Haaglanden',
      kenmerk: 'Notulen 14 januari 2026',
      datum: '2026-01-14',
      afzender: ['Toetsingscommissie Urgentie Haaglanden'],
      onderwerp: 'Verslag van de vergadering van 14 januari 2026',
      voetnoot: 'Vertrouwelijk (persoonsgegevens) – notulen Toetsingscommissie Urgentie Haaglanden, 14 januari 2026',
    });
    expect(brief.alineas).toEqual([
      { kop: 'Aanwezig', tekst: ['mr. A. de Vries (voorzitter), J. Öztürk, drs. E. Janssen en R. Zoë Bakker (4 leden).'] },
      { kop: 'Besproken zaken', tekst: ['In deze vergadering zijn 2 zaken besproken.'] },
      {
        kop: 'Zaak WS-2026-00042: Uitstroom Beschermd Wonen, herkomst Den Haag',
        tekst: [
          'Standpunten:',
          '– mr. A. de Vries (voorzitter): voor',
          '– J. Öztürk: voor (netwerk in Delft weegt zwaar)',
          '– drs. E. Janssen: tegen (begeleiding nog niet geregeld)',
          '– R. Zoë Bakker: onthoudt zich',
          'Stemming: 2 voor, 1 tegen, 1 onthouding.',
          'Uitkomst: Advies aan het college: toekennen, directe bemiddeling in Delft.',
        ],
      },
      {
        kop: 'Zaak WS-2026-00051: Medisch urgent',
        tekst: ['Standpunten:', '– J. Öztürk: tegen', '– drs. E. Janssen: tegen', 'Stemming: 0 voor, 2 tegen, 0 onthoudingen.', 'Uitkomst: Advies aan het college: afwijzen.'],
      },
    ]);
  });

  it('takes a given kenmerk', () => {
    expect(stelNotulenOp({ ...INPUT, kenmerk: ' TC-2026-02 ' }).kenmerk).toBe('TC-2026-02');
  });

  it.each<[string, NotulenInput, string]>([
    ['one case', { ...INPUT, zaken: [ZAAK_B] }, 'In deze vergadering is 1 zaak besproken.'],
    ['no cases', { ...INPUT, zaken: [] }, 'Er zijn in deze vergadering geen zaken besproken.'],
  ])('counts the cases: %s', (_naam, input, zin) => {
    expect(stelNotulenOp(input).alineas[1].tekst).toEqual([zin]);
  });

  it.each<[string, NotulenInput, RegExp]>([
    ['a position by someone not present', { ...INPUT, zaken: [{ ...ZAAK_B, standpunten: [{ lid: 'K. Afwezig', standpunt: 'voor' }] }] }, /K\. Afwezig staat niet op de presentielijst/],
    ['two positions by one member', { ...INPUT, zaken: [{ ...ZAAK_B, standpunten: [...ZAAK_B.standpunten, { lid: 'J. Öztürk', standpunt: 'voor' }] }] }, /meer dan één standpunt/],
    ['nobody present', { ...INPUT, aanwezigen: [' '], zaken: [] }, /ten minste één aanwezige/],
    ['a case without outcome', { ...INPUT, zaken: [{ ...ZAAK_B, uitkomst: '' }] }, /uitkomst van zaak WS-2026-00051/],
    ['an invalid meeting date', { ...INPUT, vergaderdatum: '14-01-2026' }, /vergaderdatum/],
  ])('refuses %s', (_naam, input, melding) => {
    expect(() => stelNotulenOp(input)).toThrow(WoonstartFout);
    expect(() => stelNotulenOp(input)).toThrow(melding);
  });
});
