import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** What a paged list needs of its items (web/core `KeysetList`). */
export interface PagedItems {
  loaded(): boolean;
  loading(): boolean;
  empty(): boolean;
  hasMore(): boolean;
  items(): readonly unknown[];
  more(): unknown;
}

/**
 * A list that comes a page at a time: how many were found (said, not shown), the list itself (the content) or what
 * to say when there is none (the content marked `empty`), then "Show more" and "Loading…". `noun` names the things
 * listed, in the plural ("journeys").
 */
@Component({
  selector: 'bs-paged-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <p class="bs-visually-hidden" aria-live="polite">
      @if (list().loaded()) {
        {{ list().items().length }}{{ list().hasMore() ? ' or more' : '' }} {{ noun() }} found.
      }
    </p>
    @if (list().empty()) {
      <div class="bs-empty"><ng-content select="[empty]" /></div>
    } @else if (list().items().length) {
      <ng-content />
    }
    @if (!list().empty() && list().items().length && list().hasMore()) {
      <div class="bs-actions">
        <button mat-stroked-button type="button" (click)="list().more()" [disabled]="list().loading()">Show more {{ noun() }}</button>
      </div>
    }
    @if (list().loading()) {
      <p aria-live="polite">Loading {{ noun() }}…</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .bs-empty {
      padding: 1.5rem;
      background: var(--mat-sys-surface-container);
      border-radius: 8px;
    }
  `,
})
export class PagedList {
  readonly list = input.required<PagedItems>();
  readonly noun = input.required<string>();
}
