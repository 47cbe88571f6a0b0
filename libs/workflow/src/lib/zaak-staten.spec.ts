import { statenMetEvent } from './zaak-staten';

describe('statenMetEvent', () => {
  it.each([
    ['WONING_AANBIEDEN', ['toegekend.bemiddeling.zoeken']],
    ['AANBIEDING_ACCEPTEREN', ['toegekend.bemiddeling.aanbieding']],
    ['OMKLAP_REGISTREREN', ['intermediaireVerhuur']],
    ['VERLENGING_TOEKENNEN', ['toegekend.zelfZoeken.verlengingAangevraagd']],
    ['PLAATSING_REGISTREREN', ['toegekend.bemiddeling.geaccepteerd', 'toegekend.zelfZoeken', 'toegekend.zelfZoeken.zoekend']],
  ] as const)('%s leads somewhere from %j (all versions together)', (event, staten) => {
    expect(statenMetEvent(event)).toEqual(staten);
  });

  it('an event without a target anywhere has no states', () => {
    expect(statenMetEvent('WOONEVALUATIE_HERINNERING')).toEqual([]);
  });
});
