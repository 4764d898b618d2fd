import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TimelineStore } from '@beside/web/journeys/data-access';
import { LondonPipe } from '@beside/web/ui';
import { describeEntry } from './describe-entry';

@Component({
  selector: 'bs-timeline-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe],
  template: `
    <div class="bs-tab-body">
      <h2>Timeline</h2>
      <p class="bs-secondary-text">Everything on her journey, from the referral onwards. Times are London time.</p>
      @if (store.entries.error()) {
        <p class="bs-inline-error" role="alert">{{ store.entries.error() }}</p>
      }
      <ol class="bs-timeline">
        @for (entry of store.entries.items(); track entry.kind + entry.id) {
          @let text = describe(entry);
          <li class="bs-timeline__item" [class]="'bs-timeline__item bs-timeline__item--' + entry.kind">
            <span class="bs-timeline__when">{{ entry.at | london: 'dateTime' }}</span>
            <strong class="bs-timeline__title">{{ text.title }}</strong>
            @if (text.detail) {
              <span class="bs-timeline__detail">{{ text.detail }}</span>
            }
          </li>
        }
      </ol>
      @if (store.entries.hasMore()) {
        <button mat-stroked-button type="button" (click)="store.entries.more()" [disabled]="store.entries.loading()">
          Show later entries
        </button>
      }
      @if (store.entries.loading()) {
        <p aria-live="polite">Loading the timeline…</p>
      }
    </div>
  `,
  styles: `
    .bs-timeline {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0 0 0 1.25rem;
      border-left: 3px solid var(--mat-sys-outline-variant);
    }
    .bs-timeline__item {
      display: grid;
      gap: 0.125rem;
      padding: 0.5rem 0 0.75rem;
    }
    .bs-timeline__when {
      color: var(--bs-text-secondary);
      font-size: 0.9375rem;
    }
    .bs-timeline__detail {
      white-space: pre-wrap;
    }
  `,
})
export class TimelineSection {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(TimelineStore);
  protected readonly describe = describeEntry;

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
  }
}
