import { inject, Injectable, signal } from '@angular/core';
import type { ConcernSummary } from '@beside/shared/contracts';
import { KeysetList } from '@beside/web/core';
import { SafeguardingApi, type ConcernFilters } from './safeguarding-api';

/** The concerns register: one view (open, overdue, closed, all) and severity at a time, paged on the server. */
@Injectable()
export class ConcernsRegisterStore {
  private readonly api = inject(SafeguardingApi);
  private readonly filtersState = signal<ConcernFilters>({ view: 'open' });

  readonly filters = this.filtersState.asReadonly();
  readonly concerns = new KeysetList<ConcernSummary>((cursor) => this.api.concerns(this.filtersState(), cursor));

  show(filters: ConcernFilters): Promise<void> {
    this.filtersState.set(filters);
    return this.concerns.reload();
  }
}
