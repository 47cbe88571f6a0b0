import ExcelJS from 'exceljs';
import { pdfLopendeTekst } from '@woonstart/testing';
import { todayIso } from '@woonstart/domain';
import { GEBRUIKER } from '../testing/demo-gebruikers';
import { verwachtProbleem } from '../testing/problem-assertions';
import { testOmgeving } from '../testing/test-omgeving';

interface Rapportage { jaar: number; regioTotaal: number; regioPerCategorie: Record<string, number>; gemeenten: Array<{ cbsCode: string; totaal: number; perCategorie: Record<string, number> }> }

describe('jaarrapportage voor de provincie', () => {
  const omgeving = testOmgeving();
  const api = omgeving.api;
  const jaar = Number(todayIso().slice(0, 4));

  const haal = (email: string, formaat = 'json') => omgeving.t.call('GET', `/monitor/jaarrapportage?jaar=${jaar}&formaat=${formaat}`, { token: email });

  it('counts a positive decision made known this year once, at the deciding gemeente and its category', async () => {
    const token = await omgeving.t.token(GEBRUIKER.coordinator);
    const voor = (await haal(token)).body as Rapportage;
    await api.brengNaar('bemiddeling.zoeken');
    await api.brengNaar('afgewezen');
    const na = (await haal(token)).body as Rapportage;
    expect(na.regioTotaal).toBe(voor.regioTotaal + 1);
    expect(na.regioPerCategorie['BW']).toBe(voor.regioPerCategorie['BW'] + 1);
    const denHaag = (r: Rapportage) => r.gemeenten.find((g) => g.cbsCode === '0518')!.totaal;
    expect(denHaag(na)).toBe(denHaag(voor) + 1);
    expect(na.gemeenten).toHaveLength(9);
    expect(na.regioTotaal).toBe(na.gemeenten.reduce((n, g) => n + g.totaal, 0));
  });

  it('exports CSV, XLSX (read back) and a PDF letter with the region total', async () => {
    const token = await omgeving.t.token(GEBRUIKER.coordinator);
    const json = (await haal(token)).body as Rapportage;
    const csv = await haal(token, 'csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(String(csv.body)).toContain(`Regio Haaglanden;;`);

    const res = await fetch(`${omgeving.t.baseUrl}/monitor/jaarrapportage?jaar=${jaar}&formaat=xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const blad = boek.worksheets[0];
    const laatste = blad.getRow(blad.rowCount);
    expect(laatste.getCell(1).value).toBe('Regio Haaglanden');
    expect(laatste.getCell(laatste.cellCount).value).toBe(json.regioTotaal);

    const pdfRes = await fetch(`${omgeving.t.baseUrl}/monitor/jaarrapportage?jaar=${jaar}&formaat=pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(pdfRes.headers.get('content-type')).toBe('application/pdf');
    const tekst = await pdfLopendeTekst(Buffer.from(await pdfRes.arrayBuffer()));
    expect(tekst).toContain('Gedeputeerde Staten van Zuid-Holland');
    expect(tekst).toContain(`Totaal regio Haaglanden: ${json.regioTotaal.toLocaleString('nl-NL')}`);
  });

  it('is refused to zorginstellingen and corporaties; a bad year or format is a Dutch 400', async () => {
    verwachtProbleem(await api.call(GEBRUIKER.zorgParnassia, 'GET', '/monitor/jaarrapportage'), 403);
    verwachtProbleem(await api.call(GEBRUIKER.staedion, 'GET', '/monitor/jaarrapportage'), 403);
    verwachtProbleem(await api.call(GEBRUIKER.coordinator, 'GET', '/monitor/jaarrapportage?jaar=twintig'), 400);
    verwachtProbleem(await api.call(GEBRUIKER.coordinator, 'GET', '/monitor/jaarrapportage?formaat=doc'), 400);
  });
});
