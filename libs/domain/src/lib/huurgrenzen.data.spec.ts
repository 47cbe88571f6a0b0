import { HUURGRENZEN, huurgrenzenVoorJaar } from './huurgrenzen.data';

describe('huurgrenzen', () => {
  it.each<[number, number, number, number, number]>([
    [2025, 477.2, 682.96, 731.93, 900.07],
    [2026, 498.2, 713.02, 764.14, 932.93],
  ])('%i: the limits of the Wet op de huurtoeslag', (jaar, kwaliteitskorting, eerste, tweede, liberalisatie) => {
    expect(huurgrenzenVoorJaar(jaar)).toEqual({
      jaar, kwaliteitskortingsgrens: kwaliteitskorting, eersteAftoppingsgrens: eerste, tweedeAftoppingsgrens: tweede, liberalisatiegrens: liberalisatie,
    });
  });

  it.each(Object.values(HUURGRENZEN))('$jaar: the limits rise in order', (g) => {
    expect(g.kwaliteitskortingsgrens).toBeLessThan(g.eersteAftoppingsgrens);
    expect(g.eersteAftoppingsgrens).toBeLessThan(g.tweedeAftoppingsgrens);
    expect(g.tweedeAftoppingsgrens).toBeLessThan(g.liberalisatiegrens);
  });

  it('does not guess an unknown year', () => {
    expect(huurgrenzenVoorJaar(2024)).toBeUndefined();
    expect(huurgrenzenVoorJaar(2027)).toBeUndefined();
  });
});
