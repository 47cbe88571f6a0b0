import { stelJaarrapportageBriefOp, stelJaarrapportageOp, WETTELIJKE_CATEGORIEEN, type Toekenning } from './jaarrapportage.rule';

const t = (gemeenteCbs: string, categorie: Toekenning['categorie'], n = 1): Toekenning[] => Array.from({ length: n }, () => ({ gemeenteCbs, categorie }));

describe('stelJaarrapportageOp', () => {
  it('counts statutory categories per gemeente, every regio gemeente present, totals as sums', () => {
    const r = stelJaarrapportageOp(2026, [...t('0518', 'MED', 3), ...t('0518', 'BW', 2), ...t('0503', 'MO'), ...t('0637', 'VO', 4)]);
    expect(r.gemeenten).toHaveLength(9);
    expect(r.gemeenten.find((g) => g.cbsCode === '0518')).toMatchObject({ totaal: 5, perCategorie: { MED: 3, BW: 2, MO: 0 } });
    expect(r.gemeenten.find((g) => g.cbsCode === '1842')!.totaal).toBe(0);
    expect(r.regioPerCategorie).toMatchObject({ MED: 3, BW: 2, MO: 1, VO: 4, GGZ: 0 });
    expect(r.regioTotaal).toBe(10);
  });

  it.each([
    ['non-statutory categories are left out', [...t('0518', 'SOCIAAL', 5), ...t('0518', 'ONBEGREPEN_GEDRAG'), ...t('0518', 'STATUSHOUDER')], 0],
    ['gemeenten outside the region are left out', t('0344', 'MED', 2), 0],
    ['no decisions gives zeros, not an error', [], 0],
    ['statutory categories of all kinds count', WETTELIJKE_CATEGORIEEN.flatMap((c) => t('0603', c)), WETTELIJKE_CATEGORIEEN.length],
  ])('%s', (_naam, toekenningen, totaal) => {
    expect(stelJaarrapportageOp(2025, toekenningen).regioTotaal).toBe(totaal);
  });

  it('the statutory categories are exactly those the law names (ten, DG included)', () => {
    expect([...WETTELIJKE_CATEGORIEEN].sort()).toEqual(['BW', 'DET', 'DG', 'GGZ', 'JZ', 'MED', 'MO', 'MZ', 'SW', 'VO']);
  });
});

describe('stelJaarrapportageBriefOp', () => {
  it('a letter to the Province with the region total, each category and each gemeente', () => {
    const brief = stelJaarrapportageBriefOp(stelJaarrapportageOp(2026, [...t('0518', 'MED', 1200), ...t('0503', 'BW', 3)]), '2027-01-15');
    const tekst = brief.alineas.flatMap((a) => [a.kop ?? '', ...a.tekst]).join('\n');
    expect(brief.aan[0]).toBe('Gedeputeerde Staten van Zuid-Holland');
    expect(tekst).toContain('Totaal regio Haaglanden: 1.203');
    expect(tekst).toContain('– Den Haag: 1.200 (MED 1.200)');
    expect(tekst).toContain('– Delft: 3 (BW 3)');
    expect(tekst).toContain('– Wassenaar: 0');
    expect(tekst).toMatch(/Medisch urgent: 1\.200/);
  });
});
