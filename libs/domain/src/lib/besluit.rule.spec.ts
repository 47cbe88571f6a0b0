import {
  MAX_GELDIGHEID_MAANDEN,
  MIN_GELDIGHEID_MAANDEN,
  STANDAARD_GELDIGHEID_MAANDEN,
  beoordeelBesluitvoorstel,
  type BesluitContext,
  type Besluitvoorstel,
  type Zoekprofiel,
} from './besluit.rule';

const MOTIVERING = 'De aanvrager verlaat beschermd wonen en heeft een passende woning nodig.';

/** An uitstromer beschermd wonen who accepted begeleiding; decided in 2026. */
const BW: BesluitContext = { categorie: 'BW', begeleidingAkkoord: true, medischAdviesUitgebracht: null, zienswijzeGehad: false, besluitdatum: '2026-03-10' };
/** A medical urgent whose advice is in. */
const MED: BesluitContext = { categorie: 'MED', begeleidingAkkoord: false, medischAdviesUitgebracht: true, zienswijzeGehad: false, besluitdatum: '2026-03-10' };

const PROFIEL: Zoekprofiel = { gemeenten: ['0518', '0603'], woningtypen: ['appartement'], maxHuur: 713.02 };

const bemiddeling: Besluitvoorstel = { uitkomst: 'toekennen', route: 'bemiddeling', motivering: MOTIVERING };
const zelfZoeken = (zoekprofiel: Zoekprofiel | null = PROFIEL, geldigheidMaanden?: number): Besluitvoorstel => ({
  uitkomst: 'toekennen', route: 'zelfZoeken', motivering: MOTIVERING,
  ...(zoekprofiel === null ? {} : { zoekprofiel }),
  ...(geldigheidMaanden === undefined ? {} : { geldigheidMaanden }),
});
const afwijzen = (gronden: string[] | undefined, extra: Partial<Besluitvoorstel> = {}): Besluitvoorstel =>
  ({ uitkomst: 'afwijzen', gronden, motivering: 'Het huisvestingsprobleem kan anders worden opgelost.', ...extra });

interface Verwacht {
  geldig: boolean;
  velden: string[];
  zienswijzeNodig: boolean;
  kanBesluiten: boolean;
}
const ok = (): Verwacht => ({ geldig: true, velden: [], zienswijzeNodig: false, kanBesluiten: true });
const fout = (...velden: string[]): Verwacht => ({ geldig: false, velden, zienswijzeNodig: false, kanBesluiten: false });
const eerstZienswijze = (velden: string[] = []): Verwacht => ({ geldig: velden.length === 0, velden, zienswijzeNodig: true, kanBesluiten: false });

describe('beoordeelBesluitvoorstel', () => {
  it.each<[string, Besluitvoorstel, BesluitContext, Verwacht]>([
    // motivation, Awb 3:46
    ['direct mediation with support accepted', bemiddeling, BW, ok()],
    ['no motivation', { ...bemiddeling, motivering: '' }, BW, fout('motivering')],
    ['a motivation of only spaces', { ...bemiddeling, motivering: ' \n ' }, BW, fout('motivering')],
    ['a refusal without motivation', afwijzen(['GEEN_URGENT_PROBLEEM'], { motivering: '' }), BW, fout('motivering')],
    ['an unknown outcome', { ...bemiddeling, uitkomst: 'uitstellen' as Besluitvoorstel['uitkomst'] }, BW, fout('uitkomst')],

    // granting: the route and its conditions
    ['a grant without a route', { uitkomst: 'toekennen', motivering: MOTIVERING }, BW, fout('route')],
    ['a grant with an unknown route', { ...bemiddeling, route: 'loting' as Besluitvoorstel['route'] }, BW, fout('route')],
    ['direct mediation without support accepted', bemiddeling, { ...BW, begeleidingAkkoord: false }, fout('route')],
    ['a grant with refusal grounds', { ...bemiddeling, gronden: ['VOORZIENBAAR'] }, BW, fout('gronden')],
    ['a grant with an empty list of grounds', { ...bemiddeling, gronden: [] }, BW, ok()],
    ['search yourself, default validity', zelfZoeken(), BW, ok()],
    ['search yourself without support accepted is fine', zelfZoeken(), { ...BW, begeleidingAkkoord: false }, ok()],
    ['search yourself, one month', zelfZoeken(PROFIEL, 1), BW, ok()],
    ['search yourself, twelve months', zelfZoeken(PROFIEL, 12), BW, ok()],
    ['search yourself, zero months', zelfZoeken(PROFIEL, 0), BW, fout('geldigheidMaanden')],
    ['search yourself, thirteen months', zelfZoeken(PROFIEL, 13), BW, fout('geldigheidMaanden')],
    ['search yourself, two and a half months', zelfZoeken(PROFIEL, 2.5), BW, fout('geldigheidMaanden')],
    ['search yourself without a zoekprofiel', zelfZoeken(null), BW, fout('zoekprofiel')],
    ['a zoekprofiel without gemeenten', zelfZoeken({ ...PROFIEL, gemeenten: [] }), BW, fout('zoekprofiel.gemeenten')],
    ['a zoekprofiel with only Rotterdam', zelfZoeken({ ...PROFIEL, gemeenten: ['0599'] }), BW, fout('zoekprofiel.gemeenten.0', 'zoekprofiel.gemeenten')],
    ['a zoekprofiel with Den Haag and Leiden', zelfZoeken({ ...PROFIEL, gemeenten: ['0518', '0546'] }), BW, fout('zoekprofiel.gemeenten.1')],
    ['a zoekprofiel with a gemeente twice', zelfZoeken({ ...PROFIEL, gemeenten: ['0503', '0503'] }), BW, fout('zoekprofiel.gemeenten.1')],
    ['all nine gemeenten', zelfZoeken({ ...PROFIEL, gemeenten: ['0503', '0518', '1916', '1842', '1926', '0603', '0629', '1783', '0637'] }), BW, ok()],
    ['a blank dwelling type', zelfZoeken({ ...PROFIEL, woningtypen: ['appartement', ' '] }), BW, fout('zoekprofiel.woningtypen.1')],
    ['no dwelling types: any suitable type', zelfZoeken({ ...PROFIEL, woningtypen: [] }), BW, ok()],
    ['no rent limit of its own', zelfZoeken({ ...PROFIEL, maxHuur: null }), BW, ok()],
    ['rent exactly the liberalisatiegrens 2026', zelfZoeken({ ...PROFIEL, maxHuur: 932.93 }), BW, ok()],
    ['rent one cent above the liberalisatiegrens 2026', zelfZoeken({ ...PROFIEL, maxHuur: 932.94 }), BW, fout('zoekprofiel.maxHuur')],
    ['rent of 2026 in a 2025 decision', zelfZoeken({ ...PROFIEL, maxHuur: 932.93 }), { ...BW, besluitdatum: '2025-12-31' }, fout('zoekprofiel.maxHuur')],
    ['rent exactly the liberalisatiegrens 2025', zelfZoeken({ ...PROFIEL, maxHuur: 900.07 }), { ...BW, besluitdatum: '2025-06-30' }, ok()],
    ['rent limit in a year without known limits', zelfZoeken(), { ...BW, besluitdatum: '2027-01-04' }, fout('zoekprofiel.maxHuur')],
    ['no rent limit in a year without known limits', zelfZoeken({ ...PROFIEL, maxHuur: null }), { ...BW, besluitdatum: '2027-01-04' }, ok()],
    ['a rent limit with an invalid decision date', zelfZoeken(), { ...BW, besluitdatum: '10-03-2026' }, fout('besluitdatum')],
    ['a rent limit of zero', zelfZoeken({ ...PROFIEL, maxHuur: 0 }), BW, fout('zoekprofiel.maxHuur')],
    ['a negative rent limit', zelfZoeken({ ...PROFIEL, maxHuur: -500 }), BW, fout('zoekprofiel.maxHuur')],
    ['a rent limit that is not a number', zelfZoeken({ ...PROFIEL, maxHuur: Number.NaN }), BW, fout('zoekprofiel.maxHuur')],

    // refusing: grounds
    ['a refusal on one ground', afwijzen(['ANDERS_OPLOSBAAR']), BW, ok()],
    ['a refusal without grounds', afwijzen(undefined), BW, fout('gronden')],
    ['a refusal with an empty list', afwijzen([]), BW, fout('gronden')],
    ['a refusal because no dwelling is left behind', afwijzen(['GEEN_WONING_ACHTERGELATEN']), BW, fout('gronden.0')],
    ['a refusal because of a period without a lawful dwelling', afwijzen(['VOORZIENBAAR', 'GEEN_RECHTMATIGE_WOONRUIMTE_GEHAD']), { ...BW, categorie: 'MO' }, fout('gronden.1')],
    ['an income test for vrouwenopvang', afwijzen(['INKOMEN_TE_HOOG']), { ...BW, categorie: 'VO' }, fout('gronden.0')],
    ['a refusal with a route', afwijzen(['ANDERS_OPLOSBAAR'], { route: 'zelfZoeken' }), BW, fout('route')],

    // medical advice
    ['MED with the advice in, granted', { ...zelfZoeken(), motivering: 'Medisch urgent volgens het advies.' }, MED, ok()],
    ['MED while the advice is still out', zelfZoeken(), { ...MED, medischAdviesUitgebracht: false }, fout('medischAdvies')],
    ['MED with the advice marked as not required', zelfZoeken(), { ...MED, medischAdviesUitgebracht: null }, fout('medischAdvies')],
    ['another category with a required advice still out', bemiddeling, { ...BW, categorie: 'GGZ', medischAdviesUitgebracht: false }, fout('medischAdvies')],

    // zienswijze, Awb 4:7
    ['MED refused on the advice: first a zienswijze', afwijzen(['GEEN_URGENT_PROBLEEM']), MED, eerstZienswijze()],
    ['MED refused after the zienswijze', afwijzen(['GEEN_URGENT_PROBLEEM']), { ...MED, zienswijzeGehad: true }, ok()],
    ['MED refused on the applicant\'s own facts only', afwijzen(['VOORZIENBAAR'], { steuntOpFeitenNietVanAanvrager: false }), MED, ok()],
    ['a refusal resting on facts from the care institution', afwijzen(['NIET_IN_CATEGORIE'], { steuntOpFeitenNietVanAanvrager: true }), BW, eerstZienswijze()],
    ['a refusal without outside facts needs no zienswijze', afwijzen(['NIET_IN_CATEGORIE']), BW, ok()],
    ['an invalid refusal that also needs a zienswijze', afwijzen(['GEEN_WONING_ACHTERGELATEN']), MED, eerstZienswijze(['gronden.0'])],
    ['a grant never needs a zienswijze', zelfZoeken(), { ...MED, zienswijzeGehad: false }, ok()],
  ])('%s', (_naam, voorstel, context, verwacht) => {
    const oordeel = beoordeelBesluitvoorstel(voorstel, context);
    expect({
      geldig: oordeel.geldig,
      velden: oordeel.fouten.map((f) => f.veld),
      zienswijzeNodig: oordeel.zienswijzeNodig,
      kanBesluiten: oordeel.kanBesluiten,
    }).toEqual(verwacht);
    for (const { melding } of oordeel.fouten) expect(melding).toMatch(/\.$/);
    for (const reden of oordeel.redenen) expect(reden).toMatch(/\.$/);
  });

  it('has the validity limits of the region', () => {
    expect([MIN_GELDIGHEID_MAANDEN, STANDAARD_GELDIGHEID_MAANDEN, MAX_GELDIGHEID_MAANDEN]).toEqual([1, 3, 12]);
  });

  describe('geldigheidMaanden', () => {
    it.each<[string, Besluitvoorstel, number | null]>([
      ['defaults to three months', zelfZoeken(), 3],
      ['takes the given months', zelfZoeken(PROFIEL, 6), 6],
      ['is null when out of range', zelfZoeken(PROFIEL, 24), null],
      ['is null for direct mediation', { ...bemiddeling, geldigheidMaanden: 6 }, null],
      ['is null for a refusal', afwijzen(['VOORZIENBAAR']), null],
    ])('%s', (_naam, voorstel, maanden) => {
      expect(beoordeelBesluitvoorstel(voorstel, BW).geldigheidMaanden).toBe(maanden);
    });
  });

  describe('messages and reasons', () => {
    it('cites Awb 3:46 for a missing motivation', () => {
      expect(beoordeelBesluitvoorstel({ ...bemiddeling, motivering: '' }, BW).fouten).toEqual([
        { veld: 'motivering', melding: 'Een besluit moet een deugdelijke motivering hebben (Awb 3:46): vul de motivering in.' },
      ]);
    });

    it('says direct mediation needs accepted support', () => {
      expect(beoordeelBesluitvoorstel(bemiddeling, { ...BW, begeleidingAkkoord: false }).fouten[0].melding)
        .toBe('Directe bemiddeling kan alleen als de aanvrager begeleiding heeft aanvaard: leg het akkoord vast of kies zelf zoeken.');
    });

    it('quotes the rent and the limit of the year in Dutch notation', () => {
      expect(beoordeelBesluitvoorstel(zelfZoeken({ ...PROFIEL, maxHuur: 950 }), BW).fouten).toEqual([{
        veld: 'zoekprofiel.maxHuur',
        melding: 'De maximale huur (€ 950,00) ligt boven de liberalisatiegrens van 2026 (€ 932,93): een urgentieverklaring geldt alleen voor sociale huurwoningen.',
      }]);
    });

    it('writes thousands with a point', () => {
      expect(beoordeelBesluitvoorstel(zelfZoeken({ ...PROFIEL, maxHuur: 1250 }), BW).fouten[0].melding).toContain('(€ 1.250,00)');
    });

    it('names the missing year of rent limits', () => {
      expect(beoordeelBesluitvoorstel(zelfZoeken(), { ...BW, besluitdatum: '2027-01-04' }).fouten[0].melding).toContain('De huurgrenzen voor 2027 zijn nog niet vastgelegd');
    });

    it('names a gemeente outside the region by its code', () => {
      expect(beoordeelBesluitvoorstel(zelfZoeken({ ...PROFIEL, gemeenten: ['0518', '0546'] }), BW).fouten[0].melding)
        .toBe('Gemeente 0546 hoort niet bij de regio Haaglanden; een urgentieverklaring geldt alleen in de regio.');
    });

    it('describes a grant to search yourself', () => {
      expect(beoordeelBesluitvoorstel(zelfZoeken(), BW).redenen).toEqual([
        'Toekenning met een urgentieverklaring om zelf te zoeken, geldig 3 maanden (standaard) in de regio Haaglanden.',
        'Zoekprofiel: Den Haag, Rijswijk; woningtype appartement; huur tot € 713,02.',
      ]);
    });

    it('describes a one-month grant without own limits', () => {
      expect(beoordeelBesluitvoorstel(zelfZoeken({ gemeenten: ['0503'], woningtypen: [], maxHuur: null }, 1), BW).redenen).toEqual([
        'Toekenning met een urgentieverklaring om zelf te zoeken, geldig 1 maand in de regio Haaglanden.',
        'Zoekprofiel: Delft; elk passend woningtype; huur tot de liberalisatiegrens.',
      ]);
    });

    it('describes direct mediation', () => {
      expect(beoordeelBesluitvoorstel(bemiddeling, BW).redenen).toEqual([
        'Toekenning met directe bemiddeling: de corporatie biedt een passende woning aan; de aanvrager heeft begeleiding aanvaard.',
      ]);
    });

    it('names the grounds and asks for a zienswijze on a medical refusal', () => {
      expect(beoordeelBesluitvoorstel(afwijzen(['GEEN_URGENT_PROBLEEM', 'ANDERS_OPLOSBAAR']), MED).redenen).toEqual([
        'Afwijzing op grond van: geen urgent huisvestingsprobleem; op een andere manier op te lossen.',
        'De afwijzing steunt op gegevens die de aanvrager niet zelf heeft verstrekt (zoals het medisch advies): geef de aanvrager eerst de gelegenheid een zienswijze te geven (Awb 4:7).',
        'Het medisch advies is uitgebracht en in het besluit meegewogen.',
      ]);
    });

    it('records that the zienswijze was given', () => {
      expect(beoordeelBesluitvoorstel(afwijzen(['GEEN_URGENT_PROBLEEM']), { ...MED, zienswijzeGehad: true }).redenen)
        .toContain('De aanvrager heeft een zienswijze gegeven op de gegevens van anderen waarop de afwijzing steunt (Awb 4:7).');
    });

    it('explains that a MED case waits for the advice', () => {
      expect(beoordeelBesluitvoorstel(zelfZoeken(), { ...MED, medischAdviesUitgebracht: false }).fouten).toEqual([
        { veld: 'medischAdvies', melding: 'Over een medische urgentie kan pas worden besloten als het medisch advies is uitgebracht.' },
      ]);
    });
  });
});
