import { HttpErrorResponse } from '@angular/common/http';

/** A stale `version` answers 409 with the record as it is now. */
export interface VersionConflictProblem<T> {
  message: string;
  current: T;
}

/** The 409 body of a stale edit, or null for any other error. */
export function toVersionConflict<T>(error: unknown): VersionConflictProblem<T> | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) return null;
  const body = error.error as { message?: unknown; current?: unknown } | null;
  if (!body || typeof body !== 'object' || !body.current || typeof body.current !== 'object') return null;
  const message = typeof body.message === 'string' ? body.message : 'Someone else changed this.';
  return { message, current: body.current as T };
}
