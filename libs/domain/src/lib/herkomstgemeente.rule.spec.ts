import { bepaalHerkomstgemeente, chainStart, type HerkomstRegel, type HerkomstVlag, type Opname } from './herkomstgemeente.rule';
import type { Inschrijving } from './inschrijving.model';

const woon = (gemeenteCbs: string, gemeenteNaam: string, van: string, tot: string | null): Inschrijving => ({ gemeenteCbs, gemeenteNaam, adrestype: 'woonadres', van, tot });
const brief = (gemeenteCbs: string, gemeenteNaam: string, van: string, tot: string | null): Inschrijving => ({ gemeenteCbs, gemeenteNaam, adrestype: 'briefadres', van, tot });
const instelling = (gemeenteCbs: string, gemeenteNaam: string, van: string, tot: string | null): Inschrijving => ({ gemeenteCbs, gemeenteNaam, adrestype: 'instelling', van, tot });
const buitenland = (van: string, tot: string | null): Inschrijving => ({ gemeenteCbs: null, gemeenteNaam: 'Buitenland', adrestype: 'buitenland', van, tot });
const opname = (van: string, tot: string | null = null): Opname => ({ van, tot });

/** Most cases: one running stay from T = 2024-06-01; the day before T is 2024-05-31, the window starts 2019-06-01. */
const T = '2024-06-01';
const OPNAME = [opname(T)];

interface Verwacht {
  regel: HerkomstRegel;
  gemeenteCbs: string | null;
  gemeenteNaam: string | null;
  peildatum: string | null;
  beslissendeInschrijving: number | null;
  vlaggen: HerkomstVlag[];
}

interface Geval {
  inschrijvingen: Inschrijving[];
  opnames?: Opname[];
  geboortedatum?: string | null;
}

const bepaal = (geval: Geval) =>
  bepaalHerkomstgemeente({ inschrijvingen: geval.inschrijvingen, opnames: geval.opnames ?? OPNAME, geboortedatum: geval.geboortedatum ?? null });

const R1 = (gemeenteCbs: string, gemeenteNaam: string, index: number, vlaggen: HerkomstVlag[] = [], peildatum = T): Verwacht =>
  ({ regel: 'R1', gemeenteCbs, gemeenteNaam, peildatum, beslissendeInschrijving: index, vlaggen });
const R2 = (gemeenteCbs: string, gemeenteNaam: string, index: number, vlaggen: HerkomstVlag[] = [], peildatum = T): Verwacht =>
  ({ regel: 'R2', gemeenteCbs, gemeenteNaam, peildatum, beslissendeInschrijving: index, vlaggen });
const R3 = (vlaggen: HerkomstVlag[] = [], peildatum: string | null = T): Verwacht =>
  ({ regel: 'R3', gemeenteCbs: null, gemeenteNaam: null, peildatum, beslissendeInschrijving: null, vlaggen });

const GEVALLEN: Array<[string, Geval, Verwacht]> = [
  // R1: the woonadres on the day before T
  ['R1: woonadres still running on the day before T', { inschrijvingen: [woon('0518', 'Den Haag', '2015-03-01', null)] }, R1('0518', 'Den Haag', 0)],
  ['R1: woonadres ending exactly on the day before T', { inschrijvingen: [woon('0503', 'Delft', '2016-01-01', '2024-05-31')] }, R1('0503', 'Delft', 0)],
  ['R1: the current woonadres wins over an older one', {
    inschrijvingen: [woon('0637', 'Zoetermeer', '2010-01-01', '2015-12-31'), woon('0503', 'Delft', '2016-01-01', '2024-05-31')],
  }, R1('0503', 'Delft', 1)],
  ['R1: a gemeente outside the region keeps its code and name', { inschrijvingen: [woon('0599', 'Rotterdam', '2012-01-01', '2024-05-31')] }, R1('0599', 'Rotterdam', 0)],
  ['R1: a briefadres covering the same day does not decide', {
    inschrijvingen: [brief('0518', 'Den Haag', '2023-01-01', '2024-05-31'), woon('0637', 'Zoetermeer', '2018-01-01', null)],
  }, R1('0637', 'Zoetermeer', 1)],

  // R2: the most recent woonadres in the five years before T
  ['R2: woonadres ended two days before T', { inschrijvingen: [woon('0603', 'Rijswijk', '2017-01-01', '2024-05-30')] }, R2('0603', 'Rijswijk', 0)],
  ['R2: a briefadres on the day before T never decides', {
    inschrijvingen: [woon('1916', 'Leidschendam-Voorburg', '2018-01-01', '2023-12-31'), brief('0518', 'Den Haag', '2024-01-01', '2024-05-31')],
  }, R2('1916', 'Leidschendam-Voorburg', 0)],
  ['R2: buitenland never decides, the woonadres before it does', {
    inschrijvingen: [woon('1783', 'Westland', '2016-05-01', '2021-04-30'), buitenland('2021-05-01', '2024-05-31')],
  }, R2('1783', 'Westland', 0)],
  ['R2: the most recent of several woonadressen in the window', {
    inschrijvingen: [woon('0503', 'Delft', '2014-01-01', '2019-12-31'), woon('0637', 'Zoetermeer', '2020-01-01', '2022-12-31'), brief('0518', 'Den Haag', '2023-01-01', null)],
  }, R2('0637', 'Zoetermeer', 1)],
  ['R2: input order does not matter, the index points into the input', {
    inschrijvingen: [brief('0518', 'Den Haag', '2023-01-01', null), woon('0637', 'Zoetermeer', '2020-01-01', '2022-12-31'), woon('0503', 'Delft', '2014-01-01', '2019-12-31')],
  }, R2('0637', 'Zoetermeer', 1)],
  ['R2: woonadres ending exactly on the first day of the window (T − 5 years)', { inschrijvingen: [woon('0629', 'Wassenaar', '2015-01-01', '2019-06-01')] }, R2('0629', 'Wassenaar', 0)],
  ['R2: woonadres straddling the window start', { inschrijvingen: [woon('0629', 'Wassenaar', '2010-01-01', '2020-01-01')] }, R2('0629', 'Wassenaar', 0)],
  ['R2: a woonadres registered after T (during the stay) does not count', {
    inschrijvingen: [woon('0518', 'Den Haag', '2017-01-01', '2022-12-31'), woon('0503', 'Delft', '2024-07-01', null)],
  }, R2('0518', 'Den Haag', 0)],
  ['R2: outside the region is a valid outcome', {
    inschrijvingen: [woon('0599', 'Rotterdam', '2019-01-01', '2023-08-31'), buitenland('2023-09-01', null)],
  }, R2('0599', 'Rotterdam', 0)],

  // R3: no woonadres in reach
  ['R3: woonadres ended 5 years and 1 day before T (outside the window)', { inschrijvingen: [woon('0503', 'Delft', '2010-01-01', '2019-05-31')] }, R3()],
  ['R3: only briefadres and buitenland', {
    inschrijvingen: [brief('0518', 'Den Haag', '2020-01-01', '2022-12-31'), buitenland('2023-01-01', '2024-05-31')],
  }, R3()],
  ['R3: no registrations at all', { inschrijvingen: [] }, R3()],
  ['R3: only a woonadres that starts after T', { inschrijvingen: [woon('0503', 'Delft', '2024-08-01', null)] }, R3()],

  // Flags
  ['KORT_VERBLIJF: R1 woonadres of nine months', { inschrijvingen: [woon('0503', 'Delft', '2023-09-01', null)] }, R1('0503', 'Delft', 0, ['KORT_VERBLIJF'])],
  ['no KORT_VERBLIJF: exactly one year up to the day before T', { inschrijvingen: [woon('0503', 'Delft', '2023-06-01', null)] }, R1('0503', 'Delft', 0)],
  ['KORT_VERBLIJF: one day short of a year', { inschrijvingen: [woon('0503', 'Delft', '2023-06-02', null)] }, R1('0503', 'Delft', 0, ['KORT_VERBLIJF'])],
  ['KORT_VERBLIJF: R2 woonadres of six months', { inschrijvingen: [woon('0603', 'Rijswijk', '2020-01-01', '2020-06-30')] }, R2('0603', 'Rijswijk', 0, ['KORT_VERBLIJF'])],
  ['no KORT_VERBLIJF: R2 woonadres of exactly one year', { inschrijvingen: [woon('0603', 'Rijswijk', '2020-01-01', '2020-12-31')] }, R2('0603', 'Rijswijk', 0)],
  ['MINDERJARIG_BIJ_OPNAME: 17 on T (18 the day after)', {
    inschrijvingen: [woon('0518', 'Den Haag', '2006-06-02', null)], geboortedatum: '2006-06-02',
  }, R1('0518', 'Den Haag', 0, ['MINDERJARIG_BIJ_OPNAME'])],
  ['no MINDERJARIG_BIJ_OPNAME: 18th birthday on T', {
    inschrijvingen: [woon('0518', 'Den Haag', '2006-06-01', null)], geboortedatum: '2006-06-01',
  }, R1('0518', 'Den Haag', 0)],
  ['MINDERJARIG_BIJ_OPNAME and KORT_VERBLIJF together', {
    inschrijvingen: [woon('0518', 'Den Haag', '2010-01-01', '2023-12-31'), woon('0603', 'Rijswijk', '2024-01-01', null)], geboortedatum: '2009-02-14',
  }, R1('0603', 'Rijswijk', 1, ['MINDERJARIG_BIJ_OPNAME', 'KORT_VERBLIJF'])],
  ['MINDERJARIG_BIJ_OPNAME also without a proposal', { inschrijvingen: [], geboortedatum: '2010-01-01' }, R3(['MINDERJARIG_BIJ_OPNAME'])],

  // Peildatum T from the chain of stays
  ['several opnames without a gap: T is the start of the first', {
    inschrijvingen: [woon('1783', 'Westland', '2015-01-01', '2021-12-31')], opnames: [opname('2023-04-01'), opname('2022-01-01', '2023-03-31')],
  }, R1('1783', 'Westland', 0, [], '2022-01-01')],
  ['a gap of one day breaks the chain: T is the start of the last', {
    inschrijvingen: [woon('1783', 'Westland', '2015-01-01', '2021-12-31')], opnames: [opname('2022-01-01', '2023-03-30'), opname('2023-04-01')],
  }, R2('1783', 'Westland', 0, [], '2023-04-01')],
  ['a short stay nested in a longer one does not break the chain', {
    inschrijvingen: [woon('0637', 'Zoetermeer', '2008-01-01', '2014-12-31')],
    opnames: [opname('2015-01-01', '2023-12-31'), opname('2018-01-01', '2018-02-01'), opname('2024-01-01')],
  }, R1('0637', 'Zoetermeer', 0, [], '2015-01-01')],
  ['instelling registrations are the stays when no opnames are given', {
    inschrijvingen: [woon('0503', 'Delft', '2015-01-01', '2022-12-31'), instelling('0518', 'Den Haag', '2023-01-01', null)], opnames: [],
  }, R1('0503', 'Delft', 0, [], '2023-01-01')],
  ['chained instelling registrations go back to the first', {
    inschrijvingen: [woon('0503', 'Delft', '2012-01-01', '2020-12-31'), instelling('0518', 'Den Haag', '2021-01-01', '2022-06-30'), instelling('0603', 'Rijswijk', '2022-07-01', null)],
    opnames: [],
  }, R1('0503', 'Delft', 0, [], '2021-01-01')],
  ['given opnames take precedence over instelling registrations', {
    inschrijvingen: [woon('0503', 'Delft', '2010-01-01', '2019-12-31'), instelling('0518', 'Den Haag', '2020-01-01', '2024-05-31')],
  }, R2('0503', 'Delft', 0)],
  ['GEEN_OPNAME: no stays at all, so no peildatum and no proposal', {
    inschrijvingen: [woon('0503', 'Delft', '2010-01-01', null)], opnames: [],
  }, R3(['GEEN_OPNAME'], null)],
];

describe('bepaalHerkomstgemeente', () => {
  it.each(GEVALLEN)('%s', (_naam, geval, verwacht) => {
    const voorstel = bepaal(geval);
    expect({
      regel: voorstel.regel,
      gemeenteCbs: voorstel.gemeenteCbs,
      gemeenteNaam: voorstel.gemeenteNaam,
      peildatum: voorstel.peildatum,
      beslissendeInschrijving: voorstel.beslissendeInschrijving,
      vlaggen: [...voorstel.vlaggen],
    }).toEqual(verwacht);
  });

  it.each(GEVALLEN)('%s: the deciding registration is a woonadres with the proposed gemeente', (_naam, geval) => {
    const voorstel = bepaal(geval);
    if (voorstel.beslissendeInschrijving === null) {
      expect(voorstel.gemeenteCbs).toBeNull();
      return;
    }
    const beslissend = geval.inschrijvingen[voorstel.beslissendeInschrijving];
    expect(beslissend.adrestype).toBe('woonadres');
    expect(beslissend.gemeenteCbs).toBe(voorstel.gemeenteCbs);
    expect(beslissend.gemeenteNaam).toBe(voorstel.gemeenteNaam);
  });

  it.each(GEVALLEN)('%s: gives Dutch reasons', (_naam, geval) => {
    const { redenen } = bepaal(geval);
    expect(redenen.length).toBeGreaterThan(0);
    for (const reden of redenen) {
      expect(reden).toMatch(/\.$/);
      expect(reden).not.toMatch(/\b(the|and|with|before|after|no proposal)\b/i);
    }
  });

  it.each([
    ['2024-06-01', '2019-06-01'],
    ['2023-01-01', '2018-01-01'],
    ['2020-12-31', '2015-12-31'],
  ])('with T %s the five-year window starts on %s', (peildatum, vensterVan) => {
    const voorstel = bepaal({ inschrijvingen: [], opnames: [opname(peildatum)] });
    expect(voorstel.peildatum).toBe(peildatum);
    expect(voorstel.vensterVan).toBe(vensterVan);
  });

  it('GEEN_OPNAME has no window', () => {
    expect(bepaal({ inschrijvingen: [], opnames: [] }).vensterVan).toBeNull();
  });

  describe('reasons', () => {
    it('R1 names the peildatum, the day before it, the gemeente and the rule', () => {
      const { redenen } = bepaal({ inschrijvingen: [woon('0518', 'Den Haag', '2015-03-01', null)] });
      expect(redenen).toEqual([
        'Peildatum T (begin van de aaneengesloten opname) is 1 juni 2024.',
        'Op 31 mei 2024, de dag vóór de opname, stond de aanvrager met een woonadres ingeschreven in Den Haag (regel R1).',
      ]);
    });

    it('R2 says what was registered on the day before T instead of a woonadres', () => {
      const { redenen } = bepaal({
        inschrijvingen: [woon('1916', 'Leidschendam-Voorburg', '2018-01-01', '2023-12-31'), brief('0518', 'Den Haag', '2024-01-01', '2024-05-31')],
      });
      expect(redenen).toEqual([
        'Peildatum T (begin van de aaneengesloten opname) is 1 juni 2024.',
        'Op 31 mei 2024 was er geen woonadres (wel: briefadres).',
        'Het meest recente woonadres in de vijf jaar vóór T (vanaf 1 juni 2019) was in Leidschendam-Voorburg (regel R2).',
      ]);
    });

    it('R2 with nothing registered on the day before T', () => {
      const { redenen } = bepaal({ inschrijvingen: [woon('0603', 'Rijswijk', '2017-01-01', '2024-05-30')] });
      expect(redenen).toContain('Op 31 mei 2024 was er geen woonadres.');
    });

    it('R3 counts the briefadres and buitenland registrations that were ignored', () => {
      const { redenen } = bepaal({ inschrijvingen: [brief('0518', 'Den Haag', '2020-01-01', '2022-12-31'), buitenland('2023-01-01', '2024-05-31')] });
      expect(redenen).toEqual([
        'Peildatum T (begin van de aaneengesloten opname) is 1 juni 2024.',
        '2 inschrijving(en) als briefadres of in het buitenland tellen niet mee.',
        'Geen woonadres op 31 mei 2024 en geen woonadres in de vijf jaar vóór T (vanaf 1 juni 2019): geen voorstel, de commissie beoordeelt.',
      ]);
    });

    it('R3 without ignored registrations does not mention them', () => {
      const { redenen } = bepaal({ inschrijvingen: [woon('0503', 'Delft', '2010-01-01', '2019-05-31')] });
      expect(redenen.some((r) => r.includes('tellen niet mee'))).toBe(false);
      expect(redenen[redenen.length - 1]).toContain('geen voorstel');
    });

    it('KORT_VERBLIJF explains the period of the stay', () => {
      const { redenen } = bepaal({ inschrijvingen: [woon('0503', 'Delft', '2023-09-01', null)] });
      expect(redenen).toContain('Het verblijf op dit woonadres duurde korter dan een jaar (1 september 2023 t/m 31 mei 2024): de commissie moet dit beoordelen.');
    });

    it('MINDERJARIG_BIJ_OPNAME asks the committee to judge', () => {
      const { redenen } = bepaal({ inschrijvingen: [], geboortedatum: '2010-01-01' });
      expect(redenen).toContain('De aanvrager was minderjarig op de peildatum: de commissie moet dit beoordelen.');
    });

    it('GEEN_OPNAME explains there is no peildatum', () => {
      const { redenen } = bepaal({ inschrijvingen: [], opnames: [] });
      expect(redenen).toEqual(['Er is geen opname of instellingsinschrijving bekend, dus geen peildatum: de commissie beoordeelt de herkomst.']);
    });
  });
});

describe('chainStart', () => {
  it.each<[string, Opname[], string | null]>([
    ['no stays', [], null],
    ['one running stay', [opname('2024-06-01')], '2024-06-01'],
    ['one ended stay', [opname('2024-01-01', '2024-05-01')], '2024-01-01'],
    ['previous ends the day before', [opname('2023-01-01', '2024-05-31'), opname('2024-06-01')], '2023-01-01'],
    ['previous ends on the same day (transfer)', [opname('2023-01-01', '2024-06-01'), opname('2024-06-01')], '2023-01-01'],
    ['previous ends two days before (one free day)', [opname('2023-01-01', '2024-05-30'), opname('2024-06-01')], '2024-06-01'],
    ['overlapping stays', [opname('2023-01-01', '2024-08-01'), opname('2024-06-01')], '2023-01-01'],
    ['an earlier stay still running', [opname('2020-01-01', null), opname('2024-06-01')], '2020-01-01'],
    ['three linked across a year end', [opname('2021-03-01', '2022-12-31'), opname('2023-01-01', '2023-12-31'), opname('2024-01-01')], '2021-03-01'],
    ['a gap in the earliest link stops there', [opname('2020-01-01', '2020-12-31'), opname('2021-02-01', '2023-12-31'), opname('2024-01-01')], '2021-02-01'],
    ['a gap before the last stay stops at once', [opname('2020-01-01', '2023-12-31'), opname('2024-02-01')], '2024-02-01'],
    ['unsorted input', [opname('2024-01-01'), opname('2021-03-01', '2022-12-31'), opname('2023-01-01', '2023-12-31')], '2021-03-01'],
    ['a short stay nested in a long one', [opname('2015-01-01', '2023-12-31'), opname('2018-01-01', '2018-02-01'), opname('2024-01-01')], '2015-01-01'],
    ['the most recent stay nested in a running one', [opname('2015-01-01', null), opname('2020-03-01', '2020-04-01')], '2015-01-01'],
    ['a leap day as the link', [opname('2023-06-01', '2024-02-28'), opname('2024-02-29')], '2023-06-01'],
  ])('%s', (_naam, stays, verwacht) => {
    expect(chainStart(stays)).toBe(verwacht);
  });

  it('does not reorder the input', () => {
    const stays = [opname('2024-01-01'), opname('2021-03-01', '2023-12-31')];
    chainStart(stays);
    expect(stays.map((s) => s.van)).toEqual(['2024-01-01', '2021-03-01']);
  });
});

/**
 * Realistic registration histories as committees meet them. Each row: what the
 * case is, the history, and the expected rule, gemeente (CBS) and flags. Unless
 * stated, T = 2024-06-01 (one running stay).
 */
describe('bepaalHerkomstgemeente: histories from practice', () => {
  interface Praktijkverwachting {
    regel: HerkomstRegel;
    gemeenteCbs: string | null;
    gemeenteNaam: string | null;
    vlaggen: HerkomstVlag[];
    peildatum: string | null;
  }
  const uitkomst = (regel: HerkomstRegel, gemeente: [string, string] | null, vlaggen: HerkomstVlag[] = [], peildatum: string | null = T): Praktijkverwachting =>
    ({ regel, gemeenteCbs: gemeente?.[0] ?? null, gemeenteNaam: gemeente?.[1] ?? null, vlaggen, peildatum });

  const DELFT: [string, string] = ['0503', 'Delft'];
  const DEN_HAAG: [string, string] = ['0518', 'Den Haag'];
  const ZOETERMEER: [string, string] = ['0637', 'Zoetermeer'];
  const WESTLAND: [string, string] = ['1783', 'Westland'];
  const RIJSWIJK: [string, string] = ['0603', 'Rijswijk'];
  const LV: [string, string] = ['1916', 'Leidschendam-Voorburg'];
  const PN: [string, string] = ['1926', 'Pijnacker-Nootdorp'];
  const WASSENAAR: [string, string] = ['0629', 'Wassenaar'];

  const PRAKTIJK: Array<[string, Geval, Praktijkverwachting]> = [
    // Detention chains (DET): PI → forensische kliniek → beschermd wonen
    ['DET: PI, forensic clinic and BW follow each other without a free day; the woonadres in Delft ended the day before the arrest', {
      inschrijvingen: [woon(...DELFT, '2014-04-01', '2021-03-09')],
      opnames: [opname('2021-03-10', '2022-09-14'), opname('2022-09-15', '2023-11-30'), opname('2023-12-01')],
    }, uitkomst('R1', DELFT, [], '2021-03-10')],
    ['DET: transfer from PI to the clinic on the same day keeps the chain', {
      inschrijvingen: [woon(...DELFT, '2014-04-01', '2021-03-09')],
      opnames: [opname('2021-03-10', '2022-09-15'), opname('2022-09-15', '2023-11-30'), opname('2023-12-01')],
    }, uitkomst('R1', DELFT, [], '2021-03-10')],
    ['DET: one free day between PI and clinic breaks the chain; T moves to the clinic, Delft still decides by R2', {
      inschrijvingen: [woon(...DELFT, '2014-04-01', '2021-03-09')],
      opnames: [opname('2021-03-10', '2022-09-13'), opname('2022-09-15', '2023-11-30'), opname('2023-12-01')],
    }, uitkomst('R2', DELFT, [], '2022-09-15')],
    ['DET: ten weeks at his mother\'s in Zoetermeer between PI and clinic: Zoetermeer by R1, a short stay', {
      inschrijvingen: [woon(...DELFT, '2014-04-01', '2021-03-09'), woon(...ZOETERMEER, '2022-07-01', '2022-09-14')],
      opnames: [opname('2021-03-10', '2022-06-30'), opname('2022-09-15', '2023-11-30'), opname('2023-12-01')],
    }, uitkomst('R1', ZOETERMEER, ['KORT_VERBLIJF'], '2022-09-15')],
    ['DET: kept his woonadres in Rijswijk during detention', {
      inschrijvingen: [woon(...RIJSWIJK, '2012-05-01', null)],
      opnames: [opname('2022-01-10', '2023-02-28'), opname('2023-03-01')],
    }, uitkomst('R1', RIJSWIJK, [], '2022-01-10')],
    ['DET: youth detention at 16, then forensic youth care; lived with his parents in Den Haag', {
      inschrijvingen: [woon(...DEN_HAAG, '2006-08-20', '2023-03-31')], geboortedatum: '2006-08-20',
      opnames: [opname('2023-04-01', '2024-01-31'), opname('2024-02-01')],
    }, uitkomst('R1', DEN_HAAG, ['MINDERJARIG_BIJ_OPNAME'], '2023-04-01')],

    // Institution to institution in different gemeenten (BRP instelling registrations, no opnames given)
    ['MO Den Haag then BW Rijswijk without a gap: the woonadres in Westland before the shelter decides', {
      inschrijvingen: [woon(...WESTLAND, '2016-09-01', '2022-01-31'), instelling(...DEN_HAAG, '2022-02-01', '2023-01-15'), instelling(...RIJSWIJK, '2023-01-16', null)],
      opnames: [],
    }, uitkomst('R1', WESTLAND, [], '2022-02-01')],
    ['clinic in Delft, three months at a friend\'s in Pijnacker-Nootdorp, then BW in Zoetermeer: the stay in between decides', {
      inschrijvingen: [
        woon(...DEN_HAAG, '2010-01-01', '2021-12-31'), instelling(...DELFT, '2022-01-01', '2023-02-28'),
        woon(...PN, '2023-03-01', '2023-05-31'), instelling(...ZOETERMEER, '2023-06-01', null),
      ],
      opnames: [],
    }, uitkomst('R1', PN, ['KORT_VERBLIJF'], '2023-06-01')],
    ['VO: shelter in Utrecht (outside the region) then in Den Haag; her woonadres was in Zoetermeer', {
      inschrijvingen: [woon(...ZOETERMEER, '2017-02-01', '2023-08-14'), instelling('0344', 'Utrecht', '2023-08-15', '2024-01-31'), instelling(...DEN_HAAG, '2024-02-01', null)],
      opnames: [],
    }, uitkomst('R1', ZOETERMEER, [], '2023-08-15')],
    ['GGZ: admitted in May, registered at the clinic only in October; the admission date is T', {
      inschrijvingen: [woon(...DEN_HAAG, '2010-01-01', '2023-09-30'), instelling(...LV, '2023-10-01', null)],
      opnames: [opname('2023-05-01')],
    }, uitkomst('R1', DEN_HAAG, [], '2023-05-01')],

    // Briefadres before admission: never decides
    ['MO: evicted in Delft, a briefadres in Den Haag for seventeen months, then the shelter', {
      inschrijvingen: [woon(...DELFT, '2015-06-01', '2022-12-31'), brief(...DEN_HAAG, '2023-01-01', '2024-05-31')],
    }, uitkomst('R2', DELFT)],
    ['MO: a briefadres for more than five years before the shelter leaves no proposal', {
      inschrijvingen: [woon(...DEN_HAAG, '2009-01-01', '2018-12-31'), brief(...DEN_HAAG, '2019-01-01', null)],
    }, uitkomst('R3', null)],
    ['a briefadres that overlaps the last month of a woonadres does not push it aside', {
      inschrijvingen: [woon(...WASSENAAR, '2015-01-01', '2024-05-31'), brief(...DEN_HAAG, '2024-05-01', null)],
    }, uitkomst('R1', WASSENAAR)],

    // Abroad and remigration
    ['remigration: abroad for years, back in Den Haag eight months before T', {
      inschrijvingen: [buitenland('2017-01-01', '2023-09-30'), woon(...DEN_HAAG, '2023-10-01', null)],
    }, uitkomst('R1', DEN_HAAG, ['KORT_VERBLIJF'])],
    ['remigration: Westland, abroad, then five months in Delft: the short stay in Delft decides', {
      inschrijvingen: [woon(...WESTLAND, '2012-01-01', '2019-12-31'), buitenland('2020-01-01', '2023-12-31'), woon(...DELFT, '2024-01-01', '2024-05-31')],
    }, uitkomst('R1', DELFT, ['KORT_VERBLIJF'])],
    ['remigration: back exactly one year before T is not a short stay', {
      inschrijvingen: [buitenland('2018-01-01', '2023-05-31'), woon(...DEN_HAAG, '2023-06-01', null)],
    }, uitkomst('R1', DEN_HAAG)],
    ['abroad right up to T, eleven months in Zoetermeer before leaving', {
      inschrijvingen: [woon(...ZOETERMEER, '2020-02-01', '2020-12-31'), buitenland('2021-01-01', '2024-05-31')],
    }, uitkomst('R2', ZOETERMEER, ['KORT_VERBLIJF'])],
    ['abroad for the whole five years before T leaves no proposal', {
      inschrijvingen: [woon(...RIJSWIJK, '2010-01-01', '2019-03-31'), buitenland('2019-04-01', '2024-05-31')],
    }, uitkomst('R3', null)],

    // Minors at T (youth care)
    ['JZ: placed at 14, lived with her parents in Zoetermeer since birth', {
      inschrijvingen: [woon(...ZOETERMEER, '2007-03-15', '2021-08-31')], geboortedatum: '2007-03-15',
      opnames: [opname('2021-09-01')],
    }, uitkomst('R1', ZOETERMEER, ['MINDERJARIG_BIJ_OPNAME'], '2021-09-01')],
    ['JZ: gezinshuis in Westland from 16 (BRP instelling), parents in Den Haag', {
      inschrijvingen: [woon(...DEN_HAAG, '2006-01-10', '2022-04-30'), instelling(...WESTLAND, '2022-05-01', null)], geboortedatum: '2006-01-10', opnames: [],
    }, uitkomst('R1', DEN_HAAG, ['MINDERJARIG_BIJ_OPNAME'], '2022-05-01')],
    ['JZ: placed as a baby after one month with the mother in Delft', {
      inschrijvingen: [woon(...DELFT, '2006-05-01', '2006-05-31'), instelling(...DEN_HAAG, '2006-06-01', null)], geboortedatum: '2006-05-01', opnames: [],
    }, uitkomst('R1', DELFT, ['MINDERJARIG_BIJ_OPNAME', 'KORT_VERBLIJF'], '2006-06-01')],
    ['JZ: youth care from 13, straight on into BW at 18: T stays at the first placement', {
      inschrijvingen: [woon(...LV, '2005-11-02', '2019-10-31')], geboortedatum: '2005-11-02',
      opnames: [opname('2019-11-01', '2023-11-01'), opname('2023-11-02')],
    }, uitkomst('R1', LV, ['MINDERJARIG_BIJ_OPNAME'], '2019-11-01')],

    // The five-year boundary, T = 2023-03-01
    ['five years: the woonadres ended exactly five years before T (R2)', {
      inschrijvingen: [woon(...WESTLAND, '2011-01-01', '2018-03-01'), brief(...DEN_HAAG, '2018-03-02', null)], opnames: [opname('2023-03-01')],
    }, uitkomst('R2', WESTLAND, [], '2023-03-01')],
    ['five years: the woonadres ended one day earlier (R3)', {
      inschrijvingen: [woon(...WESTLAND, '2011-01-01', '2018-02-28'), brief(...DEN_HAAG, '2018-03-01', null)], opnames: [opname('2023-03-01')],
    }, uitkomst('R3', null, [], '2023-03-01')],

    // Outside the region: kept with code and name
    ['DET: lived in Rotterdam until the arrest', {
      inschrijvingen: [woon('0599', 'Rotterdam', '2015-01-01', '2022-06-30')], opnames: [opname('2022-07-01')],
    }, uitkomst('R1', ['0599', 'Rotterdam'], [], '2022-07-01')],
    ['MO: woonadres in Leiden, then a briefadres in Den Haag', {
      inschrijvingen: [woon('0546', 'Leiden', '2016-03-01', '2023-02-28'), brief(...DEN_HAAG, '2023-03-01', null)],
    }, uitkomst('R2', ['0546', 'Leiden'])],

    // Overlapping registrations
    ['a move with two weeks of overlap: only the new address covers the day before T', {
      inschrijvingen: [woon(...DELFT, '2015-01-01', '2024-02-15'), woon(...RIJSWIJK, '2024-02-01', null)],
    }, uitkomst('R1', RIJSWIJK, ['KORT_VERBLIJF'])],
    ['overlapping stays (a clinic admission during BW) form one chain', {
      inschrijvingen: [woon(...DEN_HAAG, '2012-01-01', '2019-12-31')],
      opnames: [opname('2020-01-01', '2022-12-31'), opname('2022-06-01', '2023-06-30'), opname('2023-07-01')],
    }, uitkomst('R1', DEN_HAAG, [], '2020-01-01')],

    // Open-ended current registration
    ['GGZ: still registered at home in Pijnacker-Nootdorp during the admission', {
      inschrijvingen: [woon(...PN, '2009-07-01', null)], opnames: [opname('2023-11-20')],
    }, uitkomst('R1', PN, [], '2023-11-20')],

    // Nothing registered
    ['DET: no registrations at all', { inschrijvingen: [], geboortedatum: '1990-04-12' }, uitkomst('R3', null)],
    ['no registrations and no stays', { inschrijvingen: [], opnames: [] }, uitkomst('R3', null, ['GEEN_OPNAME'], null)],
  ];

  it('has at least twenty histories', () => {
    expect(PRAKTIJK.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PRAKTIJK)('%s', (_omschrijving, geval, verwacht) => {
    const voorstel = bepaal(geval);
    expect({
      regel: voorstel.regel,
      gemeenteCbs: voorstel.gemeenteCbs,
      gemeenteNaam: voorstel.gemeenteNaam,
      vlaggen: [...voorstel.vlaggen],
      peildatum: voorstel.peildatum,
    }).toEqual(verwacht);
  });

  it.each(PRAKTIJK)('%s: the answer does not depend on the order of the history', (_omschrijving, geval) => {
    const gewoon = bepaal(geval);
    const omgekeerd = bepaal({ ...geval, inschrijvingen: [...geval.inschrijvingen].reverse(), opnames: geval.opnames ? [...geval.opnames].reverse() : undefined });
    expect([omgekeerd.regel, omgekeerd.gemeenteCbs, [...omgekeerd.vlaggen], omgekeerd.peildatum]).toEqual([gewoon.regel, gewoon.gemeenteCbs, [...gewoon.vlaggen], gewoon.peildatum]);
  });

  // Found while writing these cases; reported to the lead instead of changing the rule.
  const dh = (van: string, tot: string | null) => ({ gemeenteCbs: '0518', gemeenteNaam: 'Den Haag', adrestype: 'woonadres' as const, van, tot });
  const rw = (van: string, tot: string | null) => ({ gemeenteCbs: '0603', gemeenteNaam: 'Rijswijk', adrestype: 'woonadres' as const, van, tot });
  const df = (van: string, tot: string | null) => ({ gemeenteCbs: '0503', gemeenteNaam: 'Delft', adrestype: 'woonadres' as const, van, tot });

  it.each([
    ['nested short stay: the longer registration ended last and decides', [dh('2016-01-01', '2023-12-31'), rw('2020-01-01', '2020-06-30')]],
    ['same, reverse input order', [rw('2020-01-01', '2020-06-30'), dh('2016-01-01', '2023-12-31')]],
  ])('overlapping woonadressen before T (R2): %s', (_naam, inschrijvingen) => {
    const v = bepaalHerkomstgemeente({ inschrijvingen, opnames: [{ van: '2024-06-01', tot: null }], geboortedatum: '1990-01-01' });
    expect(v).toMatchObject({ regel: 'R2', gemeenteCbs: '0518' });
    expect(v.vlaggen).toContain('OVERLAPPENDE_WOONADRESSEN');
  });

  it.each([
    ['Den Haag first', [dh('2015-01-01', null), df('2024-03-01', null)]],
    ['Delft first', [df('2024-03-01', null), dh('2015-01-01', null)]],
  ])('two woonadressen on the day before T (R1) give the same, flagged answer in any order: %s', (_naam, inschrijvingen) => {
    const v = bepaalHerkomstgemeente({ inschrijvingen, opnames: [{ van: '2024-06-01', tot: null }], geboortedatum: '1990-01-01' });
    expect(v).toMatchObject({ regel: 'R1', gemeenteCbs: '0503' });
    expect(v.vlaggen).toEqual(expect.arrayContaining(['OVERLAPPENDE_WOONADRESSEN', 'KORT_VERBLIJF']));
  });

  it('leap-day T: the five-year window starts on 28 February, so a woonadres ending that day still counts (R2)', () => {
    const v = bepaalHerkomstgemeente({ inschrijvingen: [dh('2015-01-01', '2019-02-28')], opnames: [{ van: '2024-02-29', tot: null }], geboortedatum: '1990-01-01' });
    expect(v).toMatchObject({ regel: 'R2', gemeenteCbs: '0518', vensterVan: '2019-02-28' });
  });
});
