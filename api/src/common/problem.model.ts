import type { VeldFout } from './validation-messages';

/** RFC 9457 problem details, with Dutch `title`/`detail` and field errors where relevant. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly fouten?: readonly VeldFout[];
  readonly [extra: string]: unknown;
}

export class ValidatieFout extends Error {
  constructor(readonly fouten: readonly VeldFout[], message = 'De invoer is niet geldig. Controleer de gemarkeerde velden.') {
    super(message);
  }
}
