import { inject, Injectable, signal } from '@angular/core';
import type { CaseloadEntry, StaffMember } from '@beside/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { KeysetList } from '@beside/web/core';
import type { CaseloadFilters } from './journey-view';
import { JourneysApi } from './journeys-api';

/** The journeys the signed-in advocate can see (a manager: the organisation's), searched, filtered and sorted on the server. */
@Injectable()
export class CaseloadStore {
  private readonly api = inject(JourneysApi);
  private readonly filtersState = signal<CaseloadFilters>({});

  private readonly staffState = signal<StaffMember[] | null>(null);

  readonly filters = this.filtersState.asReadonly();
  /** The organisation's staff, to name the advocate whose journeys are shown; null until asked for. */
  readonly staff = this.staffState.asReadonly();
  readonly journeys = new KeysetList<CaseloadEntry>((cursor) => this.api.caseload(this.filtersState(), cursor));

  search(filters: CaseloadFilters): Promise<void> {
    this.filtersState.set(filters);
    return this.journeys.reload();
  }

  async loadStaff(): Promise<void> {
    try {
      this.staffState.set(await firstValueFrom(this.api.staff()));
    } catch {
      this.staffState.set([]);
    }
  }
}
