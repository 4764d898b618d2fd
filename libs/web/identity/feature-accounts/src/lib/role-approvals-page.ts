import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { RoleApprovalView } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';
import { confirmWith } from '@beside/web/core';
import { RoleApprovalsStore } from '@beside/web/identity/data-access';
import { Notice, PageHeader } from '@beside/web/ui';

const ROLE_LABELS: Record<string, string> = { service_user: 'Service user', advocate: 'Advocate', manager: 'Manager', admin: 'Admin' };

/** Managers: new managers, and changes to manager, that an admin asked for and a manager must approve. */
@Component({
  selector: 'bs-role-approvals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, PageHeader],
  providers: [RoleApprovalsStore],
  template: `
    <bs-page-header heading="Manager approvals">
      <p>A manager can read case work, so an admin cannot make a manager alone. Approve only people you know should have that access.</p>
    </bs-page-header>
    @if (store.error(); as e) {
      <bs-notice kind="warning">{{ e }}</bs-notice>
    }
    @if (problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (done(); as d) {
      <bs-notice kind="success">{{ d }}</bs-notice>
    }
    @if (store.loaded() && !store.approvals().length) {
      <p>Nothing is waiting for your approval.</p>
    }
    <ul class="approvals">
      @for (a of store.approvals(); track a.id) {
        <li class="approval">
          <h2 class="name">{{ a.accountName }}</h2>
          <p class="email">{{ a.accountEmail }}</p>
          <p>
            @if (a.kind === 'invitation') {
              {{ a.requestedByName }} wants to invite them as a manager.
            } @else {
              {{ a.requestedByName }} wants to change their role from {{ roleLabels[a.currentRole].toLowerCase() }} to manager.
            }
            Asked {{ when(a.requestedAt) }}.
          </p>
          <div class="bs-actions">
            <button mat-flat-button type="button" (click)="decide(a, 'approve')">Approve<span class="bs-visually-hidden"> {{ a.accountName }}</span></button>
            <button mat-stroked-button type="button" (click)="decide(a, 'decline')">Decline<span class="bs-visually-hidden"> {{ a.accountName }}</span></button>
          </div>
        </li>
      }
    </ul>
  `,
  styles: `
    .approvals {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 1rem;
      max-width: 44rem;
    }
    .approval {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem 1.25rem;
    }
    .name {
      font-size: 1.125rem;
      margin: 0;
    }
    .email {
      margin: 0.25rem 0 0.75rem;
      color: var(--bs-text-secondary);
      overflow-wrap: anywhere;
    }
  `,
})
export class RoleApprovalsPage {
  protected readonly store = inject(RoleApprovalsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly problem = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  constructor() {
    void this.store.load();
  }

  protected when(iso: string): string {
    return formatLondonDateTime(iso);
  }

  protected async decide(approval: RoleApprovalView, decision: 'approve' | 'decline'): Promise<void> {
    const approve = decision === 'approve';
    const ok = await confirmWith(this.dialog, {
      title: approve ? `Approve ${approval.accountName} as a manager?` : `Decline ${approval.accountName} as a manager?`,
      body: approve
        ? approval.kind === 'invitation'
          ? 'They will be sent a link to set their password, and as a manager they will be able to read case work.'
          : `${approval.accountName} becomes a manager, is signed out everywhere at once, and will be able to read case work.`
        : approval.kind === 'invitation'
          ? 'The invitation is withdrawn and no link is sent. The admin who asked is told.'
          : 'Their role stays as it is. The admin who asked is told.',
      confirm: approve ? 'Approve' : 'Decline',
      cancel: 'Go back',
    });
    if (!ok) return;
    this.problem.set(null);
    this.done.set(null);
    const problem = await this.store.decide(approval, decision);
    if (problem) this.problem.set(problem);
    else this.done.set(approve ? `Approved: ${approval.accountName} is a manager${approval.kind === 'invitation' ? ' once they accept the invitation' : ''}.` : `Declined: ${approval.accountName} is not made a manager.`);
  }
}
