import { computed, inject, Injectable, signal } from '@angular/core';
import type { BreachView, RecordBreachRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { DataProtectionApi } from './data-protection-api';

/** The breach register: open breaches first, as the API gives them, each with its 72-hour clock. */
@Injectable()
export class BreachesStore {
  private readonly api = inject(DataProtectionApi);
  readonly breaches = signal<BreachView[]>([]);
  readonly loaded = signal(false);
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);
  readonly open = computed(() => this.breaches().filter((b) => !b.closedAt));

  async load(): Promise<void> {
    this.loading.set(true);
    await readInto(this.api.breaches(), (breaches) => this.breaches.set(breaches), this.problem);
    this.loading.set(false);
    this.loaded.set(true);
  }

  async record(body: RecordBreachRequest, key?: string): Promise<WriteResult<BreachView>> {
    const result = await attemptWrite<BreachView>(this.api.recordBreach(body, key));
    if (result.ok) this.breaches.update((all) => [result.value, ...all]);
    return result;
  }
}
