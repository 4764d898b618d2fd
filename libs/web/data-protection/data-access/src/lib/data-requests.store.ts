import { computed, inject, Injectable, signal } from '@angular/core';
import type { DataRequestView, RecordDataRequestRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { DataProtectionApi, type DataRequestFilter } from './data-protection-api';

/** The requests from the women, the clock nearest its end first (answered ones last, newest first). */
@Injectable()
export class DataRequestsStore {
  private readonly api = inject(DataProtectionApi);
  readonly requests = signal<DataRequestView[]>([]);
  readonly filter = signal<DataRequestFilter>('open');
  readonly loaded = signal(false);
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);
  readonly ordered = computed(() => [...this.requests()].sort(soonestFirst));
  /** Open requests whose clock ends within 7 days or has passed: for the managers' dashboard. */
  readonly nearTheirEnd = computed(() => this.ordered().filter((r) => r.clock !== null && r.clock.daysLeft <= 7));

  async load(filter: DataRequestFilter = this.filter()): Promise<void> {
    this.filter.set(filter);
    this.loading.set(true);
    await readInto(this.api.requests(filter), (requests) => this.requests.set(requests), this.problem);
    this.loading.set(false);
    this.loaded.set(true);
  }

  async record(body: RecordDataRequestRequest, key?: string): Promise<WriteResult<DataRequestView>> {
    const result = await attemptWrite<DataRequestView>(this.api.recordRequest(body, key));
    if (result.ok) this.requests.update((all) => [result.value, ...all]);
    return result;
  }
}

function soonestFirst(a: DataRequestView, b: DataRequestView): number {
  if (a.clock && b.clock) return a.clock.daysLeft - b.clock.daysLeft || a.receivedOn.localeCompare(b.receivedOn);
  if (a.clock || b.clock) return a.clock ? -1 : 1;
  return (b.answeredOn ?? '').localeCompare(a.answeredOn ?? '');
}
