import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RoleApprovalView } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../../authz';
import { type AuditEntry, AuditWriter } from '../../audit';
import { UnitOfWork } from '../../../database/unit-of-work';
import { Environment } from '../../../config/environment';
import { notifyUsers } from '../../notifications';
import { sendInvitationLink } from '../invitations-and-resets/invitation-message';
import { MailOutbox } from '../invitations-and-resets/mail-outbox';
import { SessionService } from '../sessions/session.service';
import { disableAccount, findActiveAccountIds, lockAccountStatus, makeManager } from './account.repository';
import {
  type ApprovalKind,
  findPendingApprovals,
  hasPendingApproval,
  insertManagerApproval,
  lockApproval,
  recordDecision,
  withdrawPendingApproval,
} from './role-approval.repository';

/** What asking for a manager did: waits for a manager's approval, or (first manager of an organisation) applies at once. */
export type ApprovalOutcome = 'pending' | 'first_manager';

const APPROVALS_LINK = '/accounts/approvals';

/**
 * Separation of duties (issue 14.8): an admin cannot make a manager alone. A new manager, or a change
 * of role to manager, waits until an active manager (a second person, never the account itself)
 * approves it. Asking, approving and declining are audited, and the people concerned are told.
 *
 * The first manager of an organisation (no other active manager to ask) is allowed at once, with an
 * audited note and every other admin told: see docs/SECURITY.md.
 */
@Injectable()
export class RoleApprovalsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly outbox: MailOutbox,
    private readonly sessions: SessionService,
    private readonly env: Environment,
  ) {}

  /** In the caller's transaction: asks the managers to approve `accountId` becoming a manager. */
  async ask(em: EntityManager, actor: Actor, origin: RequestOrigin, accountId: string, kind: ApprovalKind): Promise<ApprovalOutcome> {
    const managers = await findActiveAccountIds(em, actor.organisationId, 'manager', accountId);
    if (!managers.length) {
      const admins = await findActiveAccountIds(em, actor.organisationId, 'admin', actor.userId);
      await notifyUsers(em, actor.organisationId, admins, {
        kind: 'account.role_approval',
        text: 'The organisation’s first manager was made without a second person’s approval (there was no manager to ask). See account events.',
        link: '/account-events',
      });
      await this.audit.append(em, actor, origin, [
        { action: 'account.role_approval_not_needed', entityType: 'user_account', entityId: accountId, detail: { role: 'manager', kind, why: 'first_manager', adminsTold: admins.length } },
      ]);
      return 'first_manager';
    }
    if (await hasPendingApproval(em, accountId)) throw new ConflictException('This account is already waiting for a manager’s approval.');
    const approvalId = await insertManagerApproval(em, actor.organisationId, accountId, kind, actor.userId);
    await notifyUsers(em, actor.organisationId, managers, {
      kind: 'account.role_approval',
      text: kind === 'invitation' ? 'An admin wants to invite a new manager. It needs a manager’s approval.' : 'An admin wants to make an account a manager. It needs a manager’s approval.',
      link: APPROVALS_LINK,
    });
    await this.audit.append(em, actor, origin, [
      { action: 'account.role_approval_requested', entityType: 'role_approval', entityId: approvalId, detail: { accountId, role: 'manager', kind, managersTold: managers.length } },
    ]);
    return 'pending';
  }

  async list(actor: Actor, origin: RequestOrigin): Promise<RoleApprovalView[]> {
    return this.uow.runAs(actor, async (em) => {
      const rows = await findPendingApprovals(em);
      await this.audit.append(em, actor, origin, [
        { action: 'role_approval.list', entityType: 'role_approval', detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows.map((r) => ({
        id: r.id,
        accountId: r.account_id,
        accountName: r.display_name,
        accountEmail: r.email,
        currentRole: r.current_role,
        role: 'manager',
        kind: r.kind,
        requestedByName: r.requested_by_name,
        requestedAt: new Date(r.requested_at).toISOString(),
      }));
    });
  }

  async decide(actor: Actor, approvalId: string, decision: 'approve' | 'decline', origin: RequestOrigin): Promise<void> {
    await this.uow.runAs(actor, async (em) => {
      const approval = await lockApproval(em, approvalId);
      if (!approval) throw new NotFoundException('Approval not found');
      if (approval.status !== 'pending') throw new ConflictException('This has already been decided or withdrawn.');
      if (approval.account_id === actor.userId) throw new ForbiddenException('You cannot approve or decline a change to your own account.');
      const account = await lockAccountStatus(em, approval.account_id);
      await recordDecision(em, approvalId, decision === 'approve' ? 'approved' : 'declined', actor.userId);
      const events: AuditEntry[] = [];
      if (decision === 'approve') {
        if (approval.kind === 'role_change') {
          if (account.status !== 'active' || account.role === 'service_user') {
            throw new ConflictException('This account cannot become a manager now (it is not an active staff account).');
          }
          await makeManager(em, account.id, actor.userId);
          // A change of privilege ends every session at once.
          const ended = await this.sessions.revokeAllForUser(em, account.id);
          events.push({
            action: 'account.updated', entityType: 'user_account', entityId: account.id,
            detail: { fields: ['role'], from: { role: account.role, status: account.status }, to: { role: 'manager', status: account.status }, sessionsEnded: ended, approvalId },
          });
        } else {
          if (account.status !== 'invited') throw new ConflictException('This invitation has been withdrawn.');
          await sendInvitationLink(em, this.outbox, this.env.PUBLIC_URL, { id: account.id, organisationId: actor.organisationId, forHer: false }, approval.requested_by);
        }
      } else if (approval.kind === 'invitation' && account.status === 'invited') {
        // A declined new manager's invitation is withdrawn: no link was ever sent.
        await disableAccount(em, account.id, actor.userId);
      }
      events.push({
        action: decision === 'approve' ? 'account.role_approved' : 'account.role_declined',
        entityType: 'role_approval', entityId: approvalId, detail: { accountId: account.id, role: 'manager', kind: approval.kind },
      });
      await notifyUsers(em, actor.organisationId, [approval.requested_by], {
        kind: 'account.role_approval',
        text: decision === 'approve' ? 'A manager approved the new manager you asked for.' : 'A manager declined the new manager you asked for.',
        link: '/accounts',
      });
      await this.audit.append(em, actor, origin, events);
    });
  }

  /** In the caller's transaction: a pending approval ends with its invitation. */
  withdrawFor(em: EntityManager, accountId: string): Promise<boolean> {
    return withdrawPendingApproval(em, accountId);
  }
}
