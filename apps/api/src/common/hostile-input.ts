import type { NextFunction, Request, Response } from 'express';

/** Deeper than any request of ours (an intake's safe-contact channels are 4 levels deep). */
export const MAX_INPUT_DEPTH = 16;
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unstorable(text: string): boolean {
  return text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);
}

/**
 * What no field of ours can hold, found before validation, or null. Iterative, so that a
 * body nested thousands of levels deep cannot overflow the stack here either:
 * - nesting deeper than MAX_INPUT_DEPTH (class-transformer recurses, and overflows);
 * - the names __proto__, constructor and prototype (class-transformer drops them silently,
 *   so the whitelist could not refuse them);
 * - text with NUL (PostgreSQL cannot store it) or an unpaired surrogate (not Unicode text).
 */
export function findHostileInput(input: unknown, root: string): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: root, depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (unstorable(value)) return `${path} contains a character that cannot be stored (NUL or an unpaired surrogate)`;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return `${root} is nested too deeply (at most ${MAX_INPUT_DEPTH} levels)`;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_NAMES.has(key)) return `${path === root ? '' : `${path}.`}${key} is not an allowed field name`;
      if (unstorable(key)) return `${root} has a field name with a character that cannot be stored`;
      stack.push({ value: (value as Record<string, unknown>)[key], path: path === root ? key : `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/** Express middleware after the JSON parser: refuses such input with 400 in the one error shape. */
export function rejectHostileInput(req: Request, res: Response, next: NextFunction): void {
  const problem = findHostileInput(req.body, 'body') ?? findHostileInput(req.query, 'query');
  if (!problem) return next();
  res.status(400).json({ statusCode: 400, error: 'Bad Request', message: [problem], requestId: (req as Request & { id?: string }).id ?? '' });
}

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The only routes that take a file: document uploads, as multipart/form-data (read and checked by the route itself). */
const UPLOADS = /^\/api\/(journeys\/[0-9a-fA-F-]{36}|my)\/documents\/?(\?.*)?$/;

/**
 * Before the body parser: a write whose body is not JSON is refused with 415. The JSON parser
 * skips other types, so the route would otherwise run as if no body had been sent: a route
 * whose fields are all optional (completing an action, say) would act on a form post.
 */
export function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  const length = req.headers['content-length'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (WITHOUT_BODY.has(req.method) || !hasBody || req.is(['application/json', '+json'])) return next();
  if (req.method === 'POST' && UPLOADS.test(req.originalUrl) && req.is('multipart/form-data')) return next();
  res.status(415).json({
    statusCode: 415,
    error: 'Unsupported Media Type',
    message: 'The request body must be JSON, sent with Content-Type: application/json',
    requestId: (req as Request & { id?: string }).id ?? '',
  });
}
