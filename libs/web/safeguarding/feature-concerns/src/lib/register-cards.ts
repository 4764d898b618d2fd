import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ConcernSummary } from '@beside/shared/contracts';
import { CONCERN_WORDS, howLate } from '@beside/web/safeguarding/ui';
import { LondonPipe, StatusTag } from '@beside/web/ui';

/**
 * The register on a phone: one card per concern, the same facts as a row of the table, read
 * top to bottom instead of scrolled sideways. The page chooses this or the table by width.
 */
@Component({
  selector: 'bs-register-cards',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusTag, LondonPipe],
  template: `
    <ul class="bs-concern-cards" [attr.aria-label]="label()" [attr.aria-busy]="busy()">
      @for (c of concerns(); track c.id) {
        <li class="bs-concern-card" [class.bs-concern-card--overdue]="c.overdue">
          <p class="bs-concern-card__top">
            <a class="bs-ref" [routerLink]="['/concerns', c.id]">{{ c.reference }}</a>
            <bs-status-tag [status]="c.severity" [scheme]="words.severityTags" [framed]="true" />
            <bs-status-tag [status]="c.status" [scheme]="words.statusTags" />
          </p>
          <dl class="bs-concern-card__facts bs-card-facts">
            <div>
              <dt>About</dt>
              <dd>
                {{ words.category[c.category] }}
                @if (c.serviceUserName && c.journeyId) {
                  · <a [routerLink]="['/journeys', c.journeyId]">{{ c.serviceUserName }}</a>
                } @else if (c.serviceUserName) {
                  · {{ c.serviceUserName }}
                }
                @if (c.aboutStaff) {
                  · about {{ c.aboutStaff.name }}
                }
              </dd>
            </div>
            <div>
              <dt>Raised by</dt>
              <dd>{{ words.raiserRole[c.raisedByRole] }}, {{ c.raisedAt | london: 'dateTime' }}</dd>
            </div>
            <div>
              <dt>{{ c.triagedAt ? 'Triaged' : 'Triage due' }}</dt>
              <dd>
                {{ c.triagedAt ?? c.triageDueAt | london: 'dateTime' }}
                @if (c.overdue) {
                  <strong class="bs-overdue">Overdue: {{ late(c.triageDueAt) }}</strong>
                }
              </dd>
            </div>
            @if (c.openActions) {
              <div>
                <dt>Actions</dt>
                <dd>{{ c.openActions }} open</dd>
              </div>
            }
          </dl>
        </li>
      }
    </ul>
  `,
  styles: `
    .bs-concern-cards {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .bs-concern-card {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-concern-card--overdue {
      padding-left: 0.75rem;
      box-shadow: inset 5px 0 0 var(--bs-error);
    }
    .bs-concern-card__top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0 0.5rem;
      font-weight: 600;
    }
    .bs-ref {
      white-space: nowrap;
      margin-right: auto;
      min-height: 24px;
    }
    .bs-overdue {
      display: block;
      color: var(--bs-error);
    }
  `,
})
export class RegisterCards {
  readonly concerns = input.required<readonly ConcernSummary[]>();
  readonly label = input.required<string>();
  readonly busy = input(false);
  protected readonly words = CONCERN_WORDS;
  protected readonly late = howLate;
}
