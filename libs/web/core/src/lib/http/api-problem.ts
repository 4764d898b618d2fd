import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@beside/shared/contracts';

/** What went wrong with an API call, in words a person can act on. */
export interface ApiProblem {
  status: number;
  messages: string[];
  requestId: string | null;
  /** From the Retry-After header of a 429. */
  retryAfterSeconds: number | null;
}

const UNREACHABLE = 'We could not reach Beside. Check your connection and try again.';
const SERVER_FAULT = 'Something went wrong on our side. Please try again later.';

export function toApiProblem(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, messages: [SERVER_FAULT], requestId: null, retryAfterSeconds: null };
  }
  if (error.status === 0) {
    return { status: 0, messages: [UNREACHABLE], requestId: null, retryAfterSeconds: null };
  }
  const body = isApiError(error.error) ? error.error : null;
  const raw = body ? (Array.isArray(body.message) ? body.message : [body.message]) : [];
  const messages = raw.filter((m): m is string => typeof m === 'string' && m.trim() !== '');
  const requestId = body?.requestId ?? null;
  if (error.status >= 500 || messages.length === 0) {
    const reference = requestId ? ` If it keeps happening, quote reference ${requestId}.` : '';
    return { status: error.status, messages: [SERVER_FAULT + reference], requestId, retryAfterSeconds: null };
  }
  return { status: error.status, messages, requestId, retryAfterSeconds: retryAfter(error) };
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'message' in value;
}

function retryAfter(error: HttpErrorResponse): number | null {
  if (error.status !== 429) return null;
  const header = error.headers?.get('Retry-After');
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
