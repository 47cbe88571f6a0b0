import { STANDAARD_BESLISTERMIJN_WEKEN, berekenBeslistermijn } from './beslistermijn.rule';

describe('berekenBeslistermijn', () => {
  it('is eight weeks by default', () => {
    expect(STANDAARD_BESLISTERMIJN_WEKEN).toBe(8);
  });

  it.each([
    ['2025-01-06', '2025-03-03'],
    ['2025-01-01', '2025-02-26'],
    ['2025-11-20', '2026-01-15'],
    ['2024-01-15', '2024-03-11'],
    ['2023-01-15', '2023-03-12'],
  ])('ingediend %s → uiterlijk %s', (ingediendOp, uiterlijk) => {
    expect(berekenBeslistermijn(ingediendOp).uiterlijk).toBe(uiterlijk);
  });

  it('uses another number of weeks when given', () => {
    expect(berekenBeslistermijn('2025-01-06', 12).uiterlijk).toBe('2025-03-31');
  });

  it('gives the reason with date, term and article', () => {
    expect(berekenBeslistermijn('2025-01-06').reden).toBe('Ingediend op 2025-01-06; beslistermijn 8 weken (Awb 4:13).');
    expect(berekenBeslistermijn('2025-01-06', 12).reden).toBe('Ingediend op 2025-01-06; beslistermijn 12 weken (Awb 4:13).');
  });
});
