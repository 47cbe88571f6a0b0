import { CSV_KOLOMMEN, type CsvKolom } from './woning-csv.parser';
import { leesBedrag, leesDatum, zetCsvRegelOm } from './woning-csv-regel.mapper';
import type { WijkRef } from './woning-ligging.rule';

const WIJKEN: WijkRef[] = [
  { code: 'WK051801', naam: 'Centrum', gemeenteCbs: '0518' },
  { code: 'WK051802', naam: 'Schilderswijk', gemeenteCbs: '0518' },
  { code: 'WK050301', naam: 'Binnenstad', gemeenteCbs: '0503' },
  { code: 'WK063701', naam: 'Centrum', gemeenteCbs: '0637' },
];
const GOED: Record<CsvKolom, string> = {
  adres: 'Hoefkade 12, Den Haag', postcode: '2526ab', gemeente: '0518', wijk: 'Schilderswijk', complex: 'Complex 1204', huurprijs: '612,50',
  woningtype: 'Appartement', kamers: '2', verdieping: '3', lift: 'ja', nultreden: 'Nee', rolstoel: '0', labels: 'Jongeren| prikkelarm', beschikbaar_vanaf: '1-2-2026',
};
const regel = (anders: Partial<Record<CsvKolom, string>>) => zetCsvRegelOm({ ...GOED, ...anders }, WIJKEN);

describe('zetCsvRegelOm', () => {
  it('converts a good line to the DTO input', () => {
    expect(Object.keys(GOED).sort()).toEqual([...CSV_KOLOMMEN].sort());
    expect(regel({})).toEqual({
      invoer: {
        adres: 'Hoefkade 12, Den Haag', postcode: '2526 AB', complex: 'Complex 1204', gemeenteCbs: '0518', wijkCode: 'WK051802', huurprijs: 612.5,
        woningtype: 'appartement', kamers: 2, verdieping: 3, lift: true, nultreden: false, rolstoeltoegankelijk: false,
        labels: ['jongeren', 'prikkelarm'], beschikbaarVanaf: '2026-02-01',
      },
      foutVelden: new Set(), fouten: [],
    });
  });

  it.each([
    ['the gemeente by name and the wijk by code', { gemeente: 'den haag', wijk: 'wk051801' }, { gemeenteCbs: '0518', wijkCode: 'WK051801' }],
    ['a CBS code without its leading zero (Excel)', { gemeente: '518' }, { gemeenteCbs: '0518' }],
    ["a wijk name that exists in two gemeenten: the one of the line's gemeente", { gemeente: 'Zoetermeer', wijk: 'centrum' }, { gemeenteCbs: '0637', wijkCode: 'WK063701' }],
    ['a wijk code of another gemeente (left to the ligging check)', { wijk: 'WK050301' }, { gemeenteCbs: '0518', wijkCode: 'WK050301' }],
    ['an empty complex and empty labels', { complex: ' ', labels: '' }, { complex: null, labels: [] }],
    ['an ISO date and true/1', { beschikbaar_vanaf: '2026-02-01', lift: 'TRUE', nultreden: '1' }, { beschikbaarVanaf: '2026-02-01', lift: true, nultreden: true }],
  ])('reads %s', (_naam, anders, verwacht) => {
    const r = regel(anders);
    expect(r.fouten).toEqual([]);
    expect(r.invoer).toMatchObject(verwacht);
  });

  it.each([
    ['an unknown gemeente (the wijk is not looked up then)', { gemeente: 'Amsterdam' }, ['gemeenteCbs', 'wijkCode'], /Gemeente 'Amsterdam' is onbekend/],
    ['an unknown wijk, listing those of the gemeente', { wijk: 'Atlantis' }, ['wijkCode'], /Wijk 'Atlantis' bestaat niet in Den Haag\. Kies een van: Centrum, Schilderswijk\./],
    ['rent as text', { huurprijs: 'zeshonderd' }, ['huurprijs'], /Huurprijs 'zeshonderd' is geen bedrag/],
    ['an unknown type', { woningtype: 'woonboot' }, ['woningtype'], /Woningtype 'woonboot' is onbekend/],
    ['rooms as a word', { kamers: 'twee' }, ['kamers'], /Kamers 'twee' is geen geheel getal/],
    ['a yes/no it cannot read', { rolstoel: 'misschien' }, ['rolstoeltoegankelijk'], /'rolstoel' bevat 'misschien': vul ja of nee in/],
    ['a date that does not exist', { beschikbaar_vanaf: '31-02-2026' }, ['beschikbaarVanaf'], /geen bestaande datum/],
    ['an empty address', { adres: '' }, ['adres'], /De kolom 'adres' is leeg/],
  ])('gives a reason for %s', (_naam, anders, velden, melding) => {
    const r = regel(anders);
    expect([...r.foutVelden]).toEqual(velden);
    expect(r.fouten).toEqual([expect.stringMatching(melding)]);
  });
});

describe('leesBedrag and leesDatum', () => {
  it.each([['612,50', 612.5], ['612.50', 612.5], ['€ 1.012,50', 1012.5], ['1,012.50', 1012.5], ['700', 700], ['zeshonderd', undefined], ['6,1,2', undefined], ['-5', undefined]])(
    'leesBedrag(%s) = %s', (in_, uit) => expect(leesBedrag(in_)).toBe(uit));
  it.each([['01-02-2026', '2026-02-01'], ['1/2/2026', '2026-02-01'], ['2026-02-01', '2026-02-01'], ['29-02-2025', undefined], ['2026/02/01', undefined]])(
    'leesDatum(%s) = %s', (in_, uit) => expect(leesDatum(in_)).toBe(uit));
});
