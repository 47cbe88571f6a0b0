import { magBesluitGoedkeuren } from './vier-ogen.rule';

const ANNE = '5b0c2a51-7a1e-4d2f-9a43-0c1d2e3f4a5b';
const BRAM = 'e7d6c5b4-a3f2-4e1d-8c0b-9a8f7e6d5c4b';

describe('magBesluitGoedkeuren', () => {
  it.each<[string, string, string, boolean, boolean, RegExp]>([
    ['four eyes required, two people', ANNE, BRAM, true, true, /ander dan de voorsteller/],
    ['four eyes required, the same person', ANNE, ANNE, true, false, /mag het niet zelf goedkeuren/],
    ['four eyes required, the same id in other case', ANNE, ANNE.toUpperCase(), true, false, /mag het niet zelf goedkeuren/],
    ['four eyes required, the same e-mail with spaces', 'a.jansen@denhaag.nl', ' A.Jansen@denhaag.nl ', true, false, /mag het niet zelf goedkeuren/],
    ['four eyes not required, the same person', ANNE, ANNE, false, true, /niet vereist/],
    ['four eyes not required, two people', ANNE, BRAM, false, true, /niet vereist/],
    ['four eyes required, proposer unknown', '', BRAM, true, false, /Onbekend wie het besluit heeft voorgesteld/],
    ['four eyes required, proposer blank', '  ', BRAM, true, false, /Onbekend wie het besluit heeft voorgesteld/],
    ['approver unknown', ANNE, '', true, false, /Onbekend wie het besluit goedkeurt/],
    ['approver unknown even without four eyes', ANNE, ' ', false, false, /Onbekend wie het besluit goedkeurt/],
  ])('%s', (_naam, voorgesteldDoor, goedkeurder, vierOgenVereist, toegestaan, reden) => {
    const oordeel = magBesluitGoedkeuren({ voorgesteldDoor, goedkeurder, vierOgenVereist });
    expect(oordeel.toegestaan).toBe(toegestaan);
    expect(oordeel.reden).toMatch(reden);
    expect(oordeel.reden).toMatch(/\.$/);
  });

  it('tells the user what to do when refused', () => {
    expect(magBesluitGoedkeuren({ voorgesteldDoor: ANNE, goedkeurder: ANNE, vierOgenVereist: true })).toEqual({
      toegestaan: false,
      reden: 'Het vier-ogenprincipe geldt: wie het besluit voorstelde, mag het niet zelf goedkeuren. Laat een collega het besluit goedkeuren.',
    });
  });
});
