import { inject, Injectable, signal } from '@angular/core';
import type { CaseloadEntry } from '@beside/shared/contracts';
import { KeysetList } from '@beside/web/core';
import type { CaseloadFilters } from './journey-view';
import { JourneysApi } from './journeys-api';

/** The journeys the signed-in advocate can see (a manager: the organisation's), searched, filtered and sorted on the server. */
@Injectable()
export class CaseloadStore {
  private readonly api = inject(JourneysApi);
  private readonly filtersState = signal<CaseloadFilters>({});

  readonly filters = this.filtersState.asReadonly();
  readonly journeys = new KeysetList<CaseloadEntry>((cursor) => this.api.caseload(this.filtersState(), cursor));

  search(filters: CaseloadFilters): Promise<void> {
    this.filtersState.set(filters);
    return this.journeys.reload();
  }
}
