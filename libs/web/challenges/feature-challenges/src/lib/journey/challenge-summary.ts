import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ChallengeView } from '@beside/shared/contracts';
import { LondonPipe, StatusTag } from '@beside/web/ui';
import { CHALLENGE_STATUS_TAGS, OUTCOME_LABELS } from './challenge-words';
import { DeadlineTag } from './deadline-tag';

/** One challenge in her list: what, against whom, where it stands, its next deadline, or its outcome. */
@Component({
  selector: 'bs-challenge-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LondonPipe, StatusTag, DeadlineTag],
  template: `
    @let c = challenge();
    <article class="bs-challenge" [attr.aria-labelledby]="'challenge-' + c.id">
      <h4 [id]="'challenge-' + c.id">
        <a routerLink="." [queryParams]="{ challenge: c.id }" queryParamsHandling="merge">{{ c.typeName }}: {{ c.bodyChallenged }}</a>
      </h4>
      <dl class="bs-card-facts">
        <div>
          <dt>Status</dt>
          <dd><bs-status-tag [status]="c.status" [scheme]="statusTags" /></dd>
        </div>
        @if (c.status === 'open') {
          <div>
            <dt>Stage</dt>
            @if (current(); as s) {
              <dd>{{ s.name }}, since {{ s.startedOn | london: 'date' }}</dd>
            } @else {
              <dd>—</dd>
            }
          </div>
          <div>
            <dt>Next deadline</dt>
            <dd>
              @if (c.nextDeadline; as d) {
                <bs-deadline-tag [on]="d.on" [daysLeft]="d.daysLeft" />
                <span class="bs-secondary-text"> ({{ d.stageName }})</span>
              } @else {
                No time limit at this stage
              }
            </dd>
          </div>
        } @else {
          <div>
            <dt>Outcome</dt>
            <dd>{{ c.outcome ? outcomeLabels[c.outcome] : 'Ended' }}{{ c.closedOn ? ', ' + (c.closedOn | london: 'date') : '' }}</dd>
          </div>
        }
      </dl>
    </article>
  `,
  styles: `
    .bs-challenge {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    h4 {
      margin: 0 0 0.25rem;
      font-size: 1.0625rem;
    }
    .bs-card-facts {
      --bs-card-term-width: 7.5rem;
    }
  `,
})
export class ChallengeSummary {
  readonly challenge = input.required<ChallengeView>();
  protected readonly current = computed(() => {
    const stages = this.challenge().stages;
    return stages.length ? stages[stages.length - 1] : null;
  });
  protected readonly statusTags = CHALLENGE_STATUS_TAGS;
  protected readonly outcomeLabels = OUTCOME_LABELS;
}
