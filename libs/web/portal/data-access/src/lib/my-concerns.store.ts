import { inject, Injectable, signal } from '@angular/core';
import type { MyConcern, RaiseConcernRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { PortalApi } from './portal-api';

/** The concerns she raised: reference, status in plain words, and what she is told at the end. */
@Injectable()
export class MyConcernsStore {
  private readonly api = inject(PortalApi);
  readonly concerns = signal<MyConcern[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    await readInto(this.api.concerns(), (concerns) => this.concerns.set(concerns), this.problem);
    this.loaded.set(true);
  }

  async raise(request: RaiseConcernRequest, idempotencyKey?: string): Promise<WriteResult<MyConcern>> {
    const result = await attemptWrite<MyConcern>(this.api.raiseConcern(request, idempotencyKey));
    if (result.ok) this.concerns.update((list) => [result.value, ...list.filter((c) => c.id !== result.value.id)]);
    return result;
  }
}
