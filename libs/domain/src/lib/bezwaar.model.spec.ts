import { BEZWAAR_UITKOMST_INFO, BEZWAAR_UITKOMSTEN, beoordeelBezwaarontvankelijkheid, isBezwaarUitkomst } from './bezwaar.model';

describe('bezwaar uitkomsten', () => {
  it('has the three outcomes with Dutch labels', () => {
    expect(BEZWAAR_UITKOMSTEN.map((u) => BEZWAAR_UITKOMST_INFO[u].label)).toEqual(['Gegrond', 'Ongegrond', 'Niet-ontvankelijk']);
  });

  it.each(BEZWAAR_UITKOMSTEN)('%s explains its consequence', (uitkomst) => {
    expect(BEZWAAR_UITKOMST_INFO[uitkomst].code).toBe(uitkomst);
    expect(BEZWAAR_UITKOMST_INFO[uitkomst].gevolg).toMatch(/besluit.*\.$/);
  });

  it.each<[unknown, boolean]>([['gegrond', true], ['nietOntvankelijk', true], ['deels gegrond', false], [undefined, false]])('isBezwaarUitkomst(%p) is %p', (waarde, verwacht) => {
    expect(isBezwaarUitkomst(waarde)).toBe(verwacht);
  });
});

describe('beoordeelBezwaarontvankelijkheid', () => {
  it.each<[string, boolean, string | null, boolean, string]>([
    ['on time', true, null, true, 'Het bezwaar is binnen de bezwaartermijn van zes weken ingediend (Awb 6:7).'],
    ['on time, a motivation is not needed and not quoted', true, 'Ziekenhuisopname.', true, 'Het bezwaar is binnen de bezwaartermijn van zes weken ingediend (Awb 6:7).'],
    ['late without a motivation', false, null, false,
      'Het bezwaar is na de bezwaartermijn van zes weken ingediend en de termijnoverschrijding is niet verschoonbaar geacht (Awb 6:11): het bezwaar is niet-ontvankelijk.'],
    ['late with a blank motivation', false, '   ', false,
      'Het bezwaar is na de bezwaartermijn van zes weken ingediend en de termijnoverschrijding is niet verschoonbaar geacht (Awb 6:11): het bezwaar is niet-ontvankelijk.'],
    ['late, excusable', false, 'Het besluit is naar een oud adres gestuurd; de aanvrager verbleef in de opvang.', true,
      'Het bezwaar is na de bezwaartermijn ingediend, maar de termijnoverschrijding is verschoonbaar (Awb 6:11): Het besluit is naar een oud adres gestuurd; de aanvrager verbleef in de opvang.'],
    ['late, excusable, a full stop is added', false, ' Aanvrager lag drie weken in het ziekenhuis ', true,
      'Het bezwaar is na de bezwaartermijn ingediend, maar de termijnoverschrijding is verschoonbaar (Awb 6:11): Aanvrager lag drie weken in het ziekenhuis.'],
  ])('%s', (_naam, tijdig, motiveringTeLaat, ontvankelijk, reden) => {
    expect(beoordeelBezwaarontvankelijkheid({ tijdig, motiveringTeLaat })).toEqual({ ontvankelijk, reden });
  });
});
