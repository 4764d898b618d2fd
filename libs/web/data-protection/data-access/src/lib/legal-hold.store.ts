import { inject, Injectable, signal } from '@angular/core';
import type { JourneyRetentionView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { RetentionApi } from './retention-api';

/** One journey's review state, and a legal hold placed on it or lifted, each with its reason. */
@Injectable()
export class LegalHoldStore {
  private readonly api = inject(RetentionApi);
  readonly state = signal<JourneyRetentionView | null>(null);
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);

  async load(journeyId: string): Promise<void> {
    this.loading.set(true);
    this.state.set(null);
    await readInto(this.api.journey(journeyId), (state) => this.state.set(state), this.problem);
    this.loading.set(false);
  }

  hold(reason: string, key?: string): Promise<WriteResult<JourneyRetentionView>> {
    return this.write((id) => attemptWrite<JourneyRetentionView>(this.api.hold(id, { reason }, key)));
  }

  lift(reason: string, key?: string): Promise<WriteResult<JourneyRetentionView>> {
    return this.write((id) => attemptWrite<JourneyRetentionView>(this.api.lift(id, { reason }, key)));
  }

  private async write(send: (journeyId: string) => Promise<WriteResult<JourneyRetentionView>>): Promise<WriteResult<JourneyRetentionView>> {
    const current = this.state();
    if (!current) throw new Error('Load the journey before holding it.');
    const result = await send(current.journeyId);
    if (result.ok) this.state.set(result.value);
    return result;
  }
}
