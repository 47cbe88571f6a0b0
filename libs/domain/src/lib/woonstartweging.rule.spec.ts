import {
  KANDIDAAT_BRON_LABEL,
  OORDEEL_LABEL,
  WEGING_CRITERIA,
  WEGING_CRITERIUM_INFO,
  type CriteriumBevinding,
  type Kandidaatgemeente,
  type KandidaatBron,
  type Oordeel,
  type WegingCriterium,
  type Woonstartweging,
} from './woonstartweging.model';
import { beoordeelWeging, telOordelen, vergelijkWegingen } from './woonstartweging.rule';

const BEVINDINGEN: Record<WegingCriterium, string> = {
  perspectief: 'Cliënt wil hier graag wonen en kan dat goed onderbouwen.',
  netwerk: 'Moeder en zus wonen op loopafstand.',
  werkDagbesteding: 'Werkt drie dagen per week bij een kringloopwinkel.',
  ondersteuning: 'Schuldhulpverlening loopt via het wijkteam.',
  justitieel: 'Geen lopende maatregelen.',
};

type Oordelen = Partial<Record<WegingCriterium, Oordeel>>;

const criteria = (oordelen: Oordelen = {}): Record<WegingCriterium, CriteriumBevinding> =>
  Object.fromEntries(WEGING_CRITERIA.map((c) => [c, { bevinding: BEVINDINGEN[c], oordeel: oordelen[c] ?? 'neutraal' }])) as Record<WegingCriterium, CriteriumBevinding>;

const kandidaat = (gemeenteCbs: string, gemeenteNaam: string, bron: KandidaatBron, oordelen: Oordelen = {}): Kandidaatgemeente =>
  ({ gemeenteCbs, gemeenteNaam, bron, criteria: criteria(oordelen) });

/** Den Haag as herkomst: 3 voor, 1 tegen (an area ban), 1 neutraal. */
const DEN_HAAG = kandidaat('0518', 'Den Haag', 'herkomst', { perspectief: 'voor', netwerk: 'voor', werkDagbesteding: 'voor', justitieel: 'tegen' });
/** Delft proposed by the committee: 2 voor, 0 tegen. */
const DELFT = kandidaat('0503', 'Delft', 'commissie', { netwerk: 'voor', ondersteuning: 'voor' });
/** Rotterdam, the client's wish, outside the region. */
const ROTTERDAM = kandidaat('0599', 'Rotterdam', 'wensClient', { perspectief: 'voor' });
/** Zoetermeer as herkomst with more against than for: 1 voor, 3 tegen. */
const ZOETERMEER_NEGATIEF = kandidaat('0637', 'Zoetermeer', 'herkomst', { perspectief: 'voor', netwerk: 'tegen', ondersteuning: 'tegen', justitieel: 'tegen' });
/** Zoetermeer with as many for as against: 2 voor, 2 tegen. */
const ZOETERMEER_GELIJK = kandidaat('0637', 'Zoetermeer', 'herkomst', { perspectief: 'voor', werkDagbesteding: 'voor', netwerk: 'tegen', justitieel: 'tegen' });

const weging = (kandidaten: Kandidaatgemeente[], doelgemeenteCbs: string, motivering: string | null = null, wensClient: string | null = null): Woonstartweging =>
  ({ kandidaten, doelgemeenteCbs, motivering, wensClient });

const metCriterium = (k: Kandidaatgemeente, c: WegingCriterium, waarde: unknown): Kandidaatgemeente =>
  ({ ...k, criteria: { ...k.criteria, [c]: waarde } as Record<WegingCriterium, CriteriumBevinding> });

const MOTIVERING = 'Netwerk en schuldhulp in Delft geven een betere kans op een goede woonstart.';

describe('woonstartweging model', () => {
  it('has a Dutch label and a one-line explanation for each of the five criteria', () => {
    expect(WEGING_CRITERIA).toEqual(['perspectief', 'netwerk', 'werkDagbesteding', 'ondersteuning', 'justitieel']);
    for (const c of WEGING_CRITERIA) {
      expect(WEGING_CRITERIUM_INFO[c].code).toBe(c);
      expect(WEGING_CRITERIUM_INFO[c].label.length).toBeGreaterThan(3);
      expect(WEGING_CRITERIUM_INFO[c].toelichting).toMatch(/\?$/);
      expect(WEGING_CRITERIUM_INFO[c].toelichting).not.toContain('\n');
    }
    expect(WEGING_CRITERIUM_INFO.ondersteuning.toelichting).toContain('schuldhulpverlening');
    expect(WEGING_CRITERIUM_INFO.justitieel.toelichting).toContain('gebiedsverbod');
  });

  it('labels every judgement and every source', () => {
    expect(Object.keys(OORDEEL_LABEL).sort()).toEqual(['neutraal', 'tegen', 'voor']);
    expect(KANDIDAAT_BRON_LABEL).toEqual({ herkomst: 'herkomst', commissie: 'commissie', wensClient: 'wens cliënt' });
  });
});

describe('telOordelen', () => {
  it.each<[string, Kandidaatgemeente, { voor: number; tegen: number; neutraal: number }]>([
    ['Den Haag', DEN_HAAG, { voor: 3, tegen: 1, neutraal: 1 }],
    ['Delft', DELFT, { voor: 2, tegen: 0, neutraal: 3 }],
    ['all neutral', kandidaat('0603', 'Rijswijk', 'commissie'), { voor: 0, tegen: 0, neutraal: 5 }],
    ['a missing criterion counts as none', metCriterium(DELFT, 'netwerk', undefined), { voor: 1, tegen: 0, neutraal: 3 }],
    ['an unknown judgement counts as none', metCriterium(DELFT, 'netwerk', { bevinding: 'x', oordeel: 'misschien' }), { voor: 1, tegen: 0, neutraal: 3 }],
  ])('%s', (_naam, k, verwacht) => {
    expect(telOordelen(k)).toEqual(verwacht);
  });
});

describe('beoordeelWeging', () => {
  interface Verwacht {
    geldig: boolean;
    velden: string[];
    afwijkingVanHerkomst: boolean;
  }
  const ok = (afwijkingVanHerkomst = false): Verwacht => ({ geldig: true, velden: [], afwijkingVanHerkomst });
  const fout = (velden: string[], afwijkingVanHerkomst = false): Verwacht => ({ geldig: false, velden, afwijkingVanHerkomst });

  it.each<[string, Woonstartweging, string | null, Verwacht]>([
    ['herkomst first and chosen, no motivation needed', weging([DEN_HAAG, DELFT], '0518'), '0518', ok()],
    ['herkomst as the only candidate', weging([DEN_HAAG], '0518'), '0518', ok()],
    ['another gemeente chosen with a motivation', weging([DEN_HAAG, DELFT], '0503', MOTIVERING), '0518', ok(true)],
    ['another gemeente chosen without a motivation', weging([DEN_HAAG, DELFT], '0503'), '0518', fout(['motivering'], true)],
    ['another gemeente chosen with a blank motivation', weging([DEN_HAAG, DELFT], '0503', '   '), '0518', fout(['motivering'], true)],
    ['no candidates at all', weging([], '0518'), '0518', fout(['kandidaten', 'doelgemeenteCbs'])],
    ['herkomst weighed second', weging([DELFT, DEN_HAAG], '0518'), '0518', fout(['kandidaten.0.gemeenteCbs'])],
    ['herkomst not weighed at all', weging([DELFT], '0503', MOTIVERING), '0518', fout(['kandidaten.0.gemeenteCbs'], true)],
    ['the same gemeente twice', weging([DEN_HAAG, DELFT, { ...DELFT, bron: 'wensClient' }], '0518', null, 'Wil bij zijn zus in Delft wonen.'), '0518', fout(['kandidaten.2.gemeenteCbs'])],
    ['an empty finding', weging([DEN_HAAG, metCriterium(DELFT, 'netwerk', { bevinding: '', oordeel: 'voor' })], '0518'), '0518', fout(['kandidaten.1.criteria.netwerk.bevinding'])],
    ['a finding of only spaces', weging([metCriterium(DEN_HAAG, 'justitieel', { bevinding: '  ', oordeel: 'tegen' })], '0518'), '0518', fout(['kandidaten.0.criteria.justitieel.bevinding'])],
    ['a criterion missing entirely', weging([DEN_HAAG, metCriterium(DELFT, 'ondersteuning', undefined)], '0518'), '0518',
      fout(['kandidaten.1.criteria.ondersteuning.bevinding', 'kandidaten.1.criteria.ondersteuning.oordeel'])],
    ['an unknown judgement', weging([metCriterium(DEN_HAAG, 'netwerk', { bevinding: 'Broer in Escamp.', oordeel: 'misschien' })], '0518'), '0518',
      fout(['kandidaten.0.criteria.netwerk.oordeel'])],
    ['the doelgemeente is not among the candidates', weging([DEN_HAAG, DELFT], '0603', MOTIVERING), '0518', fout(['doelgemeenteCbs'], true)],
    ['the doelgemeente is outside the region', weging([DEN_HAAG, ROTTERDAM], '0599', 'Wens cliënt.', 'Terug naar Rotterdam-Zuid.'), '0518', fout(['doelgemeenteCbs'], true)],
    ['the doelgemeente is outside the region and not a candidate', weging([DEN_HAAG], '0546', 'Wens cliënt.'), '0518', fout(['doelgemeenteCbs', 'doelgemeenteCbs'], true)],
    ['no doelgemeente chosen', weging([DEN_HAAG], ''), '0518', fout(['doelgemeenteCbs'])],
    ['herkomst chosen with more against than for, no motivation', weging([ZOETERMEER_NEGATIEF], '0637'), '0637', fout(['motivering'])],
    ['herkomst chosen with more against than for, with motivation', weging([ZOETERMEER_NEGATIEF], '0637', 'Geen betere kandidaat.'), '0637', ok()],
    ['as many against as for needs no motivation', weging([ZOETERMEER_GELIJK], '0637'), '0637', ok()],
    ['another gemeente with more against than for: one message', weging([DEN_HAAG, { ...ZOETERMEER_NEGATIEF, bron: 'commissie' }], '0637'), '0518', fout(['motivering'], true)],
    ['herkomst unknown: the choice needs a motivation', weging([DELFT], '0503'), null, fout(['motivering'])],
    ['herkomst unknown, with motivation', weging([DELFT], '0503', MOTIVERING), null, ok()],
    ['herkomst given as an empty string counts as unknown', weging([DELFT], '0503', MOTIVERING), '', ok()],
    ['herkomst unknown, yet a candidate claims to be herkomst', weging([{ ...DELFT, bron: 'herkomst' }], '0503', MOTIVERING), null, fout(['kandidaten.0.bron'])],
    ['a candidate wrongly marked as herkomst', weging([DEN_HAAG, { ...DELFT, bron: 'herkomst' }], '0518'), '0518', fout(['kandidaten.1.bron'])],
    ['the herkomstgemeente marked as a committee candidate', weging([{ ...DEN_HAAG, bron: 'commissie' }], '0518'), '0518', fout(['kandidaten.0.bron'])],
    ['an unknown source', weging([{ ...DEN_HAAG, bron: 'buurman' as KandidaatBron }], '0518'), '0518', fout(['kandidaten.0.bron'])],
    ['a wish of the client without describing the wish', weging([DEN_HAAG, ROTTERDAM], '0518'), '0518', fout(['wensClient'])],
    ['two wishes without describing them: one message', weging([DEN_HAAG, ROTTERDAM, { ...DELFT, bron: 'wensClient' }], '0518'), '0518', fout(['wensClient'])],
    ['a wish of the client, described', weging([DEN_HAAG, ROTTERDAM], '0518', null, 'Wil terug naar Rotterdam-Zuid, waar zijn dochter woont.'), '0518', ok()],
    ['herkomst outside the region, a region gemeente chosen', weging([{ ...ROTTERDAM, bron: 'herkomst' }, { ...DEN_HAAG, bron: 'commissie' }], '0518', 'Rotterdam valt buiten de regio.'), '0599', ok(true)],
    ['herkomst outside the region chosen as doelgemeente', weging([{ ...ROTTERDAM, bron: 'herkomst' }], '0599'), '0599', fout(['doelgemeenteCbs'])],
    ['a CBS code that is not four digits', weging([DEN_HAAG, { ...DELFT, gemeenteCbs: '503' }], '0518'), '0518', fout(['kandidaten.1.gemeenteCbs'])],
    ['a candidate without a name', weging([DEN_HAAG, { ...DELFT, gemeenteNaam: ' ' }], '0518'), '0518', fout(['kandidaten.1.gemeenteNaam'])],
  ])('%s', (_naam, w, herkomst, verwacht) => {
    const uitkomst = beoordeelWeging(w, herkomst);
    expect({ geldig: uitkomst.geldig, velden: uitkomst.fouten.map((f) => f.veld), afwijkingVanHerkomst: uitkomst.afwijkingVanHerkomst }).toEqual(verwacht);
  });

  describe('messages', () => {
    const meldingen = (w: Woonstartweging, herkomst: string | null) => beoordeelWeging(w, herkomst).fouten.map((f) => f.melding);

    it('every message is Dutch and ends with a full stop', () => {
      const alle = [
        ...meldingen(weging([], ''), '0518'),
        ...meldingen(weging([DELFT, { ...DELFT, bron: 'herkomst' as const, gemeenteNaam: '' }], '0599'), '0518'),
        ...meldingen(weging([metCriterium(DEN_HAAG, 'netwerk', undefined), ROTTERDAM], '0546'), '0518'),
      ];
      expect(alle.length).toBeGreaterThan(6);
      for (const m of alle) {
        expect(m).toMatch(/\.$/);
        expect(m).not.toMatch(/\b(the|must|should|and|with)\b/i);
      }
    });

    it('asks for the herkomstgemeente first, by name', () => {
      expect(meldingen(weging([DELFT, DEN_HAAG], '0518'), '0518')).toEqual([
        'De herkomstgemeente (Den Haag) moet als eerste kandidaat worden gewogen: naar herkomstgemeente, tenzij.',
      ]);
    });

    it('names the herkomstgemeente from the region list when it is not a candidate', () => {
      expect(meldingen(weging([DELFT], '0503', MOTIVERING), '0518')[0]).toContain('(Den Haag)');
    });

    it('explains why a motivation is needed when deviating from herkomst', () => {
      expect(meldingen(weging([DEN_HAAG, DELFT], '0503'), '0518')).toEqual([
        'Een motivering is verplicht omdat de doelgemeente (Delft) afwijkt van de herkomstgemeente (Den Haag).',
      ]);
    });

    it('gives both reasons in one message', () => {
      expect(meldingen(weging([DEN_HAAG, { ...ZOETERMEER_NEGATIEF, bron: 'commissie' }], '0637'), '0518')).toEqual([
        'Een motivering is verplicht omdat de doelgemeente (Zoetermeer) afwijkt van de herkomstgemeente (Den Haag) en omdat voor Zoetermeer meer criteria tegen (3) dan voor (1) pleiten.',
      ]);
    });

    it('asks for a motivation when there is no herkomstgemeente', () => {
      expect(meldingen(weging([DELFT], '0503'), null)).toEqual(['Een motivering is verplicht omdat de herkomstgemeente niet is vastgesteld.']);
    });

    it('names the candidate and the criterion of an empty finding', () => {
      expect(meldingen(weging([DEN_HAAG, metCriterium(DELFT, 'werkDagbesteding', { bevinding: '', oordeel: 'neutraal' })], '0518'), '0518')).toEqual([
        'Vul de bevinding over werk, dagbesteding of opleiding in voor Delft.',
      ]);
    });

    it('says which candidate is doubled', () => {
      expect(meldingen(weging([DEN_HAAG, DELFT, { ...DELFT, bron: 'commissie' }], '0518'), '0518')).toEqual([
        'Delft staat al als kandidaat 2 op de lijst; weeg elke gemeente één keer.',
      ]);
    });

    it('explains the region limit of the doelgemeente', () => {
      expect(meldingen(weging([DEN_HAAG, ROTTERDAM], '0599', 'Wens.', 'Rotterdam.'), '0518')).toEqual([
        'De doelgemeente moet een van de negen gemeenten van de regio Haaglanden zijn; Rotterdam hoort daar niet bij.',
      ]);
    });
  });

  describe('samenvatting', () => {
    it('counts per candidate and ends with the conclusion', () => {
      expect(beoordeelWeging(weging([DEN_HAAG, DELFT], '0503', MOTIVERING), '0518').samenvatting).toEqual([
        'Den Haag (herkomst): 3 criteria voor, 1 tegen, 1 neutraal.',
        'Delft (commissie, doelgemeente): 2 criteria voor, 0 tegen, 3 neutraal.',
        'Woonstart in Delft, afwijkend van de herkomstgemeente Den Haag.',
      ]);
    });

    it('uses the singular for one criterion and leaves out zero neutral', () => {
      const k = kandidaat('0603', 'Rijswijk', 'herkomst', { perspectief: 'voor', netwerk: 'tegen', werkDagbesteding: 'tegen', ondersteuning: 'tegen', justitieel: 'tegen' });
      expect(beoordeelWeging(weging([k], '0603', 'Geen alternatief.'), '0603').samenvatting).toEqual([
        'Rijswijk (herkomst, doelgemeente): 1 criterium voor, 4 tegen.',
        'Woonstart in de herkomstgemeente Rijswijk.',
      ]);
    });

    it('labels the wish of the client and notes a missing herkomst', () => {
      expect(beoordeelWeging(weging([{ ...DELFT, bron: 'wensClient' }], '0503', MOTIVERING, 'Dicht bij zijn zus.'), null).samenvatting).toEqual([
        'Delft (wens cliënt, doelgemeente): 2 criteria voor, 0 tegen, 3 neutraal.',
        'Woonstart in Delft; de herkomstgemeente is niet vastgesteld.',
      ]);
    });

    it('is still given for an invalid weighing', () => {
      const uitkomst = beoordeelWeging(weging([DELFT, DEN_HAAG], '0518'), '0518');
      expect(uitkomst.geldig).toBe(false);
      expect(uitkomst.samenvatting).toHaveLength(3);
    });

    it('has no conclusion without a doelgemeente', () => {
      expect(beoordeelWeging(weging([DEN_HAAG], ''), '0518').samenvatting).toEqual(['Den Haag (herkomst): 3 criteria voor, 1 tegen, 1 neutraal.']);
    });
  });
});

describe('vergelijkWegingen', () => {
  const RIJSWIJK = kandidaat('0603', 'Rijswijk', 'commissie', { netwerk: 'voor' });
  const BASIS = weging([DEN_HAAG, DELFT], '0503', MOTIVERING, null);

  it.each<[string, Woonstartweging | null, Woonstartweging, string[]]>([
    ['nothing changed', BASIS, { ...BASIS, kandidaten: [...BASIS.kandidaten] }, []],
    ['only whitespace changed in the motivation', BASIS, { ...BASIS, motivering: `  ${MOTIVERING} ` }, []],
    ['the first version', null, BASIS, ['Weging vastgelegd met 2 kandidaatgemeenten; doelgemeente Delft.']],
    ['the first version with one candidate', null, weging([DEN_HAAG], '0518'), ['Weging vastgelegd met 1 kandidaatgemeente; doelgemeente Den Haag.']],
    ['the doelgemeente changed', BASIS, { ...BASIS, doelgemeenteCbs: '0518' }, ['Doelgemeente gewijzigd van Delft naar Den Haag.']],
    ['a candidate added', BASIS, { ...BASIS, kandidaten: [DEN_HAAG, DELFT, RIJSWIJK] }, ['Kandidaat Rijswijk toegevoegd.']],
    ['a candidate removed', weging([DEN_HAAG, DELFT, RIJSWIJK], '0503', MOTIVERING), BASIS, ['Kandidaat Rijswijk verwijderd.']],
    ['a judgement changed', BASIS, { ...BASIS, kandidaten: [DEN_HAAG, metCriterium(DELFT, 'netwerk', { bevinding: BEVINDINGEN.netwerk, oordeel: 'tegen' })] },
      ['Sociaal netwerk bij Delft: voor → tegen.']],
    ['a finding rewritten', BASIS, { ...BASIS, kandidaten: [DEN_HAAG, metCriterium(DELFT, 'ondersteuning', { bevinding: 'Schuldhulp is afgerond.', oordeel: 'voor' })] },
      ['Bevinding over lopende hulp en ondersteuning bij Delft aangepast.']],
    ['judgement and finding changed together', BASIS, { ...BASIS, kandidaten: [metCriterium(DEN_HAAG, 'justitieel', { bevinding: 'Gebiedsverbod is verlopen.', oordeel: 'neutraal' }), DELFT] },
      ['Justitiële situatie bij Den Haag: tegen → neutraal.', 'Bevinding over justitiële situatie bij Den Haag aangepast.']],
    ['the source changed', BASIS, { ...BASIS, kandidaten: [DEN_HAAG, { ...DELFT, bron: 'wensClient' }], wensClient: 'Bij zijn zus.' },
      ['Bron bij Delft: commissie → wens cliënt.', 'Wens van de cliënt toegevoegd.']],
    ['the wish removed and the motivation rewritten', { ...BASIS, wensClient: 'Bij zijn zus.' }, { ...BASIS, motivering: 'Andere reden.' },
      ['Wens van de cliënt verwijderd.', 'Motivering aangepast.']],
    ['the motivation removed', BASIS, { ...BASIS, motivering: null }, ['Motivering verwijderd.']],
    ['a realistic revision', BASIS, {
      kandidaten: [DEN_HAAG, metCriterium(DELFT, 'netwerk', { bevinding: 'Zus is verhuisd naar Zoetermeer.', oordeel: 'neutraal' }), RIJSWIJK],
      doelgemeenteCbs: '0603', motivering: 'Rijswijk biedt dagbesteding en begeleiding dichtbij.', wensClient: null,
    }, [
      'Doelgemeente gewijzigd van Delft naar Rijswijk.',
      'Kandidaat Rijswijk toegevoegd.',
      'Sociaal netwerk bij Delft: voor → neutraal.',
      'Bevinding over sociaal netwerk bij Delft aangepast.',
      'Motivering aangepast.',
    ]],
    ['the doelgemeente moved to a removed candidate keeps its old name', weging([DEN_HAAG, RIJSWIJK], '0603', 'x'), weging([DEN_HAAG], '0518', 'x'),
      ['Doelgemeente gewijzigd van Rijswijk naar Den Haag.', 'Kandidaat Rijswijk verwijderd.']],
  ])('%s', (_naam, oud, nieuw, verwacht) => {
    expect(vergelijkWegingen(oud, nieuw)).toEqual(verwacht);
  });

  it('does not depend on the order of the candidates', () => {
    expect(vergelijkWegingen(BASIS, { ...BASIS, kandidaten: [DELFT, DEN_HAAG] })).toEqual([]);
  });
});
