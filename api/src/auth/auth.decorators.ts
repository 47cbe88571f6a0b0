import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Rol } from '@woonstart/domain';
import type { GebruikerContext } from './gebruiker-context.model';

export const PUBLIC_KEY = 'woonstart:public';
export const ROLLEN_KEY = 'woonstart:rollen';

/** Route reachable without login (health, login itself). Every other route must name its roles. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Roles allowed on a route; the guard refuses a route that declares neither this nor @Public. */
export const Rollen = (...rollen: Rol[]) => SetMetadata(ROLLEN_KEY, rollen);

export const Gebruiker = createParamDecorator((_data: unknown, ctx: ExecutionContext): GebruikerContext => {
  const request = ctx.switchToHttp().getRequest<{ gebruiker?: GebruikerContext }>();
  if (!request.gebruiker) throw new Error('Gebruiker ontbreekt op een beveiligde route');
  return request.gebruiker;
});
