import { controleerLigging, type WijkRef } from './woning-ligging.rule';

const WIJKEN: WijkRef[] = [
  { code: 'WK051802', naam: 'Schilderswijk', gemeenteCbs: '0518' },
  { code: 'WK050301', naam: 'Binnenstad', gemeenteCbs: '0503' },
];
const STAEDION = { organisatieNaam: 'Staedion', werkgebied: ['0518', '0629'] };

describe('controleerLigging', () => {
  it.each([
    ['a wijk of the gemeente in the werkgebied', { gemeenteCbs: '0518', wijkCode: 'WK051802' }, []],
    ['a wijk of another gemeente, naming both', { gemeenteCbs: '0518', wijkCode: 'WK050301' },
      [{ veld: 'wijkCode', melding: 'Wijk Binnenstad (WK050301) ligt in Delft, niet in Den Haag. Kies een wijk van Den Haag.' }]],
    ['an unknown wijk', { gemeenteCbs: '0518', wijkCode: 'WK051899' },
      [{ veld: 'wijkCode', melding: 'Wijk WK051899 bestaat niet. Kies een wijk van Den Haag.' }]],
    ['a gemeente outside the werkgebied (and its own wijk)', { gemeenteCbs: '0503', wijkCode: 'WK050301' },
      [{ veld: 'gemeenteCbs', melding: 'Delft valt niet in het werkgebied van Staedion.' }]],
  ])('%s', (_naam, invoer, verwacht) => {
    expect(controleerLigging(invoer, WIJKEN, STAEDION)).toEqual(verwacht);
  });
});
