import { WoonstartFout } from '../woonstart-fout.error';
import { stelBezwaarbeslissingOp, type BezwaarbeslissingInput } from './bezwaarbeslissing.rule';

const BASIS: BezwaarbeslissingInput = {
  zaaknummer: 'WS-2026-00042-B1',
  datum: '2026-04-20',
  bezwaarmaker: { naam: 'Noël Brouwer', adresregels: ['Laan van Meerdervoort 1', '2517 AA Den Haag'] },
  behandelendeGemeente: 'Den Haag',
  datumBezwaarschrift: '2026-02-10',
  datumBestredenBesluit: '2026-01-19',
  kenmerkBestredenBesluit: 'WS-2026-00042',
  adviescommissie: 'Commissie bezwaarschriften Den Haag',
  hoorzitting: { datum: '2026-03-24' },
  uitkomst: 'ongegrond',
  motivering: 'Het besluit rust op een zorgvuldig medisch advies; uw bezwaar brengt geen nieuwe feiten aan.',
  beroepTermijnTot: '2026-06-01',
};

describe('stelBezwaarbeslissingOp', () => {
  it.each<[string, Partial<BezwaarbeslissingInput>, { besluit: string; vervolgKop: string; bevat: string[]; bevatNiet: string[] }]>([
    ['gegrond: a new decision follows', { uitkomst: 'gegrond', beroepTermijnTot: undefined }, {
      besluit: 'Wij verklaren uw bezwaar gegrond. Wij herroepen het besluit waartegen u bezwaar hebt gemaakt.',
      vervolgKop: 'Wat gebeurt er nu',
      bevat: ['Wij nemen een nieuw besluit op uw aanvraag. Dat nieuwe besluit ontvangt u in een aparte brief.'],
      bevatNiet: ['beroep instellen', 'bezwaarprocedure afgesloten'],
    }],
    ['ongegrond: closed, appeal to the court', {}, {
      besluit: 'Wij verklaren uw bezwaar ongegrond. Het besluit waartegen u bezwaar hebt gemaakt blijft in stand.',
      vervolgKop: 'Beroep bij de rechtbank',
      bevat: [
        'Met deze beslissing is de bezwaarprocedure afgesloten.',
        'beroep instellen bij de rechtbank, dus uiterlijk op 1 juni 2026.',
        'Stuur uw beroepschrift aan de Rechtbank Den Haag, team bestuursrecht.',
      ],
      bevatNiet: ['nieuw besluit'],
    }],
    ['niet-ontvankelijk: closed, appeal to the court', { uitkomst: 'nietOntvankelijk', hoorzitting: { afgezien: true }, rechtbank: 'Rechtbank Rotterdam', beroepTermijnTot: '2026-06-02' }, {
      besluit: 'Wij verklaren uw bezwaar niet-ontvankelijk. Wij behandelen uw bezwaar daarom niet inhoudelijk en het besluit blijft in stand.',
      vervolgKop: 'Beroep bij de rechtbank',
      bevat: ['uiterlijk op 2 juni 2026', 'Rechtbank Rotterdam', 'U hebt laten weten dat u niet gehoord wilt worden over uw bezwaar.'],
      bevatNiet: ['nieuw besluit', 'hebben wij u gehoord'],
    }],
  ])('%s', (_naam, wijziging, verwacht) => {
    const brief = stelBezwaarbeslissingOp({ ...BASIS, ...wijziging });
    const tekst = brief.alineas.flatMap((a) => [a.kop ?? '', ...a.tekst]).join('\n');
    expect(brief.alineas.find((a) => a.kop === 'Onze beslissing')!.tekst).toEqual([verwacht.besluit]);
    expect(brief.alineas.map((a) => a.kop)).toContain(verwacht.vervolgKop);
    expect(tekst).toContain('Op 10 februari 2026 hebt u bezwaar gemaakt tegen ons besluit van 19 januari 2026 met kenmerk WS-2026-00042.');
    expect(tekst).toContain('De Commissie bezwaarschriften Den Haag heeft ons over uw bezwaar geadviseerd.');
    for (const zin of verwacht.bevat) expect(tekst).toContain(zin);
    for (const zin of verwacht.bevatNiet) expect(tekst).not.toContain(zin);
    expect(brief).toMatchObject({
      titel: 'Beslissing op bezwaar',
      kenmerk: 'WS-2026-00042-B1',
      onderwerp: 'Beslissing op uw bezwaar tegen het besluit met kenmerk WS-2026-00042',
      aan: ['Noël Brouwer', 'Laan van Meerdervoort 1', '2517 AA Den Haag'],
    });
  });

  it('mentions the hearing date in words', () => {
    const tekst = stelBezwaarbeslissingOp(BASIS).alineas.find((a) => a.kop === 'Waarom wij zo beslissen')!.tekst;
    expect(tekst[0]).toBe('Op 24 maart 2026 hebben wij u gehoord over uw bezwaar.');
  });

  it.each<[string, Partial<BezwaarbeslissingInput>, RegExp]>([
    ['ongegrond without an appeal term', { beroepTermijnTot: undefined }, /beroep bij de rechtbank mogelijk/],
    ['an appeal term before the letter', { beroepTermijnTot: '2026-04-01' }, /beroepstermijn moet na de datum/],
    ['no motivation', { motivering: '' }, /artikel 7:12 Awb/],
    ['no kenmerk of the contested decision', { kenmerkBestredenBesluit: ' ' }, /kenmerk van het besluit/],
    ['an invalid hearing date', { hoorzitting: { datum: '24-03-2026' } }, /hoorzitting\.datum/],
  ])('refuses %s', (_naam, wijziging, melding) => {
    const poging = () => stelBezwaarbeslissingOp({ ...BASIS, ...wijziging });
    expect(poging).toThrow(WoonstartFout);
    expect(poging).toThrow(melding);
  });
});
