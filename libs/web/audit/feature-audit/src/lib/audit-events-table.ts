import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { AuditEventView } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';
import { describeAction } from './describe-action';

/** Audit events as a table; names can narrow the search to that person. */
@Component({
  selector: 'bs-audit-events-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <div class="scroll" role="region" aria-label="Audit events" tabindex="0">
      <table>
        <caption class="visually-hidden">Audit events, newest first</caption>
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
              <td>{{ when(e.occurredAt) }}<br /><span class="muted">#{{ e.seq }}</span></td>
              <td>
                @if (e.actor.id) {
                  {{ e.actor.name ?? 'Unknown' }} <span class="muted">({{ e.actor.role }})</span><br />
                  <button mat-button type="button" class="narrow" (click)="onlyActor.emit(e.actor.id!)">only this person</button>
                } @else {
                  <span class="muted">Not signed in</span>
                }
              </td>
              <td>{{ describe(e.action) }}<br /><span class="muted">{{ e.action }}</span></td>
              <td>
                @if (e.subject.id) {
                  {{ e.subject.name ?? 'A service user' }}<br />
                  <button mat-button type="button" class="narrow" (click)="onlySubject.emit(e.subject.id!)">only about her</button>
                } @else {
                  <span class="muted">{{ e.entityType }}</span>
                }
              </td>
              <td>{{ e.outcome }}</td>
              <td>{{ e.reason ?? summary(e) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
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
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class AuditEventsTable {
  readonly events = input.required<AuditEventView[]>();
  readonly onlyActor = output<string>();
  readonly onlySubject = output<string>();

  protected readonly when = formatLondonDateTime;
  protected readonly describe = describeAction;

  protected summary(e: AuditEventView): string {
    const d = e.detail as { count?: number; fields?: string[]; why?: string };
    if (typeof d.count === 'number') return `${d.count} record${d.count === 1 ? '' : 's'}`;
    if (Array.isArray(d.fields) && d.fields.length) return `Changed: ${d.fields.join(', ')}`;
    if (d.why) return d.why.replace(/_/g, ' ');
    return '';
  }
}
