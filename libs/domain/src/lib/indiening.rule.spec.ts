import { ROLLEN, type Rol } from './rol.model';
import { categorieenVoorIndiener, controleerIndiening, isIndienersrol } from './indiening.rule';
import { URGENTIECATEGORIEEN, URGENTIECATEGORIE_INFO, type Urgentiecategorie } from './urgentiecategorie.model';

const ZORG = { rol: 'zorgmedewerker' as const, werkgebied: ['0518', '0503', '1842'] };
const DEN_HAAG = { rol: 'gemeentemedewerker' as const, werkgebied: ['0518'] };
const DELFT = { rol: 'gemeentemedewerker' as const, werkgebied: ['0503'] };

describe('categorieenVoorIndiener', () => {
  it('a zorginstelling files exactly the uitstroom categories', () => {
    expect(categorieenVoorIndiener('zorgmedewerker')).toEqual(['BW', 'GGZ', 'MO', 'VO', 'JZ', 'DET']);
  });

  it('a gemeente registers every other category', () => {
    expect(categorieenVoorIndiener('gemeentemedewerker')).toEqual(['SW', 'MED', 'MZ', 'DG', 'ONBEGREPEN_GEDRAG', 'SOCIAAL', 'STATUSHOUDER']);
  });

  it('together the two channels cover every category exactly once', () => {
    const alle = [...categorieenVoorIndiener('zorgmedewerker'), ...categorieenVoorIndiener('gemeentemedewerker')];
    expect([...alle].sort()).toEqual([...URGENTIECATEGORIEEN].sort());
    for (const c of URGENTIECATEGORIEEN) {
      expect([c, categorieenVoorIndiener('zorgmedewerker').includes(c)]).toEqual([c, URGENTIECATEGORIE_INFO[c].uitstroom]);
    }
  });

  it.each(ROLLEN.filter((r) => r !== 'zorgmedewerker' && r !== 'gemeentemedewerker'))('%s files nothing', (rol) => {
    expect(categorieenVoorIndiener(rol)).toEqual([]);
    expect(isIndienersrol(rol)).toBe(false);
  });
});

describe('controleerIndiening', () => {
  it.each<[string, { rol: Rol; werkgebied: string[] }, Urgentiecategorie, string, string[]]>([
    ['zorginstelling, uitstroom BW', ZORG, 'BW', '0518', []],
    ['zorginstelling, uitstroom GGZ elsewhere in the region', ZORG, 'GGZ', '0637', []],
    ['zorginstelling, uitstroom DET', ZORG, 'DET', '0503', []],
    ['zorginstelling, medisch urgent', ZORG, 'MED', '0518', ['categorie']],
    ['zorginstelling, mantelzorg', ZORG, 'MZ', '0518', ['categorie']],
    ['zorginstelling, sociale urgentie', ZORG, 'SOCIAAL', '0518', ['categorie']],
    ['zorginstelling, dakloos gezin', ZORG, 'DG', '0518', ['categorie']],
    ['gemeente Den Haag, MED for Den Haag', DEN_HAAG, 'MED', '0518', []],
    ['gemeente Den Haag, MZ for Den Haag', DEN_HAAG, 'MZ', '0518', []],
    ['gemeente Den Haag, SOCIAAL for Den Haag', DEN_HAAG, 'SOCIAAL', '0518', []],
    ['gemeente Delft, STATUSHOUDER for Delft', DELFT, 'STATUSHOUDER', '0503', []],
    ['gemeente Den Haag, uitstroom BW', DEN_HAAG, 'BW', '0518', ['categorie']],
    ['gemeente Den Haag, uitstroom VO', DEN_HAAG, 'VO', '0518', ['categorie']],
    ['gemeente Den Haag, MED for Delft', DEN_HAAG, 'MED', '0503', ['behandelendeGemeente']],
    ['gemeente Delft, uitstroom JZ for Den Haag', DELFT, 'JZ', '0518', ['categorie', 'behandelendeGemeente']],
    ['commissielid', { rol: 'commissielid', werkgebied: ['0518'] }, 'MED', '0518', ['categorie']],
    ['corporatiemedewerker', { rol: 'corporatiemedewerker', werkgebied: ['0518'] }, 'BW', '0518', ['categorie']],
  ])('%s → %j', (_naam, indiener, categorie, behandelendeGemeente, velden) => {
    const fouten = controleerIndiening(indiener, { categorie, behandelendeGemeente });
    expect(fouten.map((f) => f.veld)).toEqual(velden);
    for (const f of fouten) expect(f.melding).toMatch(/^[A-Z'].*[.]$/);
  });

  it('tells a zorginstelling where a non-outflow application goes instead', () => {
    expect(controleerIndiening(ZORG, { categorie: 'MED', behandelendeGemeente: '0518' })[0].melding).toBe(
      "Een zorginstelling dient alleen uitstroomverzoeken in; 'Medisch urgent' wordt bij de gemeente aangevraagd.",
    );
  });

  it('tells a gemeente that an outflow request is the zorginstelling’s', () => {
    expect(controleerIndiening(DEN_HAAG, { categorie: 'BW', behandelendeGemeente: '0518' })[0].melding).toBe(
      "'Uitstroom Beschermd Wonen' is een uitstroomverzoek: dat dient de zorginstelling in, niet de gemeente.",
    );
  });

  it('names the other gemeente when a gemeente files for it', () => {
    expect(controleerIndiening(DEN_HAAG, { categorie: 'MED', behandelendeGemeente: '0503' })[0].melding).toMatch(/Delft/);
  });

  it('every role gets an answer, and only the two indieners can ever be allowed', () => {
    for (const rol of ROLLEN) {
      const ergens = URGENTIECATEGORIEEN.some((categorie) => controleerIndiening({ rol, werkgebied: ['0518'] }, { categorie, behandelendeGemeente: '0518' }).length === 0);
      expect([rol, ergens]).toEqual([rol, rol === 'zorgmedewerker' || rol === 'gemeentemedewerker']);
    }
  });
});
