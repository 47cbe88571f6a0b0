import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** Route ids are uuids; anything else is a 400 before the database is asked. */
export const parseId = () =>
  new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('De opgegeven id is ongeldig: verwacht een uuid.') });
