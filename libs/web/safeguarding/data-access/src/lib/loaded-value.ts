import { signal } from '@angular/core';
import { toApiProblem, type ApiProblem } from '@beside/web/core';
import { firstValueFrom, type Observable } from 'rxjs';

/** A read-only figure loaded from the API (dashboard, report, allocation), with loading and problem state. */
export class LoadedValue<T> {
  private generation = 0;
  readonly value = signal<T | null>(null);
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);
  /** The API's answer when loading failed, for a form to put on its fields and summary. */
  readonly apiProblem = signal<ApiProblem | null>(null);

  async load(request: Observable<T>): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    try {
      const value = await firstValueFrom(request);
      if (generation !== this.generation) return;
      this.value.set(value);
      this.problem.set(null);
      this.apiProblem.set(null);
    } catch (error) {
      if (generation !== this.generation) return;
      this.value.set(null);
      const problem = toApiProblem(error);
      this.apiProblem.set(problem);
      this.problem.set(problem.messages.join(' '));
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }
}
