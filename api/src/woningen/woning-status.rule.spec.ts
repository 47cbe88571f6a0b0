import { WONING_STATUSSEN, type WoningStatus } from '@woonstart/domain';
import { HANDMATIGE_STATUSSEN, beoordeelStatusovergang, mogelijkeStatussen, type HandmatigeStatus } from './woning-status.rule';

describe('beoordeelStatusovergang', () => {
  const toegestaan: ReadonlyArray<[WoningStatus, HandmatigeStatus]> = [
    ['beschikbaar', 'gereserveerd'], ['beschikbaar', 'ingetrokken'],
    ['gereserveerd', 'beschikbaar'], ['gereserveerd', 'ingetrokken'],
    ['ingetrokken', 'beschikbaar'],
  ];

  it.each(toegestaan)('%s → %s is allowed', (van, naar) => {
    expect(beoordeelStatusovergang(van, naar)).toEqual({ toegestaan: true });
  });

  const alle = WONING_STATUSSEN.flatMap((van) => HANDMATIGE_STATUSSEN.map((naar) => [van, naar] as [WoningStatus, HandmatigeStatus]));
  const geweigerd = alle.filter(([van, naar]) => !toegestaan.some(([v, n]) => v === van && n === naar));

  it.each(geweigerd)('%s → %s is refused with a Dutch reason', (van, naar) => {
    const uitkomst = beoordeelStatusovergang(van, naar);
    expect(uitkomst.toegestaan).toBe(false);
    if (!uitkomst.toegestaan) expect(uitkomst.melding).toMatch(/woning/i);
  });

  it.each([
    ['aangeboden', /aanbieding in de zaak/],
    ['verhuurd', /plaatsing/],
  ] as const)('from %s the case owns the status', (van, melding) => {
    for (const naar of HANDMATIGE_STATUSSEN) expect(beoordeelStatusovergang(van, naar)).toEqual({ toegestaan: false, melding: expect.stringMatching(melding) });
    expect(mogelijkeStatussen(van)).toEqual([]);
  });

  it('refuses ingetrokken → gereserveerd with a way out', () => {
    expect(beoordeelStatusovergang('ingetrokken', 'gereserveerd')).toEqual({ toegestaan: false, melding: expect.stringMatching(/eerst weer beschikbaar/) });
  });

  it('the offered targets are exactly the allowed ones', () => {
    for (const van of WONING_STATUSSEN) {
      expect([...mogelijkeStatussen(van)].sort()).toEqual(toegestaan.filter(([v]) => v === van).map(([, n]) => n).sort());
    }
  });
});
