import { WoonstartFout } from '../woonstart-fout.error';
import { STREEFTERMIJN_HUISVESTING_MAANDEN, streefdatumHuisvesting } from './huisvesting.rule';

describe('streefdatumHuisvesting', () => {
  it('aims at three months', () => {
    expect(STREEFTERMIJN_HUISVESTING_MAANDEN).toBe(3);
  });

  it.each<[string, string, string]>([
    ['same day three months later', '2026-01-15', '2026-04-15'],
    ['31 January → 30 April (April has 30 days)', '2026-01-31', '2026-04-30'],
    ['30 November → 28 February in a common year', '2025-11-30', '2026-02-28'],
    ['30 November → 29 February in a leap year', '2027-11-30', '2028-02-29'],
    ['31 May → 31 August (no clamping needed)', '2026-05-31', '2026-08-31'],
    ['31 March → 30 June', '2026-03-31', '2026-06-30'],
    ['across the year end', '2025-10-01', '2026-01-01'],
    ['1 December → 1 March', '2025-12-01', '2026-03-01'],
  ])('%s', (_naam, besluitOp, verwacht) => {
    expect(streefdatumHuisvesting(besluitOp)).toBe(verwacht);
  });

  it.each(['2026-02-30', '31-01-2026', ''])('refuses an invalid date %p in Dutch', (datum) => {
    expect(() => streefdatumHuisvesting(datum)).toThrow(WoonstartFout);
    expect(() => streefdatumHuisvesting(datum)).toThrow(/Besluitdatum is geen geldige datum/);
  });
});
