import { signal } from '@angular/core';
import type { ApiProblem } from '../http/api-problem';
import type { WriteResult } from '../http/write-result';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Headers that make a POST safe to repeat: the API answers a repeat of the same key and body with the first answer. */
export function idempotencyHeaders(key: string | null | undefined): Record<string, string> {
  return key ? { [IDEMPOTENCY_HEADER]: key } : {};
}

/**
 * One form's submissions. At most one is in flight: a second click while the first is pending does nothing, decided
 * synchronously in the click handler (a disabled button alone comes a render too late). Each submission carries an
 * Idempotency-Key; when it did not get through (no connection, a server fault, still in progress) the same body sent
 * again reuses the key, so a retry can never create a second record. A changed body or an answered submission gets
 * a fresh key.
 */
export class FormSubmission {
  private readonly inFlight = signal(false);
  /** True while a submission is on its way: bind the submit button's `disabled` to it. */
  readonly pending = this.inFlight.asReadonly();
  private retry: { key: string; body: string } | null = null;

  /**
   * Sends `write` with this submission's key, unless a submission is already pending (then `null`, and nothing is sent).
   * `body` is what the form sends: it decides whether a retry may reuse the last key.
   */
  async run<T, C = T>(body: unknown, write: (idempotencyKey: string) => Promise<WriteResult<T, C>>): Promise<WriteResult<T, C> | null> {
    if (this.inFlight()) return null;
    this.inFlight.set(true);
    const fingerprint = JSON.stringify(body ?? null);
    const key = this.retry && this.retry.body === fingerprint ? this.retry.key : newKey();
    try {
      const result = await write(key);
      this.retry = !result.ok && mayNotHaveArrived(result.problem) ? { key, body: fingerprint } : null;
      return result;
    } catch (error) {
      this.retry = { key, body: fingerprint };
      throw error;
    } finally {
      this.inFlight.set(false);
    }
  }
}

/** No answer, a server fault or "still being processed": the first attempt may have been saved, so a retry must reuse its key. */
function mayNotHaveArrived(problem: ApiProblem): boolean {
  return problem.status === 0 || problem.status >= 500 || problem.status === 409 && problem.messages.some((m) => m.includes('Idempotency-Key'));
}

function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
