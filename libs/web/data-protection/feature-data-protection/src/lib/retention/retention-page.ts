import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RetentionStore } from '@beside/web/data-protection/data-access';
import { PageHeader } from '@beside/web/ui';
import { RetentionRulesSection } from './retention-rules-section';
import { ReviewQueueSection } from './review-queue-section';

/** Retention: the schedule, the review queue, and the way to legal holds. */
@Component({
  selector: 'bs-retention-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeader, RetentionRulesSection, ReviewQueueSection],
  providers: [RetentionStore],
  template: `
    <bs-page-header heading="Retention" caption="Data protection">
      <p>Records are kept no longer than needed (UK GDPR Article 5(1)(e)). When a record's time is up it comes here for review; an anonymised record keeps no name, contact details or words about her, and every figure stays the same.</p>
      <p><a routerLink="/data-protection/retention/holds">Legal holds: stop a journey being reviewed or anonymised</a></p>
    </bs-page-header>
    <bs-review-queue-section />
    <bs-retention-rules-section />
  `,
})
export class RetentionPage {
  private readonly store = inject(RetentionStore);

  constructor() {
    void this.store.loadReviews();
    void this.store.loadRules();
  }
}
