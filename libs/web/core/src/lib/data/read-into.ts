import type { WritableSignal } from '@angular/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { toApiProblem } from '../http/api-problem';

/**
 * A store's load: the answer goes to `set` and `problem` is cleared, or `problem` gets the words for what went wrong and
 * what the store holds stays as it was. True when the answer came.
 */
export async function readInto<T>(request: Observable<T>, set: (value: T) => void, problem: WritableSignal<string | null>): Promise<boolean> {
  try {
    set(await firstValueFrom(request));
    problem.set(null);
    return true;
  } catch (error) {
    problem.set(toApiProblem(error).messages.join(' '));
    return false;
  }
}
