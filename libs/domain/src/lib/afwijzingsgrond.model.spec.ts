import {
  AFWIJZINGSGROND_INFO,
  AFWIJZINGSGRONDEN,
  GRONDEN_UITGESLOTEN_PER_CATEGORIE,
  VERBODEN_GROND_INFO,
  VERBODEN_GRONDEN,
  afwijzingsgrondenGeldig,
  isAfwijzingsgrond,
  isVerbodenGrond,
  type Afwijzingsgrond,
} from './afwijzingsgrond.model';
import type { Urgentiecategorie } from './urgentiecategorie.model';

describe('afwijzingsgronden', () => {
  it('has the grounds seen in the region', () => {
    expect(AFWIJZINGSGRONDEN).toEqual(expect.arrayContaining([
      'GEEN_URGENT_PROBLEEM', 'ANDERS_OPLOSBAAR', 'VOORZIENBAAR', 'BINNEN_DRIE_MAANDEN_ZELF', 'NIET_IN_CATEGORIE',
    ]));
  });

  it.each(AFWIJZINGSGRONDEN)('%s has a Dutch label and a letter sentence addressed to the applicant', (grond) => {
    const info = AFWIJZINGSGROND_INFO[grond];
    expect(info.code).toBe(grond);
    expect(info.label.length).toBeGreaterThan(5);
    expect(info.briefTekst).toMatch(/^Uw? /);
    expect(info.briefTekst).toMatch(/\.$/);
  });

  it.each(VERBODEN_GRONDEN)('%s is explained with the law', (grond) => {
    expect(VERBODEN_GROND_INFO[grond].code).toBe(grond);
    expect(VERBODEN_GROND_INFO[grond].uitleg).toContain('Huisvestingswet 2014');
    expect(VERBODEN_GROND_INFO[grond].uitleg).toContain('mag urgentie niet worden geweigerd');
  });

  it('a forbidden ground is never also an allowed one', () => {
    for (const grond of VERBODEN_GRONDEN) expect(isAfwijzingsgrond(grond)).toBe(false);
    for (const grond of AFWIJZINGSGRONDEN) expect(isVerbodenGrond(grond)).toBe(false);
  });

  it('the income test is excluded for vrouwenopvang and sekswerkers', () => {
    expect(GRONDEN_UITGESLOTEN_PER_CATEGORIE.INKOMEN_TE_HOOG?.categorieen).toEqual(['VO', 'SW']);
  });

  it.each<[unknown, boolean, boolean]>([
    ['VOORZIENBAAR', true, false],
    ['GEEN_WONING_ACHTERGELATEN', false, true],
    ['voorzienbaar', false, false],
    [3, false, false],
    [null, false, false],
  ])('isAfwijzingsgrond(%p) is %p, isVerbodenGrond %p', (waarde, afwijzing, verboden) => {
    expect(isAfwijzingsgrond(waarde)).toBe(afwijzing);
    expect(isVerbodenGrond(waarde)).toBe(verboden);
  });
});

describe('afwijzingsgrondenGeldig', () => {
  it.each<[string, string[] | null | undefined, Urgentiecategorie | undefined, boolean, string[], Afwijzingsgrond[]]>([
    ['one ground', ['GEEN_URGENT_PROBLEEM'], undefined, true, [], ['GEEN_URGENT_PROBLEEM']],
    ['several grounds keep their order', ['VOORZIENBAAR', 'ANDERS_OPLOSBAAR'], 'MED', true, [], ['VOORZIENBAAR', 'ANDERS_OPLOSBAAR']],
    ['no grounds', [], 'MED', false, ['gronden'], []],
    ['null', null, undefined, false, ['gronden'], []],
    ['undefined', undefined, undefined, false, ['gronden'], []],
    ['leaves no dwelling behind', ['GEEN_WONING_ACHTERGELATEN'], 'MED', false, ['gronden.0'], []],
    ['lacked a lawful dwelling, next to a valid ground', ['BINNEN_DRIE_MAANDEN_ZELF', 'GEEN_RECHTMATIGE_WOONRUIMTE_GEHAD'], 'MO', false, ['gronden.1'], ['BINNEN_DRIE_MAANDEN_ZELF']],
    ['an unknown ground', ['GEEN_ZIN'], undefined, false, ['gronden.0'], []],
    ['a ground twice', ['VOORZIENBAAR', 'VOORZIENBAAR'], undefined, false, ['gronden.1'], ['VOORZIENBAAR']],
    ['income too high for a medical urgent', ['INKOMEN_TE_HOOG'], 'MED', true, [], ['INKOMEN_TE_HOOG']],
    ['income too high without a category', ['INKOMEN_TE_HOOG'], undefined, true, [], ['INKOMEN_TE_HOOG']],
    ['income too high for vrouwenopvang', ['INKOMEN_TE_HOOG'], 'VO', false, ['gronden.0'], []],
    ['income too high for an uitstappende sekswerker', ['NIET_IN_CATEGORIE', 'INKOMEN_TE_HOOG'], 'SW', false, ['gronden.1'], ['NIET_IN_CATEGORIE']],
    ['both forbidden grounds', ['GEEN_WONING_ACHTERGELATEN', 'GEEN_RECHTMATIGE_WOONRUIMTE_GEHAD'], 'DG', false, ['gronden.0', 'gronden.1'], []],
  ])('%s', (_naam, gronden, categorie, geldig, velden, toegestaan) => {
    const oordeel = afwijzingsgrondenGeldig(gronden, categorie);
    expect(oordeel.geldig).toBe(geldig);
    expect(oordeel.fouten.map((f) => f.veld)).toEqual(velden);
    expect(oordeel.gronden).toEqual(toegestaan);
  });

  it('explains a forbidden ground with the law', () => {
    expect(afwijzingsgrondenGeldig(['GEEN_WONING_ACHTERGELATEN']).fouten).toEqual([{
      veld: 'gronden.0',
      melding: 'Laat geen zelfstandige woning achter is geen toegestane afwijzingsgrond. Volgens de gewijzigde Huisvestingswet 2014 mag urgentie niet worden geweigerd omdat de aanvrager geen woning achterlaat.',
    }]);
  });

  it('explains why the income test does not apply to vrouwenopvang', () => {
    const [fout] = afwijzingsgrondenGeldig(['INKOMEN_TE_HOOG'], 'VO').fouten;
    expect(fout.melding).toMatch(/^Inkomen boven de inkomensgrens mag niet worden gebruikt bij de categorie Uitstroom Vrouwenopvang/);
    expect(fout.melding).toContain('geen inkomenstoets');
  });

  it('names an unknown ground', () => {
    expect(afwijzingsgrondenGeldig(['GEEN_ZIN']).fouten[0].melding).toBe('Afwijzingsgrond "GEEN_ZIN" is onbekend; kies een grond uit de lijst.');
  });
});
