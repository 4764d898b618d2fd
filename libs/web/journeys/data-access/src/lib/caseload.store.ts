import { computed, inject, Injectable, signal } from '@angular/core';
import { toApiProblem } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import type { CaseloadItem } from './caseload-item';
import { JourneysApi } from './journeys-api';

/** The journeys the signed-in advocate can see, a page at a time. */
@Injectable()
export class CaseloadStore {
  private readonly api = inject(JourneysApi);
  private readonly itemsState = signal<CaseloadItem[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly loadingState = signal(false);
  private readonly loadedState = signal(false);
  private readonly errorState = signal<string | null>(null);

  readonly items = this.itemsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly hasMore = computed(() => this.cursor() !== null);
  readonly empty = computed(() => this.loadedState() && this.itemsState().length === 0);

  load(): Promise<void> {
    this.itemsState.set([]);
    this.cursor.set(null);
    return this.fetch(null);
  }

  loadMore(): Promise<void> {
    return this.fetch(this.cursor());
  }

  private async fetch(cursor: string | null): Promise<void> {
    this.loadingState.set(true);
    try {
      const page = await firstValueFrom(this.api.caseload(cursor));
      this.itemsState.update((items) => [...items, ...page.items]);
      this.cursor.set(page.nextCursor);
      this.errorState.set(null);
      this.loadedState.set(true);
    } catch (error) {
      this.errorState.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.loadingState.set(false);
    }
  }
}
