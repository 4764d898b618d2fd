import { inject, Injectable, signal } from '@angular/core';
import type { NetworkFiguresView } from '@beside/shared/contracts';
import { toApiProblem, type ApiProblem } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { NetworkApi } from './network-api';

/** The network's pooled figures for a range of months: aggregates only, as the API protects them. */
@Injectable()
export class NetworkFiguresStore {
  private readonly api = inject(NetworkApi);
  readonly value = signal<NetworkFiguresView | null>(null);
  readonly loading = signal(false);
  /** What the API said was wrong with the range (or that it could not be reached); null when the figures came. */
  readonly apiProblem = signal<ApiProblem | null>(null);

  async show(from: string, to: string): Promise<boolean> {
    this.loading.set(true);
    try {
      this.value.set(await firstValueFrom(this.api.figures(from, to)));
      this.apiProblem.set(null);
      return true;
    } catch (error) {
      this.apiProblem.set(toApiProblem(error));
      return false;
    } finally {
      this.loading.set(false);
    }
  }
}
