import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { ValidatieFout } from './problem.model';
import { toVeldFouten } from './validation-messages';

const GEEN_OBJECT = 'De inhoud van het verzoek moet een JSON-object zijn.';
/** Keys that reach an object's prototype: class-transformer reads `value.constructor` as a class and crashes on any other value. */
const VERBODEN_SLEUTELS = new Set(['__proto__', 'constructor', 'prototype']);
/** No form in Woonstart nests deeper than a few levels; far deeper input only exhausts the stack of the recursive validators. */
const MAX_DIEPTE = 32;

/** The first forbidden key or too-deep path in a parsed body or query, checked without recursion. */
function ongeldigeStructuur(waarde: unknown): { veld: string; melding: string } | null {
  const stapel: Array<{ v: unknown; pad: string; diepte: number }> = [{ v: waarde, pad: '', diepte: 0 }];
  for (let item = stapel.pop(); item; item = stapel.pop()) {
    const { v, pad, diepte } = item;
    if (v === null || typeof v !== 'object') continue;
    if (diepte > MAX_DIEPTE) return { veld: pad, melding: `De invoer is te diep genest (hoogstens ${MAX_DIEPTE} niveaus).` };
    for (const sleutel of Object.keys(v)) {
      const veld = pad ? `${pad}.${sleutel}` : sleutel;
      if (VERBODEN_SLEUTELS.has(sleutel)) return { veld, melding: `De veldnaam '${sleutel}' is niet toegestaan.` };
      stapel.push({ v: (v as Record<string, unknown>)[sleutel], pad: veld, diepte: diepte + 1 });
    }
  }
  return null;
}

/**
 * Global pipe: unknown fields are refused, types are converted, errors are Dutch field errors.
 * Before class-transformer sees the input: a body that is not a JSON object (an array, a number,
 * null) is refused, since class-validator validates an array of DTOs as if it were fine and it
 * would reach the handler unchecked; and so is a key like `constructor` or `__proto__` at any
 * depth, or absurd nesting, which crashed the transformer (500s found by the fuzz test).
 */
class WoonstartValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto = typeof metadata.metatype === 'function' && ![Object, Array, String, Number, Boolean].includes(metadata.metatype as never);
    if (isDto && metadata.type === 'body' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw new ValidatieFout([{ veld: '', melding: GEEN_OBJECT }], GEEN_OBJECT);
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const fout = ongeldigeStructuur(value);
      if (fout) throw new ValidatieFout([fout], fout.melding);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new WoonstartValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidatieFout(toVeldFouten(errors)),
  });
}
