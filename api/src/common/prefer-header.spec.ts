import { returnPreference } from './prefer-header';

describe('returnPreference (RFC 7240 Prefer)', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['return=minimal', 'minimal'],
    ['Return=Minimal', 'minimal'],
    ['return="minimal"', 'minimal'],
    ['  return = minimal ', 'minimal'],
    ['respond-async, wait=10, return=minimal', 'minimal'],
    ['return=minimal; foo=bar', 'minimal'],
    ['return=representation', 'representation'],
    ['return=representation, return=minimal', 'representation'],
    ['return=iets-anders', null],
    ['handling=lenient', null],
    ['returns=minimal', null],
    [['wait=5', 'return=minimal'], 'minimal'],
  ] as const)('%j gives %j', (header, verwacht) => {
    expect(returnPreference(header as string | string[] | undefined)).toBe(verwacht);
  });
});
