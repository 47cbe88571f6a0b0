import { stelBesluitbriefOp, stelNotulenOp, type BesluitbriefInput, type Brief } from '@woonstart/domain';
import { pdfInfo, pdfLopendeTekst, pdfPaginas } from '@woonstart/testing';
import { renderBriefPdf } from './pdf-renderer';

const BASIS: BesluitbriefInput = {
  zaaknummer: 'WS-2026-00042',
  datum: '2026-01-19',
  aanvrager: { naam: 'Noël Brouwer', adresregels: ['Laan van Meerdervoort 1', '2517 AA Den Haag'] },
  behandelendeGemeente: 'Den Haag',
  commissie: 'Toetsingscommissie Urgentie Haaglanden',
  categorieLabel: 'Medisch urgent',
  uitkomst: 'afwijzen',
  gronden: [
    { label: 'Geen urgent woonprobleem', tekst: 'Uw huidige woning is met aanpassingen bruikbaar; de ideeën over een traplift zijn reëel.' },
    { label: 'Op een andere manier op te lossen', tekst: 'Een traplift kan via de Wmo worden aangevraagd.' },
  ],
  motivering: 'Op grond van het medisch advies en uw situatie is er geen noodzaak om met voorrang te verhuizen.',
  medischAdvies: { urgent: false, woonvereisten: [] },
  zienswijze: { ontvangen: true, samenvatting: 'u vindt dat de trap in uw portiek ook een probleem is.' },
  bezwaarTermijnTot: '2026-03-02',
};

const ZELF_ZOEKEN: BesluitbriefInput = {
  ...BASIS,
  uitkomst: 'toekennen',
  route: 'zelfZoeken',
  gronden: [],
  geldigTot: '2026-04-19',
  zoekprofiel: { gemeenten: ['Den Haag', 'Rijswijk'], woningtypen: ['benedenwoning'], maxHuur: 879.66 },
  medischAdvies: { urgent: true, woonvereisten: ['gelijkvloers'] },
};

describe('renderBriefPdf', () => {
  it.each<[string, BesluitbriefInput, string[]]>([
    ['an afwijzing', BASIS, ['Wij wijzen uw aanvraag af.', 'Geachte Noël Brouwer,', 'de ideeën over een traplift zijn reëel.', 'Samengevat schreef u: u vindt dat de trap in uw portiek ook een probleem is.']],
    ['a toekenning for zelf zoeken', ZELF_ZOEKEN, [
      'Wij kennen u een urgentie toe. U krijgt een urgentieverklaring waarmee u zelf met voorrang een woning zoekt.',
      'De urgentieverklaring is geldig tot en met 19 april 2026.',
      '– maximale huur: € 879,66 per maand',
    ]],
  ])('renders %s as a readable PDF', async (_naam, input, zinnen) => {
    const pdf = await renderBriefPdf(stelBesluitbriefOp(input));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1024);
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');

    const tekst = pdfLopendeTekst(pdf);
    for (const zin of zinnen) expect(tekst).toContain(zin);
    // The Bezwaar paragraph with the last day in words and what an objection must contain (Awb 6:5).
    expect(tekst).toContain('Dat doet u binnen zes weken na de dag waarop dit besluit bekend is gemaakt, dus uiterlijk op 2 maart 2026.');
    expect(tekst).toContain('Stuur uw bezwaarschrift aan het college van burgemeester en wethouders van Den Haag.');
    expect(tekst).toContain('– het besluit waartegen u bezwaar maakt (kenmerk WS-2026-00042);');
    expect(tekst).toMatch(/Datum 19 januari 2026 Kenmerk WS-2026-00042 Onderwerp Besluit op uw aanvraag om urgentie \(Medisch urgent\)/);
    expect(tekst).toContain('ë');
    expect(tekst).not.toContain('2026-03-02');
  });

  it('puts the decision before the reasons and the Bezwaar paragraph after them', async () => {
    const tekst = pdfLopendeTekst(await renderBriefPdf(stelBesluitbriefOp(BASIS)));
    const plek = (zin: string) => {
      const i = tekst.indexOf(zin);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(plek('Noël Brouwer Laan van Meerdervoort 1 2517 AA Den Haag')).toBeLessThan(plek('Ons besluit Wij wijzen uw aanvraag af.'));
    expect(plek('Wij wijzen uw aanvraag af.')).toBeLessThan(plek('Gronden voor de afwijzing'));
    expect(plek('Gronden voor de afwijzing')).toBeLessThan(plek('Bezwaar Bent u het niet eens met dit besluit?'));
    expect(plek('Bezwaar Bent u')).toBeLessThan(plek('Met vriendelijke groet, burgemeester en wethouders van Den Haag, namens dezen,'));
  });

  it('writes Title, Author, Subject and the language nl-NL into the PDF', async () => {
    const info = pdfInfo(await renderBriefPdf(stelBesluitbriefOp(BASIS)));
    expect(info).toMatchObject({
      Title: 'Besluit: aanvraag om urgentie afgewezen',
      Author: 'Gemeente Den Haag, College van burgemeester en wethouders',
      Subject: 'Besluit op uw aanvraag om urgentie (Medisch urgent)',
      Keywords: 'kenmerk WS-2026-00042',
      Lang: 'nl-NL',
      CreationDate: 'D:20260119000000Z',
    });
  });

  it('numbers the pages "pagina x van y" with the footnote on every page', async () => {
    const lang = stelBesluitbriefOp({ ...BASIS, motivering: Array.from({ length: 40 }, (_, i) => `Overweging ${i + 1}: de feiten zijn zorgvuldig gewogen.`).join(' ') });
    const paginas = pdfPaginas(await renderBriefPdf(lang));
    expect(paginas.length).toBeGreaterThanOrEqual(2);
    paginas.forEach((pagina, i) => {
      expect(pagina.split('\n').at(-1)).toBe(`Besluit van de gemeente Den Haag, kenmerk WS-2026-00042 pagina ${i + 1} van ${paginas.length}`);
    });
    // A sentence wrapped over lines and pages is read back whole.
    expect(pdfLopendeTekst(await renderBriefPdf(lang))).toContain('Overweging 40: de feiten zijn zorgvuldig gewogen.');
  });

  it('keeps a long footnote on one footer line, cut off with an ellipsis', async () => {
    const brief: Brief = { ...stelBesluitbriefOp(BASIS), voetnoot: 'Vertrouwelijk – '.concat('zeer lange voetnoot '.repeat(20)) };
    const regels = pdfPaginas(await renderBriefPdf(brief))[0].split('\n');
    expect(regels.at(-1)).toMatch(/^Vertrouwelijk – zeer lange voetnoot .*… pagina 1 van \d+$/);
  });

  it('reads the same text from a compressed and an uncompressed file, and renders the same letter to the same bytes', async () => {
    const brief = stelBesluitbriefOp(ZELF_ZOEKEN);
    const [gecomprimeerd, leesbaar, nogmaals] = await Promise.all([
      renderBriefPdf(brief), renderBriefPdf(brief, { compress: false }), renderBriefPdf(brief),
    ]);
    expect(leesbaar.toString('latin1')).toMatch(/\] TJ/);
    expect(gecomprimeerd.length).toBeLessThan(leesbaar.length);
    expect(pdfPaginas(leesbaar)).toEqual(pdfPaginas(gecomprimeerd));
    expect(nogmaals.equals(gecomprimeerd)).toBe(true);
  });

  it('transliterates names outside WinAnsi instead of writing broken codes', async () => {
    const tekst = pdfLopendeTekst(await renderBriefPdf(stelBesluitbriefOp({ ...BASIS, aanvrager: { naam: 'Gülşen Yılmaz-Łukasz' } })));
    expect(tekst).toContain('Geachte Gülsen Yilmaz-Lukasz,');
  });

  it('renders minutes with the tally per case', async () => {
    const notulen = stelNotulenOp({
      commissie: 'Toetsingscommissie Urgentie Haaglanden',
      vergaderdatum: '2026-01-14',
      aanwezigen: ['A. de Vries', 'J. Öztürk', 'E. Janssen'],
      zaken: [{
        zaaknummer: 'WS-2026-00042',
        onderwerp: 'Uitstroom Beschermd Wonen',
        standpunten: [
          { lid: 'A. de Vries', standpunt: 'voor' },
          { lid: 'J. Öztürk', standpunt: 'voor', opmerking: 'netwerk in Delft' },
          { lid: 'E. Janssen', standpunt: 'onthouding' },
        ],
        uitkomst: 'Advies aan het college: toekennen, directe bemiddeling.',
      }],
    });
    const pdf = await renderBriefPdf(notulen);
    const tekst = pdfLopendeTekst(pdf);
    expect(tekst).toContain('Verslag van de vergadering van 14 januari 2026');
    expect(tekst).toContain('– J. Öztürk: voor (netwerk in Delft)');
    expect(tekst).toContain('Stemming: 2 voor, 0 tegen, 1 onthouding.');
    expect(pdfInfo(pdf).Title).toBe('Notulen Toetsingscommissie Urgentie Haaglanden');
  });

  it('rejects a letter with an impossible date', async () => {
    const brief: Brief = { ...stelBesluitbriefOp(BASIS), datum: '2026-02-30' };
    await expect(renderBriefPdf(brief)).rejects.toThrow(/geen geldige datum/);
  });
});
