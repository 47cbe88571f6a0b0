import { controleerAanvraagPeriodes } from './aanvraag-periodes.rule';

const basis = {
  aanvrager: { voornamen: 'A', achternaam: 'B', geboortedatum: '1990-01-01' },
  inschrijvingen: [{ gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres' as const, van: '2010-01-01', tot: '2020-01-01' }],
  opnames: [{ instelling: 'X', van: '2020-01-02', tot: null }],
};

describe('controleerAanvraagPeriodes', () => {
  it('accepts forward periods after birth', () => {
    expect(controleerAanvraagPeriodes(basis)).toEqual([]);
  });

  it.each([
    ['inschrijving ends before it starts', { inschrijvingen: [{ ...basis.inschrijvingen[0], van: '2020-01-01', tot: '2019-12-31' }] }, 'inschrijvingen.0.tot'],
    ['inschrijving before birth', { inschrijvingen: [{ ...basis.inschrijvingen[0], van: '1989-12-31' }] }, 'inschrijvingen.0.van'],
    ['opname ends before it starts', { opnames: [{ instelling: 'X', van: '2020-01-02', tot: '2020-01-01' }] }, 'opnames.0.tot'],
    ['opname before birth', { opnames: [{ instelling: 'X', van: '1980-01-01', tot: null }] }, 'opnames.0.van'],
  ])('%s → message on %s', (_naam, wijziging, veld) => {
    const fouten = controleerAanvraagPeriodes({ ...basis, ...wijziging });
    expect(fouten.map((f) => f.veld)).toEqual([veld]);
    expect(fouten[0].melding).toMatch(/vóór/);
  });

  it.each([
    ['overlapping woonadressen', [
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres' as const, van: '2010-01-01', tot: '2020-01-01' },
      { gemeenteCbs: '0603', gemeenteNaam: 'Rijswijk', adrestype: 'woonadres' as const, van: '2019-06-01', tot: null },
    ], ['inschrijvingen.1.van']],
    ['an open woonadres and a later one', [
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres' as const, van: '2010-01-01', tot: null },
      { gemeenteCbs: '0503', gemeenteNaam: 'Delft', adrestype: 'woonadres' as const, van: '2024-03-01', tot: null },
    ], ['inschrijvingen.1.van']],
    ['a woonadres and a briefadres at the same time (allowed)', [
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres' as const, van: '2010-01-01', tot: '2020-01-01' },
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'briefadres' as const, van: '2015-01-01', tot: '2016-01-01' },
    ], []],
    ['consecutive woonadressen (allowed)', [
      { gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres' as const, van: '2010-01-01', tot: '2019-12-31' },
      { gemeenteCbs: '0603', gemeenteNaam: 'Rijswijk', adrestype: 'woonadres' as const, van: '2020-01-01', tot: null },
    ], []],
  ])('%s', (_naam, inschrijvingen, velden) => {
    expect(controleerAanvraagPeriodes({ ...basis, inschrijvingen }).map((f) => f.veld)).toEqual(velden);
  });

  it('a period of one day (tot = van) is valid', () => {
    expect(controleerAanvraagPeriodes({ ...basis, opnames: [{ instelling: 'X', van: '2020-01-02', tot: '2020-01-02' }] })).toEqual([]);
  });
});
