import { inject, Injectable, signal } from '@angular/core';
import type { MyConcern, RaiseConcernRequest } from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { PortalApi } from './portal-api';

/** The concerns she raised: reference, status in plain words, and what she is told at the end. */
@Injectable()
export class MyConcernsStore {
  private readonly api = inject(PortalApi);
  readonly concerns = signal<MyConcern[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    try {
      this.concerns.set(await firstValueFrom(this.api.concerns()));
      this.problem.set(null);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.loaded.set(true);
    }
  }

  async raise(request: RaiseConcernRequest): Promise<WriteResult<MyConcern>> {
    const result = await attemptWrite<MyConcern>(this.api.raiseConcern(request));
    if (result.ok) this.concerns.update((list) => [result.value, ...list]);
    return result;
  }
}
