import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AccessLogStore } from '@beside/web/audit/data-access';
import type { AccessLogEntry } from '@beside/shared/contracts';
import { formatLondonDateTime, formatLondonTime } from '@beside/shared/util';
import { Notice, PageHeader } from '@beside/web/ui';

const ROLE_WORDS: Record<string, string> = {
  advocate: 'advocate',
  manager: 'manager',
  admin: 'account administrator',
};

/** "Who has looked at my record": who else opened or changed her records, one line per person per day. */
@Component({
  selector: 'bs-access-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, PageHeader],
  providers: [AccessLogStore],
  template: `
    <bs-page-header heading="Who has looked at your record">
      <p>Each time someone at the service opens or changes your records, it is written down. Here you see one line for each person on each day. You can ask about any of them.</p>
    </bs-page-header>
    @if (log.error(); as e) {
      <bs-notice kind="warning">{{ e }}</bs-notice>
    }
    @if (log.empty()) {
      <p>Nobody else has looked at your record yet.</p>
    }
    <ol class="entries">
      @for (entry of log.items(); track entry.id) {
        <li>
          <p class="when">{{ between(entry) }}</p>
          <p>
            <strong>{{ entry.who }}</strong>
            @if (entry.role && roleWords[entry.role]) {
              <span>, {{ roleWords[entry.role] }}</span>
            }
          </p>
          <p>{{ entry.what }}</p>
          @if (entry.times > 1) {
            <p class="times">{{ entry.times }} times that day</p>
          }
        </li>
      }
    </ol>
    @if (log.hasMore()) {
      <button mat-stroked-button type="button" (click)="log.more()" [disabled]="log.loading()">Show earlier</button>
    }
  `,
  styles: `
    .entries {
      list-style: none;
      padding: 0;
      margin: 0 0 1.5rem;
    }
    .entries li {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 0.75rem 0;
    }
    .entries p {
      margin: 0.125rem 0;
    }
    .times {
      font-weight: 600;
    }
    .when {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AccessLogPage {
  protected readonly log = inject(AccessLogStore).entries;
  protected between(entry: AccessLogEntry): string {
    const end = formatLondonTime(entry.occurredAt);
    if (!entry.firstAt || formatLondonTime(entry.firstAt) === end) return formatLondonDateTime(entry.occurredAt);
    return `${formatLondonDateTime(entry.firstAt)} to ${end}`;
  }
  protected readonly roleWords = ROLE_WORDS;

  constructor() {
    void this.log.reload();
  }
}
