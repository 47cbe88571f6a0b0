import { isGeldigeSleutel, slotSleutel, vingerafdruk } from './vingerafdruk';

describe('vingerafdruk', () => {
  const basis = { methode: 'POST', pad: '/api/zaken/1/events', body: { type: 'INDIENEN', rowVersion: 1, payload: { a: 1, b: [1, 2] } } };

  it.each([
    ['the same request', basis, true],
    ['keys in another order', { ...basis, body: { payload: { b: [1, 2], a: 1 }, rowVersion: 1, type: 'INDIENEN' } }, true],
    ['the method in lower case', { ...basis, methode: 'post' }, true],
    ['another value', { ...basis, body: { ...basis.body, rowVersion: 2 } }, false],
    ['another array order', { ...basis, body: { ...basis.body, payload: { a: 1, b: [2, 1] } } }, false],
    ['another path', { ...basis, pad: '/api/zaken/2/events' }, false],
    ['another query string', { ...basis, pad: '/api/zaken/1/events?x=1' }, false],
    ['another method', { ...basis, methode: 'PUT' }, false],
    ['no body', { ...basis, body: undefined }, false],
  ])('%s: same fingerprint = %s', (_naam, ander, zelfde) => {
    expect(vingerafdruk(ander) === vingerafdruk(basis)).toBe(zelfde);
  });

  it('takes uploaded files by content, name and type', () => {
    const bestand = { veld: 'bestand', naam: 'a.pdf', type: 'application/pdf', inhoud: Buffer.from('%PDF-1') };
    const met = (b: typeof bestand) => vingerafdruk({ ...basis, body: { soort: 'overig' }, bestanden: [b] });
    expect(met(bestand)).toBe(met({ ...bestand, inhoud: Buffer.from('%PDF-1') }));
    expect(met({ ...bestand, inhoud: Buffer.from('%PDF-2') })).not.toBe(met(bestand));
    expect(met({ ...bestand, naam: 'b.pdf' })).not.toBe(met(bestand));
  });
});

describe('isGeldigeSleutel', () => {
  it.each([
    ['a uuid', '4f1c2a8e-7d7b-4a53-9a33-2b8f0c1d9e11', true],
    ['one character', 'x', true],
    ['255 characters', 'k'.repeat(255), true],
    ['empty', '', false],
    ['256 characters', 'k'.repeat(256), false],
    ['a space', 'a b', false],
    ['a non-ASCII letter', 'sleutél', false],
    ['a newline', 'a\nb', false],
  ])('%s: %s', (_naam, sleutel, geldig) => {
    expect(isGeldigeSleutel(sleutel)).toBe(geldig);
  });
});

describe('slotSleutel', () => {
  it('is a signed 64-bit integer, the same for the same user and key, different otherwise', () => {
    const k = slotSleutel('gebruiker-1', 'sleutel');
    expect(BigInt(k)).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(BigInt(k)).toBeLessThan(2n ** 63n);
    expect(slotSleutel('gebruiker-1', 'sleutel')).toBe(k);
    expect(slotSleutel('gebruiker-2', 'sleutel')).not.toBe(k);
    expect(slotSleutel('gebruiker-1', 'sleutel2')).not.toBe(k);
  });
});
