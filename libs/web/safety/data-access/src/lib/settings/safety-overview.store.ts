import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { SafetyOverview } from '@beside/shared/contracts';
import { readInto } from '@beside/web/core';

/** The managers' safety picture on the dashboard: who is at high risk, and what waits for someone. */
@Injectable()
export class SafetyOverviewStore {
  private readonly http = inject(HttpClient);
  readonly overview = signal<SafetyOverview | null>(null);
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);
  readonly overdueActions = computed(() => (this.overview()?.actionsDue ?? []).filter((a) => a.overdue));

  async load(): Promise<boolean> {
    this.loading.set(true);
    try {
      return await readInto(this.http.get<SafetyOverview>('/api/safety/overview'), (value) => this.overview.set(value), this.problem);
    } finally {
      this.loading.set(false);
    }
  }
}
