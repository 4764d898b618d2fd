import { inject, Injectable } from '@angular/core';
import type { Dashboard } from '@beside/shared/contracts';
import { LoadedValue } from './loaded-value';
import { SafeguardingApi } from './safeguarding-api';

/** The manager's dashboard figures. */
@Injectable()
export class DashboardStore extends LoadedValue<Dashboard> {
  private readonly api = inject(SafeguardingApi);

  refresh(): Promise<void> {
    return this.load(this.api.dashboard());
  }
}
