import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

interface RequestIntent {
  /** Whether the request may change data: anything but GET, HEAD and OPTIONS. */
  writes: boolean;
}

const storage = new AsyncLocalStorage<RequestIntent>();

/**
 * Express middleware (after the body parsers, whose callbacks would lose the context): lets a
 * record-level check deep in a service know whether the request reads or writes, so that read-only
 * access (a break-the-glass grant for reading) is enforced in one place for every write route.
 */
export function trackRequestIntent(req: Request, _res: Response, next: NextFunction): void {
  storage.run({ writes: !['GET', 'HEAD', 'OPTIONS'].includes(req.method) }, next);
}

/** Outside a request (jobs, tests that call a service directly) nothing says it only reads: treated as a write. */
export function requestWrites(): boolean {
  return storage.getStore()?.writes ?? true;
}
