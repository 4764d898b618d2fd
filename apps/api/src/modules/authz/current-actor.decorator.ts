import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor, RequestOrigin } from './actor';

export interface BesideRequest extends Request {
  actor?: Actor;
  pendingActor?: Actor;
}

function actorOf(req: BesideRequest): Actor {
  const actor = req.actor ?? req.pendingActor;
  if (!actor) throw new UnauthorizedException('Please sign in');
  return actor;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor =>
  actorOf(ctx.switchToHttp().getRequest<BesideRequest>()),
);

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

/** Who asks and from where, together: what `@CurrentCaller()` gives a route whose service takes both. */
export interface Caller {
  actor: Actor;
  origin: RequestOrigin;
}

/** `@CurrentCaller() { actor, origin }: Caller`: `@CurrentActor()` and `@Origin()` in one. */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const req = ctx.switchToHttp().getRequest<BesideRequest>();
  return { actor: actorOf(req), origin: originOf(req) };
});
