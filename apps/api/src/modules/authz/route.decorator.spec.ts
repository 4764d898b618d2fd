import 'reflect-metadata';
import { ExecutionContext, RequestMethod, UnauthorizedException } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { type Caller, CurrentCaller } from './current-actor.decorator';
import { POLICY_KEY } from './policy.decorator';
import { Route, RouteGroup } from './route.decorator';

const meta = (key: string, target: object) => Reflect.getMetadata(key, target) as unknown;
// @nestjs/swagger's metadata keys (its constants are not exported).
const DECORATORS = { API_RESPONSE: 'swagger/apiResponse', API_TAGS: 'swagger/apiUseTags' };

describe('Route', () => {
  it('should declare the method, the path, the policy and the documented answers', () => {
    class Journeys {
      @Route.patch('journeys/:journeyId', 'journey:write', { ok: 'Saved', conflict: 'Stale' })
      update() {
        return 'the journey as saved';
      }
    }
    const handler = Journeys.prototype.update;
    expect(meta(METHOD_METADATA, handler)).toBe(RequestMethod.PATCH);
    expect(meta(PATH_METADATA, handler)).toBe('journeys/:journeyId');
    expect(meta(POLICY_KEY, handler)).toEqual({ kind: 'permission', permission: 'journey:write' });
    expect(meta(DECORATORS.API_RESPONSE, handler)).toEqual({
      200: expect.objectContaining({ description: 'Saved' }),
      409: expect.objectContaining({ description: 'Stale' }),
    });
    expect(meta(HTTP_CODE_METADATA, handler)).toBeUndefined();
  });

  it("should name 'public' and 'pending' as route-policies.ts does", () => {
    class Auth {
      @Route.get('session', 'public')
      session() {
        return 'who is signed in';
      }
      @Route.post('sign-out', 'pending', { noContent: 'Ended' })
      signOut() {
        return undefined;
      }
    }
    expect(meta(POLICY_KEY, Auth.prototype.session)).toEqual({ kind: 'public' });
    expect(meta(POLICY_KEY, Auth.prototype.signOut)).toEqual({ kind: 'pending' });
  });

  it.each([
    ['post', { ok: '' }, 200],
    ['post', { created: '' }, undefined],
    ['post', { noContent: '' }, 204],
    ['post', { accepted: '' }, 202],
    ['post', { conflict: '' }, undefined],
    ['delete', { noContent: '' }, 204],
    ['get', { ok: '' }, undefined],
  ] as const)('should make a %s that documents %j answer %s (undefined: the method default)', (method, answers, code) => {
    const handler = function handle() {
      return 'answer';
    };
    Route[method]('x', 'public', answers)({}, 'handle', { value: handler });
    expect(meta(HTTP_CODE_METADATA, handler)).toBe(code);
  });

  it('should refuse a route that documents two success statuses', () => {
    expect(() => Route.post('x', 'public', { ok: '', created: '' })).toThrow('one success status');
  });
});

describe('RouteGroup', () => {
  it("should give the group's tag, path, policy and shared answers to the controller", () => {
    @RouteGroup('my plan', { path: 'my', policy: 'portal:use', notFound: 'Not yours' })
    class MyPlan {
      @Route.get('plan', { ok: 'Her plan' })
      plan() {
        return 'her plan';
      }
    }
    expect(meta(PATH_METADATA, MyPlan)).toBe('my');
    expect(meta(DECORATORS.API_TAGS, MyPlan)).toEqual(['my plan']);
    expect(meta(POLICY_KEY, MyPlan)).toEqual({ kind: 'permission', permission: 'portal:use' });
    expect(meta(POLICY_KEY, MyPlan.prototype.plan)).toBeUndefined();
    expect(meta(DECORATORS.API_RESPONSE, MyPlan)).toEqual({ 404: expect.objectContaining({ description: 'Not yours' }) });
  });

  it('should serve its routes at the root path when it names none', () => {
    @RouteGroup('journeys')
    class Journeys {}
    expect(meta(PATH_METADATA, Journeys)).toBe('/');
  });

  it('should refuse a route of its own policy in a group that names one for all', () => {
    expect(() => {
      @RouteGroup('calendar', { policy: 'journey:read' })
      class Calendar {
        @Route.get('feed.ics', 'public')
        feed() {
          return 'her accompaniments';
        }
      }
      return Calendar;
    }).toThrow('Calendar names a policy for all its routes, and feed another');
  });
});

describe('CurrentCaller', () => {
  class Routes {
    route(@CurrentCaller() caller: Caller) {
      return caller;
    }
  }
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, Routes, 'route') as Record<string, { factory: (data: unknown, ctx: ExecutionContext) => Caller }>;
  const factory = Object.values(args)[0].factory;
  const context = (req: object) => ({ switchToHttp: () => ({ getRequest: () => req }) }) as unknown as ExecutionContext;
  const actor = { userId: 'u', organisationId: 'o', role: 'advocate', sessionId: 's', displayName: 'Amara' };

  it('should give the actor (or the one still at the second step) and where the request came from', () => {
    const req = { actor, id: 'r-1', ip: '10.0.0.1', headers: { 'user-agent': 'Firefox' } };
    expect(factory(undefined, context(req))).toEqual({ actor, origin: { requestId: 'r-1', ip: '10.0.0.1', userAgent: 'Firefox' } });
    expect(factory(undefined, context({ ...req, actor: undefined, pendingActor: actor })).actor).toBe(actor);
  });

  it('should ask a request without a session to sign in', () => {
    expect(() => factory(undefined, context({ headers: {} }))).toThrow(UnauthorizedException);
  });
});
