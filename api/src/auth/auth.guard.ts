import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { Rol } from '@woonstart/domain';
import { PUBLIC_KEY, ROLLEN_KEY } from './auth.decorators';
import { SESSIE_COOKIE } from './auth.constants';
import { GebruikerService } from './gebruiker.service';

/**
 * Global guard: authentication and role check on every route. A route that has
 * neither @Public nor @Rollen is refused outright, so a forgotten decorator
 * fails closed (and the route-enumeration test names it).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(GebruikerService) private readonly gebruikers: GebruikerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN_KEY, targets);
    if (!rollen || rollen.length === 0) throw new ForbiddenException('Deze route heeft geen autorisatie ingesteld.');

    const request = context.switchToHttp().getRequest<Request & { gebruiker?: unknown }>();
    const token = this.tokenFrom(request);
    if (!token) throw new UnauthorizedException('U bent niet ingelogd. Log in om verder te gaan.');
    let sub: string;
    try {
      sub = (await this.jwt.verifyAsync<{ sub: string }>(token)).sub;
    } catch {
      throw new UnauthorizedException('Uw sessie is verlopen of ongeldig. Log opnieuw in.');
    }
    const gebruiker = await this.gebruikers.findContext(sub);
    if (!gebruiker) throw new UnauthorizedException('Uw account bestaat niet meer of is geblokkeerd.');
    request.gebruiker = gebruiker;
    if (!rollen.includes(gebruiker.rol)) throw new ForbiddenException('U heeft geen toegang tot deze functie met uw rol.');
    return true;
  }

  private tokenFrom(request: Request): string | null {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice(7);
    const cookies = (request as Request & { cookies?: Record<string, string> }).cookies;
    return cookies?.[SESSIE_COOKIE] ?? null;
  }
}
