import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can } from '@beside/shared/authz';
import { Environment } from '../../config/environment';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit/audit-writer';
import { type ActiveSession, sameSecret, SessionService, sessionCookieName } from '../identity';
import { BesideRequest, originOf } from './current-actor.decorator';
import { POLICY_KEY, RoutePolicy } from './policy.decorator';

export interface SessionRequest extends BesideRequest {
  activeSession?: ActiveSession;
}

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Deny by default. Every route must declare a policy; the guard authenticates the
 * session cookie, checks the CSRF token on every state-changing request, and checks the
 * role's permission. Record-level scope is each service's first line.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly env: Environment,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new ForbiddenException('This route has no access policy, so nobody may call it.');
    const req = context.switchToHttp().getRequest<SessionRequest>();
    this.refuseCrossSite(req);
    const token = (req.cookies as Record<string, string> | undefined)?.[sessionCookieName(this.env.PUBLIC_URL)];
    const session = await this.sessions.authenticate(token);
    if (session) {
      req.activeSession = session;
      req.pendingActor = session.actor;
      if (session.stage === 'full') req.actor = session.actor;
    }
    if (policy.kind === 'public') return true;
    if (!session) throw new UnauthorizedException('Please sign in.');
    this.checkCsrfToken(req, session);
    if (policy.kind === 'pending') return true;
    if (session.stage !== 'full') {
      throw new UnauthorizedException({ message: 'Please finish signing in with your second step.', stage: session.stage });
    }
    if (!can(session.actor.role, policy.permission)) {
      await this.recordDenial(req, session, policy.permission);
      throw new ForbiddenException('Your role does not allow this.');
    }
    return true;
  }

  /** Browsers say where a request came from; one from another site never changes anything. */
  private refuseCrossSite(req: SessionRequest): void {
    if (SAFE_METHODS.includes(req.method)) return;
    const origin = req.headers.origin;
    if (origin !== undefined) {
      const allowed = new Set([new URL(this.env.PUBLIC_URL).origin, `${req.protocol}://${req.headers.host}`]);
      if (!allowed.has(origin)) throw new ForbiddenException('Requests from other sites are refused.');
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new ForbiddenException('Requests from other sites are refused.');
  }

  private checkCsrfToken(req: SessionRequest, session: ActiveSession): void {
    if (SAFE_METHODS.includes(req.method)) return;
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
      throw new ForbiddenException('This request is missing its security token. Please reload the page and try again.');
    }
  }

  private async recordDenial(req: SessionRequest, session: ActiveSession, permission: string): Promise<void> {
    const { actor } = session;
    await this.uow.run({ organisationId: actor.organisationId, userId: actor.userId, role: actor.role }, (em) =>
      this.audit.append(em, actor, originOf(req), [
        {
          action: 'access.denied',
          entityType: 'route',
          outcome: 'denied',
          detail: { method: req.method, route: (req.route as { path?: string } | undefined)?.path ?? null, permission },
        },
      ]),
    );
  }
}
