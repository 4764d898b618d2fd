import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor, RequestOrigin } from './actor';

export interface BesideRequest extends Request {
  actor?: Actor;
  pendingActor?: Actor;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<BesideRequest>();
  const actor = req.actor ?? req.pendingActor;
  if (!actor) throw new UnauthorizedException('Please sign in');
  return actor;
});

export function originOf(req: BesideRequest): RequestOrigin {
  const ua = req.headers['user-agent'];
  return {
    requestId: String(req.id ?? ''),
    ip: req.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
  };
}

export const Origin = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestOrigin =>
  originOf(ctx.switchToHttp().getRequest<BesideRequest>()),
);
