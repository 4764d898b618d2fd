import { inject, Injectable } from '@angular/core';
import type { AdvocateCaseload } from '@beside/shared/contracts';
import { LoadedValue } from './loaded-value';
import { SafeguardingApi } from './safeguarding-api';

/** Each advocate's caseload, for allocating new journeys. */
@Injectable()
export class AllocationStore extends LoadedValue<AdvocateCaseload[]> {
  private readonly api = inject(SafeguardingApi);

  refresh(): Promise<void> {
    return this.load(this.api.allocation());
  }
}
