import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { SharingDecisionView } from '@beside/shared/contracts';
import { needsReview } from '@beside/web/safety/data-access';
import { LondonPipe } from '@beside/web/ui';
import { focusAfterRender } from './focus-after-render';
import { ReviewSharingForm } from './review-sharing-form';
import { basisWords, consentWords, considerationWords, reviewWords, shownWords } from './sharing-words';

/** One sharing decision: what, with whom, when, on what basis, her consent, what she sees, and its review. */
@Component({
  selector: 'bs-sharing-decision-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, ReviewSharingForm],
  template: `
    @let d = decision();
    <article class="bs-sharing" [attr.aria-labelledby]="'sharing-' + d.id">
      <h3 [id]="'sharing-' + d.id">Shared with {{ d.sharedWith }}</h3>
      <p class="bs-sharing__tags">
        <span class="bs-word-tag" [class.bs-word-tag--strong]="!d.withConsent">{{ consent() }}</span>
        <span class="bs-word-tag">{{ shown() }}</span>
      </p>
      <dl class="bs-summary-list">
        <div><dt>What</dt><dd class="bs-prewrap">{{ d.what }}</dd></div>
        <div><dt>When</dt><dd>{{ d.sharedOn | london: 'date' }}</dd></div>
        <div><dt>Lawful basis</dt><dd>{{ basis() }}</dd></div>
        <div><dt>Decided by</dt><dd>{{ d.decidedBy }}</dd></div>
        @if (!d.withConsent) {
          <div>
            <dt>What was weighed</dt>
            <dd>
              @if (weighed().length) {
                <ul class="bs-weighed">
                  @for (w of weighed(); track w) {
                    <li>{{ w }}</li>
                  }
                </ul>
              } @else {
                Nothing ticked
              }
            </dd>
          </div>
          <div><dt>Reasoning</dt><dd class="bs-prewrap">{{ d.reasoning }}</dd></div>
        }
        <div>
          <dt>Review</dt>
          <dd>
            <span class="bs-review-state">{{ review() }}</span>
            @if (d.review) {
              <span class="bs-prewrap bs-review-note">{{ d.review.note }}</span>
            }
          </dd>
        </div>
      </dl>
      @if (canReview() && awaiting()) {
        @if (reviewing()) {
          <bs-review-sharing-form [decision]="d" (done)="onReviewed($event)" />
        } @else {
          <div class="bs-actions">
            <button mat-stroked-button type="button" [id]="'review-button-' + d.id" (click)="reviewing.set(true)" [attr.aria-label]="'Review the sharing with ' + d.sharedWith">Review</button>
          </div>
        }
      }
    </article>
  `,
  styles: `
    .bs-sharing {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem;
      margin: 0 0 1rem;
      max-width: 52rem;
    }
    h3 { margin: 0 0 0.5rem; overflow-wrap: anywhere; }
    .bs-sharing__tags { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 0 0.5rem; }
    .bs-word-tag { border: 1px solid var(--mat-sys-outline); border-radius: 4px; padding: 0 0.5rem; }
    .bs-word-tag--strong { font-weight: 700; }
    .bs-weighed { margin: 0; padding-left: 1.25rem; }
    .bs-prewrap { white-space: pre-line; overflow-wrap: anywhere; }
    .bs-review-note { display: block; }
    .bs-summary-list { --bs-summary-term-width: 10rem; }
  `,
})
export class SharingDecisionCard {
  readonly decision = input.required<SharingDecisionView>();
  /** A manager (safety:review) may review one without her consent that is not yet reviewed. */
  readonly canReview = input(false);
  readonly reviewed = output<SharingDecisionView>();
  protected readonly reviewing = signal(false);
  private readonly injector = inject(Injector);
  protected readonly awaiting = computed(() => needsReview(this.decision()));
  protected readonly consent = computed(() => consentWords(this.decision()));
  protected readonly shown = computed(() => shownWords(this.decision()));
  protected readonly basis = computed(() => basisWords(this.decision()));
  protected readonly weighed = computed(() => considerationWords(this.decision()));
  protected readonly review = computed(() => reviewWords(this.decision()));

  protected onReviewed(decision: SharingDecisionView | null): void {
    this.reviewing.set(false);
    if (decision) this.reviewed.emit(decision);
    else focusAfterRender(this.injector, `review-button-${this.decision().id}`);
  }
}
