import { beslissendeCriteria, isVerschoven, telVerschuivingen, type GewogenZaak } from './verschuiving.rule';

const DEN_HAAG = '0518';
const DELFT = '0503';
const ZOETERMEER = '0637';
const LEIDEN = '0546';

type O = 'voor' | 'tegen' | 'neutraal';
const criteria = (perspectief: O, netwerk: O, werkDagbesteding: O, ondersteuning: O, justitieel: O) => ({
  perspectief: { oordeel: perspectief }, netwerk: { oordeel: netwerk }, werkDagbesteding: { oordeel: werkDagbesteding },
  ondersteuning: { oordeel: ondersteuning }, justitieel: { oordeel: justitieel },
});

const gewogen = (herkomstgemeente: string | null, doelgemeente: string, kandidaten: GewogenZaak['kandidaten'] = []): GewogenZaak => ({ herkomstgemeente, doelgemeente, kandidaten });

const blijft = gewogen(DEN_HAAG, DEN_HAAG, [{ gemeenteCbs: DEN_HAAG, criteria: criteria('voor', 'voor', 'voor', 'voor', 'neutraal') }]);
const naarDelft = gewogen(DEN_HAAG, DELFT, [
  { gemeenteCbs: DEN_HAAG, criteria: criteria('tegen', 'tegen', 'tegen', 'tegen', 'tegen') },
  { gemeenteCbs: DELFT, criteria: criteria('voor', 'voor', 'neutraal', 'tegen', 'neutraal') },
]);
const naarZoetermeer = gewogen(DELFT, ZOETERMEER, [
  { gemeenteCbs: DELFT, criteria: criteria('tegen', 'neutraal', 'tegen', 'tegen', 'voor') },
  { gemeenteCbs: ZOETERMEER, criteria: criteria('neutraal', 'voor', 'voor', 'voor', 'neutraal') },
]);

describe('isVerschoven', () => {
  it.each<[string, GewogenZaak, boolean]>([
    ['woonstart in the herkomstgemeente', blijft, false],
    ['woonstart in another gemeente of the region', naarDelft, true],
    ['herkomst outside the region: never counted as a move', gewogen(LEIDEN, DEN_HAAG), false],
    ['no herkomst established', gewogen(null, DEN_HAAG), false],
    ['a version-1 weighing without candidates still moves', gewogen(DELFT, DEN_HAAG), true],
  ])('%s', (_naam, zaak, verwacht) => {
    expect(isVerschoven(zaak)).toBe(verwacht);
  });
});

describe('beslissendeCriteria', () => {
  it.each<[string, GewogenZaak, string[]]>([
    ['the criteria judged voor for the chosen gemeente, not for the herkomst', naarDelft, ['perspectief', 'netwerk']],
    ['justitieel counts when it speaks for the chosen gemeente', gewogen(DELFT, DEN_HAAG, [{ gemeenteCbs: DEN_HAAG, criteria: criteria('tegen', 'tegen', 'tegen', 'tegen', 'voor') }]), ['justitieel']],
    ['no candidate for the chosen gemeente', gewogen(DELFT, DEN_HAAG, [{ gemeenteCbs: DELFT, criteria: criteria('voor', 'voor', 'voor', 'voor', 'voor') }]), []],
    ['no candidates at all (version 1)', gewogen(DELFT, DEN_HAAG), []],
    ['incomplete criteria are skipped', gewogen(DELFT, DEN_HAAG, [{ gemeenteCbs: DEN_HAAG, criteria: { netwerk: { oordeel: 'voor' } } }]), ['netwerk']],
  ])('%s', (_naam, zaak, verwacht) => {
    expect(beslissendeCriteria(zaak)).toEqual(verwacht);
  });
});

describe('telVerschuivingen', () => {
  it('counts per herkomstgemeente with the share moved, and the deciding criteria over all moves', () => {
    const r = telVerschuivingen([blijft, blijft, naarDelft, naarZoetermeer, gewogen(LEIDEN, DEN_HAAG), gewogen(null, DELFT)], [DEN_HAAG, DELFT, ZOETERMEER]);
    expect(r.perHerkomst).toEqual([
      { herkomstgemeente: DEN_HAAG, gewogen: 3, verschoven: 1, aandeel: 33.3 },
      { herkomstgemeente: DELFT, gewogen: 1, verschoven: 1, aandeel: 100 },
      { herkomstgemeente: ZOETERMEER, gewogen: 0, verschoven: 0, aandeel: null },
    ]);
    expect(r).toMatchObject({ gewogen: 4, verschoven: 2, aandeel: 50, zonderCriteria: 0 });
    expect(r.criteria).toEqual([
      { criterium: 'perspectief', aantal: 1, aandeel: 50 },
      { criterium: 'netwerk', aantal: 2, aandeel: 100 },
      { criterium: 'werkDagbesteding', aantal: 1, aandeel: 50 },
      { criterium: 'ondersteuning', aantal: 1, aandeel: 50 },
      { criterium: 'justitieel', aantal: 0, aandeel: 0 },
    ]);
  });

  it('only counts the herkomstgemeenten asked for (a centrumregio)', () => {
    const r = telVerschuivingen([blijft, naarDelft, naarZoetermeer], [DELFT]);
    expect(r).toMatchObject({ gewogen: 1, verschoven: 1 });
    expect(r.criteria.find((c) => c.criterium === 'werkDagbesteding')).toEqual({ criterium: 'werkDagbesteding', aantal: 1, aandeel: 100 });
  });

  it('nothing weighed: every share is null', () => {
    const r = telVerschuivingen([], [DEN_HAAG]);
    expect(r).toMatchObject({ gewogen: 0, verschoven: 0, aandeel: null, zonderCriteria: 0 });
    expect(r.criteria.every((c) => c.aantal === 0 && c.aandeel === null)).toBe(true);
  });

  it('counts moves from a version-1 weighing without criteria separately', () => {
    const r = telVerschuivingen([gewogen(DELFT, DEN_HAAG), naarDelft], [DEN_HAAG, DELFT]);
    expect(r).toMatchObject({ verschoven: 2, zonderCriteria: 1 });
    expect(r.criteria.find((c) => c.criterium === 'netwerk')?.aantal).toBe(1);
  });
});

describe('telVerschuivingen with grouped rows (aantal)', () => {
  it('a row with aantal n counts as n alike cases', () => {
    const los = [blijft, blijft, blijft, naarDelft, naarDelft, naarZoetermeer, gewogen(DELFT, DEN_HAAG), gewogen(DELFT, DEN_HAAG), gewogen(null, DELFT)];
    const gegroepeerd = [{ ...blijft, aantal: 3 }, { ...naarDelft, aantal: 2 }, naarZoetermeer, { ...gewogen(DELFT, DEN_HAAG), aantal: 2 }, gewogen(null, DELFT)];
    const verwacht = telVerschuivingen(los, [DEN_HAAG, DELFT, ZOETERMEER]);
    expect(telVerschuivingen(gegroepeerd, [DEN_HAAG, DELFT, ZOETERMEER])).toEqual(verwacht);
    expect(verwacht).toMatchObject({ gewogen: 8, verschoven: 5, zonderCriteria: 2 });
  });
});
