import type { Logger } from '@nestjs/common';
import { Herhaling } from './herhaling';

function metLogboek(): { herhaling: Herhaling; meldingen: string[] } {
  const meldingen: string[] = [];
  const logger = { warn: (m: string) => meldingen.push(m) } as unknown as Logger;
  return { herhaling: new Herhaling(logger, 'Taken uitvoeren'), meldingen };
}

describe('Herhaling', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs a round per interval, and a failing round neither stops the next nor escapes', async () => {
    const { herhaling, meldingen } = metLogboek();
    const rondes: number[] = [];
    herhaling.start(1000, async () => {
      rondes.push(Date.now());
      if (rondes.length === 1) throw new Error('verbinding verbroken');
    });
    await jest.advanceTimersByTimeAsync(3000);
    herhaling.stop();
    await jest.advanceTimersByTimeAsync(3000);
    expect(rondes).toHaveLength(3);
    expect(meldingen).toEqual(['Taken uitvoeren mislukt, volgende ronde opnieuw: verbinding verbroken']);
  });

  it.each([0, -1])('stays off with interval %i', async (interval) => {
    const { herhaling } = metLogboek();
    let rondes = 0;
    herhaling.start(interval, async () => void rondes++);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(rondes).toBe(0);
  });

  it('exclusief: a second call while one runs answers alsBezig; afterwards it runs again, also after an error', async () => {
    const { herhaling } = metLogboek();
    let klaar: (n: number) => void = () => undefined;
    const eerste = herhaling.exclusief(() => new Promise<number>((r) => (klaar = r)), -1);
    expect(await herhaling.exclusief(async () => 2, -1)).toBe(-1);
    klaar(1);
    expect(await eerste).toBe(1);
    await expect(herhaling.exclusief(async () => { throw new Error('mis'); }, -1)).rejects.toThrow('mis');
    expect(await herhaling.exclusief(async () => 3, -1)).toBe(3);
  });
});
