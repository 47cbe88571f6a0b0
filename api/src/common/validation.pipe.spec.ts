import { IsOptional, IsString } from 'class-validator';
import { ValidatieFout } from './problem.model';
import { createValidationPipe } from './validation.pipe';

class ProefDto {
  @IsOptional() @IsString() naam?: string;
}

const pipe = createValidationPipe();
const alsBody = (waarde: unknown) => pipe.transform(waarde, { type: 'body', metatype: ProefDto });
const alsQuery = (waarde: unknown) => pipe.transform(waarde, { type: 'query', metatype: ProefDto });

async function fout(p: Promise<unknown>): Promise<ValidatieFout> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ValidatieFout) return e;
    throw e;
  }
  throw new Error('geen ValidatieFout');
}

/** Inputs the fuzz test found to crash class-transformer (500) or slip past class-validator: each must be a 400. */
describe('createValidationPipe: structure before class-transformer', () => {
  it.each([[[{ naam: 'x' }]], [42], ['tekst'], [null], [true]])('a body that is no JSON object (%j) is refused', async (body) => {
    expect((await fout(alsBody(body))).fouten).toEqual([{ veld: '', melding: 'De inhoud van het verzoek moet een JSON-object zijn.' }]);
  });

  it.each([
    [{ naam: 'x', constructor: 1 }, 'constructor'],
    [{ naam: 'x', extra: { diep: [{ constructor: { a: 1 } }] } }, 'extra.diep.0.constructor'],
    [JSON.parse('{"__proto__": {"x": 1}}'), '__proto__'],
    [{ a: { prototype: 'x' } }, 'a.prototype'],
  ])('a key that reaches the prototype is refused wherever it sits (%j)', async (body, veld) => {
    expect((await fout(alsBody(body))).fouten).toEqual([{ veld, melding: expect.stringMatching(/is niet toegestaan/) }]);
  });

  it('absurd nesting is refused without exhausting the stack', async () => {
    let diep: unknown = {};
    for (let i = 0; i < 10_000; i++) diep = { a: diep };
    expect((await fout(alsBody(diep))).fouten[0].melding).toMatch(/te diep genest/);
  });

  it('a query with such a key is refused too; ordinary input still passes', async () => {
    expect((await fout(alsQuery({ constructor: 'x' }))).fouten[0].veld).toBe('constructor');
    await expect(alsBody({ naam: 'Jansen' })).resolves.toEqual({ naam: 'Jansen' });
    await expect(alsQuery({ naam: 'Jansen' })).resolves.toEqual({ naam: 'Jansen' });
  });
});
