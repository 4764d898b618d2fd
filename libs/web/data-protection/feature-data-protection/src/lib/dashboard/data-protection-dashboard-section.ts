import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DATA_REQUEST_KIND_WORDS } from '@beside/shared/contracts';
import { BreachesStore, DataRequestsStore, RetentionStore } from '@beside/web/data-protection/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';
import { ClockTag, hoursLeftTone } from '../shared/clock-tag';
import { daysLeftInWords, daysLeftTone, hoursLeftInWords } from '../shared/clock-words';

/**
 * Data protection on the managers' dashboard: requests from the women whose clock ends within 7 days or has passed,
 * open breaches with their 72-hour clock, and the number of records due for review.
 */
@Component({
  selector: 'bs-data-protection-dashboard-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LondonPipe, Notice, ClockTag],
  providers: [DataRequestsStore, BreachesStore, RetentionStore],
  templateUrl: './data-protection-dashboard-section.html',
  styles: `
    .bs-dp-parts { display: grid; gap: 1rem 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); }
    h3 { margin: 0 0 0.5rem; }
    .bs-dp-list { list-style: none; padding: 0; margin: 0 0 0.75rem; }
    .bs-dp-list li { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; padding: 0.5rem 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class DataProtectionDashboardSection {
  protected readonly requests = inject(DataRequestsStore);
  protected readonly breaches = inject(BreachesStore);
  protected readonly retention = inject(RetentionStore);
  protected readonly kindWords = DATA_REQUEST_KIND_WORDS;
  protected readonly daysLeftInWords = daysLeftInWords;
  protected readonly daysLeftTone = daysLeftTone;
  protected readonly hoursLeftInWords = hoursLeftInWords;
  protected readonly hoursLeftTone = hoursLeftTone;
  protected readonly requestsInWords = computed(() => {
    const near = this.requests.nearTheirEnd();
    const missed = near.filter((r) => r.clock && r.clock.daysLeft < 0).length;
    if (!near.length) return 'No request’s time limit ends in the next 7 days or has passed.';
    const soon = near.length - missed;
    return [missed ? `${missed} past ${missed === 1 ? 'its' : 'their'} time limit` : '', soon ? `${soon} due within 7 days` : ''].filter(Boolean).join(', ') + '.';
  });

  protected readonly reviewsInWords = computed(() => {
    const waiting = this.retention.awaitingDecision().length;
    const approved = this.retention.approved().length;
    const due = waiting ? `${waiting} ${waiting === 1 ? 'record is' : 'records are'} due for review.` : 'No record is waiting for a review.';
    return approved ? `${due} ${approved} approved for anonymisation, waiting for the job.` : due;
  });

  constructor() {
    void this.requests.load('open');
    void this.breaches.load();
    void this.retention.loadReviews();
  }
}
