import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 with the wait in Dutch; the guard that throws it has set Retry-After. */
export class TeVeelPogingenFout extends HttpException {
  constructor(readonly wachtSeconden: number) {
    super(`Te veel inlogpogingen. Wacht ${wachtSeconden} ${wachtSeconden === 1 ? 'seconde' : 'seconden'} en probeer het dan opnieuw.`, HttpStatus.TOO_MANY_REQUESTS);
  }
}
