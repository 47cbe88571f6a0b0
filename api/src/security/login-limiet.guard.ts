import { applyDecorators, Inject, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { LoginLimietService } from './login-limiet.service';
import { TeVeelPogingenFout } from './te-veel-pogingen.fout';

const ACCOUNT_VELD = 'woonstart:login-limiet-account';

/**
 * A login route, limited per client address and, when `accountVeld` names the body field that
 * says who logs in, per account as well (so spreading guesses over many addresses does not help).
 */
export const LoginLimiet = (accountVeld?: string) => applyDecorators(SetMetadata(ACCOUNT_VELD, accountVeld ?? null), UseGuards(LoginLimietGuard));

/** Runs after the global AuthGuard (login routes are @Public) and before validation, so malformed attempts count too. */
@Injectable()
export class LoginLimietGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(LoginLimietService) private readonly limiet: LoginLimietService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    // req.ip honours TRUST_PROXY: behind a named load balancer it is the client's address.
    const sleutels = [`ip:${req.ip ?? req.socket.remoteAddress ?? 'onbekend'}`];
    const veld = this.reflector.get<string | null>(ACCOUNT_VELD, context.getHandler());
    const account: unknown = veld ? (req.body as Record<string, unknown> | undefined)?.[veld] : undefined;
    if (typeof account === 'string' && account.trim()) sleutels.push(`account:${account.trim().toLowerCase()}`);
    const wacht = await this.limiet.tel(sleutels);
    if (wacht === null) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(wacht));
    throw new TeVeelPogingenFout(wacht);
  }
}
