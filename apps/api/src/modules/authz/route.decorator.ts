import { applyDecorators, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Put } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { POLICY_KEY, policyNamed, type PolicyName } from './policy.decorator';

/** The answers a route documents in the OpenAPI document: one description a status. */
export interface RouteAnswers {
  ok?: string;
  created?: string;
  accepted?: string;
  noContent?: string;
  badRequest?: string;
  forbidden?: string;
  notFound?: string;
  conflict?: string;
  payloadTooLarge?: string;
  unprocessable?: string;
  tooManyRequests?: string;
  serviceUnavailable?: string;
}

const STATUS: Record<keyof RouteAnswers, HttpStatus> = {
  ok: HttpStatus.OK,
  created: HttpStatus.CREATED,
  accepted: HttpStatus.ACCEPTED,
  noContent: HttpStatus.NO_CONTENT,
  badRequest: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  notFound: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  payloadTooLarge: HttpStatus.PAYLOAD_TOO_LARGE,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  tooManyRequests: HttpStatus.TOO_MANY_REQUESTS,
  serviceUnavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const documented = (answers: RouteAnswers) =>
  (Object.keys(answers) as (keyof RouteAnswers)[]).map((key) => ApiResponse({ status: STATUS[key], description: answers[key] }));

interface RouteDeclaration {
  /** Who may call it, named as in route-policies.ts: a permission, 'public' or 'pending'. */
  (path: string, policy: PolicyName, answers?: RouteAnswers): MethodDecorator;
  /** A route of a group that names the policy of all its routes. */
  (path: string, answers?: RouteAnswers): MethodDecorator;
}

/**
 * One route: the HTTP method and path, who may call it, and the answers it documents. The success
 * answer documented is also the status sent: `ok` on a POST answers 200, `noContent` 204,
 * `accepted` 202; a route that documents none keeps the method's default (or an `@HttpCode`).
 */
function route(method: typeof Get, defaultStatus: HttpStatus): RouteDeclaration {
  return (path: string, policyOrAnswers?: PolicyName | RouteAnswers, more?: RouteAnswers) => {
    const [policy, answers] = typeof policyOrAnswers === 'string' ? [policyNamed(policyOrAnswers), more ?? {}] : [undefined, policyOrAnswers ?? {}];
    const success = (['ok', 'created', 'accepted', 'noContent'] as const).filter((key) => key in answers).map((key) => STATUS[key]);
    if (success.length > 1) throw new Error(`A route answers with one success status, not ${success.join(' and ')} (${path})`);
    const status = success[0] ?? defaultStatus;
    const code = status === defaultStatus ? [] : [HttpCode(status)];
    return applyDecorators(method(path), ...code, ...(policy ? [policy] : []), ...documented(answers));
  };
}

export const Route = {
  get: route(Get, HttpStatus.OK),
  post: route(Post, HttpStatus.CREATED),
  put: route(Put, HttpStatus.OK),
  patch: route(Patch, HttpStatus.OK),
  delete: route(Delete, HttpStatus.OK),
};

export interface RouteGroupOptions extends RouteAnswers {
  /** The path every route of the group starts with (none by default). */
  path?: string;
  /** The policy of every route of the group, when they all share one; its routes then name none. */
  policy?: PolicyName;
}

/**
 * A controller's routes: their OpenAPI tag, the path they share, the policy they share if they
 * all do, and the answers every one of them documents (a 404 for a record out of reach, say).
 */
export const RouteGroup = (tag: string, { path, policy, ...answers }: RouteGroupOptions = {}) =>
  applyDecorators(Controller(path), ApiTags(tag), ...(policy ? [policyNamed(policy), oneGroupPolicy] : []), ...documented(answers));

/** A group's policy is every route's: a route that named its own as well would quietly override it. */
function oneGroupPolicy(controller: { name: string; prototype: object }): void {
  const handlers = Object.entries(Object.getOwnPropertyDescriptors(controller.prototype)).filter(([name]) => name !== 'constructor');
  const own = handlers.filter(([, { value }]) => typeof value === 'function' && Reflect.hasOwnMetadata(POLICY_KEY, value)).map(([name]) => name);
  if (own.length) throw new Error(`${controller.name} names a policy for all its routes, and ${own.join(', ')} another`);
}
