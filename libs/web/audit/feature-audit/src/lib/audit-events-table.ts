import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  AUDIT_ENTITY_WORDS,
  AUDIT_OUTCOME_WORDS,
  AUDIT_ROLE_WORDS,
  describeAuditEvent,
  fieldWords,
  type AuditEventView,
  type AuditPerson,
} from '@beside/shared/contracts';
import { LondonPipe } from '@beside/web/ui';

/** Why something was refused or failed, in words. */
const WHY_WORDS: Record<string, string> = {
  out_of_scope: 'Not theirs to see',
  read_only_access: 'Emergency access is read-only',
  wrong_password: 'Wrong password',
  no_usable_account: 'No active account for that email',
  wrong_current_password: 'Wrong current password',
  disabled: 'The account is turned off',
  throttled: 'Too many tries: asked to wait',
  first_manager: 'The first manager (no approval needed)',
};

/** Audit events as a table; names can narrow the search to that person. */
@Component({
  selector: 'bs-audit-events-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe],
  template: `
    <div class="bs-table-scroll" role="region" aria-label="Audit events" tabindex="0">
      <table>
        <caption class="bs-visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">About</th>
            <th scope="col">Outcome</th>
            <th scope="col">Reason or detail</th>
          </tr>
        </thead>
        <tbody>
          @for (e of events(); track e.id) {
            <tr [class.denied]="e.outcome !== 'success'">
              <td>{{ e.occurredAt | london: 'dateTime' }}<br /><span class="muted">#{{ e.seq }}</span></td>
              <td>
                @if (e.actor.id) {
                  {{ e.actor.name ?? 'Unknown' }}
                  @if (e.actor.role) {
                    <span class="muted">({{ roleWords[e.actor.role] }})</span>
                  }
                  <br />
                  <button
                    mat-button
                    type="button"
                    class="narrow"
                    (click)="onlyActor.emit({ id: e.actor.id!, name: e.actor.name ?? 'Unknown', role: e.actor.role })"
                  >
                    only this person
                  </button>
                } @else {
                  <span class="muted">Not signed in</span>
                }
              </td>
              <td>{{ describe(e) }}</td>
              <td>
                @if (e.subject.id) {
                  {{ e.subject.name ?? 'A service user' }}<br />
                  <button
                    mat-button
                    type="button"
                    class="narrow"
                    (click)="onlySubject.emit({ id: e.subject.id!, name: e.subject.name ?? 'A service user', role: null })"
                  >
                    only about her
                  </button>
                } @else if (e.account) {
                  {{ e.account.name ?? 'An account' }}
                  @if (e.account.email) {
                    <br /><span class="muted">{{ e.account.email }}</span>
                  }
                } @else {
                  <span class="muted">{{ entityWords[e.entityType] ?? 'Beside' }}</span>
                }
              </td>
              <td>{{ outcomeWords[e.outcome] ?? e.outcome }}</td>
              <td>{{ e.reason ?? summary(e) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    table {
      border-collapse: collapse;
      width: 100%;
      min-width: 48rem;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    tr.denied td {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .narrow {
      min-height: 0;
      padding: 0;
      height: auto;
    }
  `,
})
export class AuditEventsTable {
  readonly events = input.required<AuditEventView[]>();
  readonly onlyActor = output<AuditPerson>();
  readonly onlySubject = output<AuditPerson>();

  protected readonly describe = describeAuditEvent;
  protected readonly roleWords = AUDIT_ROLE_WORDS;
  protected readonly entityWords = AUDIT_ENTITY_WORDS;
  protected readonly outcomeWords = AUDIT_OUTCOME_WORDS;

  protected summary(e: AuditEventView): string {
    const d = e.detail as { count?: number; fields?: string[]; why?: string; reason?: string };
    if (typeof d.count === 'number') return `${d.count} record${d.count === 1 ? '' : 's'}`;
    if (Array.isArray(d.fields) && d.fields.length) return `Changed: ${d.fields.map(fieldWords).join(', ')}`;
    const why = d.why ?? d.reason;
    if (typeof why === 'string') return WHY_WORDS[why] ?? fieldWords(why);
    return '';
  }
}
