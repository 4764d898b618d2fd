import { firstValueFrom, type Observable } from 'rxjs';
import { toApiProblem, type ApiProblem } from './api-problem';
import { toVersionConflict, type VersionConflictProblem } from './version-conflict';

/** The outcome of a write: the saved record, or what went wrong (with the current record on a stale version). */
export type WriteResult<T, C = T> =
  | { ok: true; value: T }
  | { ok: false; problem: ApiProblem; conflict: VersionConflictProblem<C> | null };

export async function attemptWrite<T, C = T>(request: Observable<T>): Promise<WriteResult<T, C>> {
  try {
    return { ok: true, value: await firstValueFrom(request) };
  } catch (error) {
    return { ok: false, problem: toApiProblem(error), conflict: toVersionConflict<C>(error) };
  }
}
