import { WoonstartFout } from '@woonstart/domain';
import { ValidatieFout } from '../common/problem.model';
import { CSV_KOLOMMEN, MAX_CSV_REGELS, leesWoningenCsv } from './woning-csv.parser';

const KOP = CSV_KOLOMMEN.join(';');
const REGEL = 'Hoefkade 12, Den Haag;2526 AB;0518;Schilderswijk;Complex 1204;612,50;appartement;2;3;ja;ja;nee;jongeren|prikkelarm;01-02-2026';
const csv = (...regels: string[]) => Buffer.from(regels.join('\r\n'), 'utf8');

function fout(f: () => unknown): unknown {
  try { f(); } catch (e) { return e; }
  throw new Error('geen fout gegooid');
}

describe('leesWoningenCsv', () => {
  it('reads a ;-file with BOM and CRLF, numbering lines from the header (line 1)', () => {
    const inhoud = leesWoningenCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(KOP, REGEL, '', REGEL)]));
    expect(inhoud.scheidingsteken).toBe(';');
    expect(inhoud.regels.map((r) => r.regel)).toEqual([2, 4]);
    expect(inhoud.regels[0].waarden).toMatchObject({ adres: 'Hoefkade 12, Den Haag', huurprijs: '612,50', labels: 'jongeren|prikkelarm', beschikbaar_vanaf: '01-02-2026' });
  });

  it('reads a ,-file with quoted values and header names in any case and order', () => {
    const kop = ['Adres', 'POSTCODE', ...CSV_KOLOMMEN.slice(2).reverse()].join(',');
    const regel = ['"Hoefkade 12, Den Haag"', '2526 AB', '01-02-2026', '"jongeren,prikkelarm"', 'nee', 'ja', 'ja', '3', '2', 'appartement', '"612,50"', '', 'WK051802', 'Den Haag'].join(',');
    const inhoud = leesWoningenCsv(csv(kop, regel));
    expect(inhoud.scheidingsteken).toBe(',');
    expect(inhoud.regels[0].waarden).toMatchObject({ adres: 'Hoefkade 12, Den Haag', gemeente: 'Den Haag', wijk: 'WK051802', huurprijs: '612,50', labels: 'jongeren,prikkelarm', complex: '' });
  });

  it('refuses a wrong header naming the missing and unknown columns', () => {
    const e = fout(() => leesWoningenCsv(csv(KOP.replace('wijk', 'buurt').replace(';lift', ''), REGEL)));
    expect(e).toBeInstanceOf(ValidatieFout);
    expect((e as ValidatieFout).message).toMatch(/ontbrekende kolommen: wijk, lift; onbekende kolommen: buurt/);
  });

  it('reports a line with the wrong number of values as that line', () => {
    const inhoud = leesWoningenCsv(csv(KOP, REGEL, 'Kort;2526 AB'));
    expect(inhoud.regels).toHaveLength(1);
    expect(inhoud.onleesbaar).toEqual([{ regel: 3, fout: expect.stringMatching(/2 waarden in plaats van 14/) }]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), ValidatieFout, /leeg/],
    ['only a header', csv(KOP), ValidatieFout, /alleen een kopregel/],
    ['an unclosed quote', csv(KOP, `"${REGEL}`), ValidatieFout, /aanhalingstekens/],
    ['an xlsx workbook', Buffer.from('PK\x03\x04rest', 'latin1'), WoonstartFout, /Excel-werkmap/],
    ['Windows-1252 text', Buffer.concat([csv(KOP), Buffer.from([0x0a, 0xe9])]), WoonstartFout, /UTF-8/],
  ])('refuses %s', (_naam, bestand, soort, melding) => {
    const e = fout(() => leesWoningenCsv(bestand));
    expect(e).toBeInstanceOf(soort);
    expect((e as Error).message).toMatch(melding);
  });

  it(`refuses more than ${MAX_CSV_REGELS} dwellings with a 413`, () => {
    const e = fout(() => leesWoningenCsv(csv(KOP, ...Array.from({ length: MAX_CSV_REGELS + 1 }, () => REGEL))));
    expect(e).toBeInstanceOf(WoonstartFout);
    expect(e).toMatchObject({ soort: 'te-groot', message: expect.stringMatching(/2\.001 woningen; u kunt er hoogstens 2\.000/) });
    expect(leesWoningenCsv(csv(KOP, ...Array.from({ length: MAX_CSV_REGELS }, () => REGEL))).regels).toHaveLength(MAX_CSV_REGELS);
  });
});
