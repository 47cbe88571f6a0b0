import { dagenInJaar, projecteerTekort, verstrekenDagen, type TekortInvoer } from './tekort.rule';

describe('dagenInJaar and verstrekenDagen', () => {
  it.each([[2025, 365], [2024, 366], [2000, 366], [2100, 365]])('%i has %i days', (jaar, dagen) => {
    expect(dagenInJaar(jaar)).toBe(dagen);
  });

  it.each([
    [2026, '2026-01-01', 1],
    [2026, '2026-02-01', 32],
    [2026, '2026-07-02', 183],
    [2026, '2026-12-31', 365],
    [2024, '2024-12-31', 366],
  ])('%i on %s: %i days passed', (jaar, peildatum, dagen) => {
    expect(verstrekenDagen(jaar, peildatum)).toBe(dagen);
  });
});

describe('projecteerTekort', () => {
  const invoer = (o: Partial<TekortInvoer>): TekortInvoer => ({ jaar: 2026, peildatum: '2026-07-02', toegekendTotNu: 0, wachtlijst: 0, ruimte: 100, ...o });

  it.each<[string, Partial<TekortInvoer>, { verwachtToegekendJaar: number; nogToeTeKennen: number; vraagRestJaar: number; tekort: number | null }]>([
    ['nothing granted, nothing waiting: no shortage', {}, { verwachtToegekendJaar: 0, nogToeTeKennen: 0, vraagRestJaar: 0, tekort: 0 }],
    // Half the year (183 of 365 days): 50 granted → 100 in the year, 50 still to come; with 30 waiting the demand is 80.
    ['half way: doubles, demand within the room', { toegekendTotNu: 50, wachtlijst: 30, ruimte: 100 }, { verwachtToegekendJaar: 100, nogToeTeKennen: 50, vraagRestJaar: 80, tekort: 0 }],
    ['half way: demand beyond the room', { toegekendTotNu: 50, wachtlijst: 30, ruimte: 60 }, { verwachtToegekendJaar: 100, nogToeTeKennen: 50, vraagRestJaar: 80, tekort: 20 }],
    ['no room left: the whole demand is short', { toegekendTotNu: 10, wachtlijst: 5, ruimte: 0 }, { verwachtToegekendJaar: 20, nogToeTeKennen: 10, vraagRestJaar: 15, tekort: 15 }],
    ['cap unknown: no shortage figure', { toegekendTotNu: 10, wachtlijst: 5, ruimte: null }, { verwachtToegekendJaar: 20, nogToeTeKennen: 10, vraagRestJaar: 15, tekort: null }],
    ['on 31 December nothing is still to come', { peildatum: '2026-12-31', toegekendTotNu: 40, wachtlijst: 12, ruimte: 10 }, { verwachtToegekendJaar: 40, nogToeTeKennen: 0, vraagRestJaar: 12, tekort: 2 }],
    ['on 1 January one grant extrapolates to 365', { peildatum: '2026-01-01', toegekendTotNu: 1, wachtlijst: 0, ruimte: 300 }, { verwachtToegekendJaar: 365, nogToeTeKennen: 364, vraagRestJaar: 364, tekort: 64 }],
    ['rounded to whole households', { peildatum: '2026-02-01', toegekendTotNu: 3, ruimte: 20 }, { verwachtToegekendJaar: 34, nogToeTeKennen: 31, vraagRestJaar: 31, tekort: 11 }],
  ])('%s', (_naam, o, verwacht) => {
    expect(projecteerTekort(invoer(o))).toMatchObject(verwacht);
  });

  it.each([['a past year', 2025], ['a future year', 2027]])('gives no projection for %s', (_naam, jaar) => {
    expect(projecteerTekort(invoer({ jaar }))).toBeNull();
  });
});
