import type { PipeTransform } from '@nestjs/common';
import { ValidatieFout } from '../common/problem.model';

/** A year in the path: 2000–2100, otherwise a 400 with a Dutch field error before anything is read or saved. */
export class ParseJaarPipe implements PipeTransform<string, number> {
  transform(waarde: string): number {
    const jaar = Number(waarde);
    if (!/^\d{4}$/.test(waarde) || jaar < 2000 || jaar > 2100) {
      throw new ValidatieFout([{ veld: 'jaar', melding: `Het jaar '${waarde}' is geen geldig jaartal (2000 tot en met 2100).` }], `Het jaar '${waarde}' is geen geldig jaartal.`);
    }
    return jaar;
  }
}
