import { computed, signal } from '@angular/core';
import type { Page } from '@beside/shared/util';
import { firstValueFrom, type Observable } from 'rxjs';
import { toApiProblem } from '../http/api-problem';

/** A keyset-paginated list held in signals: load the first page, then "show more". */
export class KeysetList<T> {
  private readonly itemsState = signal<T[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly loadingState = signal(false);
  private readonly loadedState = signal(false);
  private readonly errorState = signal<string | null>(null);
  // A reload (a new search) outruns answers to earlier requests: only the latest one lands.
  private generation = 0;

  readonly items = this.itemsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly hasMore = computed(() => this.cursor() !== null);
  readonly empty = computed(() => this.loadedState() && this.itemsState().length === 0);

  constructor(private readonly fetchPage: (cursor: string | null) => Observable<Page<T>>) {}

  reload(): Promise<void> {
    this.generation++;
    this.cursor.set(null);
    this.loadedState.set(false);
    return this.fetch(null, true);
  }

  more(): Promise<void> {
    return this.fetch(this.cursor(), false);
  }

  /** Replaces one item in place (after an edit), matched by `same`. */
  replace(item: T, same: (a: T, b: T) => boolean): void {
    this.itemsState.update((items) => items.map((i) => (same(i, item) ? item : i)));
  }

  /** Puts a new item first (after a create), without reloading. */
  prepend(item: T): void {
    this.itemsState.update((items) => [item, ...items]);
  }

  private async fetch(cursor: string | null, replace: boolean): Promise<void> {
    const generation = this.generation;
    this.loadingState.set(true);
    try {
      const page = await firstValueFrom(this.fetchPage(cursor));
      if (generation !== this.generation) return;
      this.itemsState.update((items) => (replace ? page.items : [...items, ...page.items]));
      this.cursor.set(page.nextCursor);
      this.errorState.set(null);
      this.loadedState.set(true);
    } catch (error) {
      if (generation === this.generation) this.errorState.set(toApiProblem(error).messages.join(' '));
    } finally {
      if (generation === this.generation) this.loadingState.set(false);
    }
  }
}
