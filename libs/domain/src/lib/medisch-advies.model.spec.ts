import {
  MEDISCH_ADVIES_DETAILS_MAX,
  MEDISCH_ADVIES_DETAILS_MIN,
  WOONVEREISTE_LABEL,
  WOONVEREISTEN,
  isWoonvereiste,
  valideerMedischAdvies,
  type MedischAdviesInvoer,
} from './medisch-advies.model';

const DETAILS = 'Ernstige COPD, kan geen trappen lopen; zuurstof aan huis.';
const advies = (extra: Partial<MedischAdviesInvoer> = {}): MedischAdviesInvoer =>
  ({ details: DETAILS, urgentOpMedischeGronden: true, woonvereisten: ['nultreden', 'lift'], ...extra });

describe('woonvereisten', () => {
  it('has a Dutch label for each', () => {
    expect(Object.keys(WOONVEREISTE_LABEL)).toEqual([...WOONVEREISTEN]);
    expect(WOONVEREISTE_LABEL.nultreden).toBe('Nultredenwoning');
    expect(WOONVEREISTE_LABEL.prikkelarm).toBe('Prikkelarme woonomgeving');
  });

  it.each<[unknown, boolean]>([['gelijkvloers', true], ['nabijZorg', true], ['tuin', false], [null, false]])('isWoonvereiste(%p) is %p', (waarde, verwacht) => {
    expect(isWoonvereiste(waarde)).toBe(verwacht);
  });
});

describe('valideerMedischAdvies', () => {
  it.each<[string, MedischAdviesInvoer, string[]]>([
    ['urgent with requirements', advies(), []],
    ['not urgent, without requirements', advies({ urgentOpMedischeGronden: false, woonvereisten: [] }), []],
    ['not urgent, yet with requirements for matching', advies({ urgentOpMedischeGronden: false, woonvereisten: ['prikkelarm'] }), []],
    ['all requirements', advies({ woonvereisten: [...WOONVEREISTEN] }), []],
    ['details of exactly the minimum length', advies({ details: 'x'.repeat(MEDISCH_ADVIES_DETAILS_MIN) }), []],
    ['details one character short', advies({ details: 'x'.repeat(MEDISCH_ADVIES_DETAILS_MIN - 1) }), ['details']],
    ['details padded with spaces to the minimum', advies({ details: `   ${'x'.repeat(MEDISCH_ADVIES_DETAILS_MIN - 1)}   ` }), ['details']],
    ['details of exactly the maximum length', advies({ details: 'x'.repeat(MEDISCH_ADVIES_DETAILS_MAX) }), []],
    ['details one character too long', advies({ details: 'x'.repeat(MEDISCH_ADVIES_DETAILS_MAX + 1) }), ['details']],
    ['empty details', advies({ details: '' }), ['details']],
    ['no conclusion', advies({ urgentOpMedischeGronden: null }), ['urgentOpMedischeGronden']],
    ['no conclusion and no details', advies({ details: ' ', urgentOpMedischeGronden: null }), ['details', 'urgentOpMedischeGronden']],
    ['an unknown requirement', advies({ woonvereisten: ['nultreden', 'tuin'] }), ['woonvereisten.1']],
    ['a requirement twice', advies({ woonvereisten: ['lift', 'lift'] }), ['woonvereisten.1']],
  ])('%s', (_naam, invoer, velden) => {
    const uitkomst = valideerMedischAdvies(invoer);
    expect(uitkomst.fouten.map((f) => f.veld)).toEqual(velden);
    expect(uitkomst.geldig).toBe(velden.length === 0);
    expect(uitkomst.uitkomst === null).toBe(velden.length > 0);
  });

  it('returns only the shareable outcome, never the details', () => {
    const { uitkomst } = valideerMedischAdvies(advies());
    expect(uitkomst).toEqual({ urgentOpMedischeGronden: true, woonvereisten: ['nultreden', 'lift'] });
    expect(JSON.stringify(uitkomst)).not.toContain('COPD');
  });

  it('gives Dutch messages a user can act on', () => {
    const { fouten } = valideerMedischAdvies({ details: 'kort', urgentOpMedischeGronden: null, woonvereisten: ['tuin'] });
    expect(fouten.map((f) => f.melding)).toEqual([
      'Beschrijf de medische onderbouwing in ten minste 10 tekens.',
      'Geef een conclusie: is de aanvrager op medische gronden urgent, ja of nee?',
      'Woonvereiste "tuin" is onbekend; kies uit de lijst.',
    ]);
  });

  it('names the maximum in Dutch notation', () => {
    const [fout] = valideerMedischAdvies(advies({ details: 'x'.repeat(MEDISCH_ADVIES_DETAILS_MAX + 1) })).fouten;
    expect(fout.melding).toBe('De medische onderbouwing is te lang: gebruik ten hoogste 20.000 tekens en voeg verslagen als bijlage toe.');
  });
});
