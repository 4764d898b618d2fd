import { computed, signal } from '@angular/core';
import { toApiProblem } from '@beside/web/core';
import type { Page } from '@beside/shared/util';
import { firstValueFrom, type Observable } from 'rxjs';

/** A keyset-paginated list held in signals: load the first page, then "show more". */
export class KeysetList<T> {
  private readonly itemsState = signal<T[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly loadingState = signal(false);
  private readonly loadedState = signal(false);
  private readonly errorState = signal<string | null>(null);

  readonly items = this.itemsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly hasMore = computed(() => this.cursor() !== null);
  readonly empty = computed(() => this.loadedState() && this.itemsState().length === 0);

  constructor(private readonly fetchPage: (cursor: string | null) => Observable<Page<T>>) {}

  reload(): Promise<void> {
    this.itemsState.set([]);
    this.cursor.set(null);
    this.loadedState.set(false);
    return this.fetch(null);
  }

  more(): Promise<void> {
    return this.fetch(this.cursor());
  }

  private async fetch(cursor: string | null): Promise<void> {
    this.loadingState.set(true);
    try {
      const page = await firstValueFrom(this.fetchPage(cursor));
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
