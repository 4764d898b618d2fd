import { afterNextRender, ChangeDetectionStrategy, Component, effect, type ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { RetentionStore } from '@beside/web/data-protection/data-access';
import { Notice } from '@beside/web/ui';
import { ReviewItem } from './review-item';

/** The review queue: records whose time is up, soonest due first, each kept with a reason or anonymised. */
@Component({
  selector: 'bs-review-queue-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Notice, ReviewItem],
  template: `
    <section class="bs-section" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Due for review</h2>
      <p>Closed journeys whose time is up, soonest due first. Keep one until a later date with a reason, or approve it for anonymisation. A journey under a legal hold is not listed.</p>
      <div #said tabindex="-1" class="bs-said">
        @if (refusal(); as why) {
          <bs-notice kind="warning">{{ why }}</bs-notice>
        } @else if (saved(); as what) {
          <bs-notice kind="success">{{ what }}</bs-notice>
        }
      </div>
      @if (store.reviewsProblem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      @if (store.reviewsLoaded()) {
        @for (r of store.reviews(); track r.id) {
          <bs-review-item [review]="r" (done)="say($event, null)" (refused)="say(null, $event)" />
        } @empty {
          @if (!store.reviewsProblem()) {
            <p>No record is due for review.</p>
          }
        }
      } @else {
        <p role="status">Loading the review queue…</p>
      }
    </section>
  `,
  styles: `
    .bs-said:focus-visible { outline: 3px solid var(--bs-focus, #fd0); }
  `,
})
export class ReviewQueueSection {
  protected readonly store = inject(RetentionStore);
  protected readonly saved = signal<string | null>(null);
  protected readonly refusal = signal<string | null>(null);
  private readonly said = viewChild.required<ElementRef<HTMLElement>>('said');
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      if (this.saved() || this.refusal()) afterNextRender(() => this.said().nativeElement.focus(), { injector: this.injector });
    });
  }

  protected say(saved: string | null, refusal: string | null): void {
    this.saved.set(saved);
    this.refusal.set(refusal);
    // What the API refused may have changed meanwhile (a hold, an open concern): the queue is read again.
    if (refusal) void this.store.loadReviews();
  }
}
