import { Body } from '@nestjs/common';
import type { AccountView, InvitationCreated, RoleApprovalView } from '@beside/shared/contracts';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { AccountsAdminService } from './accounts-admin.service';
import { CreateInvitationDto } from '../invitations-and-resets/dto/invitation.dto';
import { UpdateAccountDto } from './dto/account.dto';
import { InvitationService } from '../invitations-and-resets/invitation.service';
import { RoleApprovalsService } from './role-approvals.service';

@RouteGroup('accounts', { path: 'accounts' })
export class AccountsController {
  constructor(
    private readonly accounts: AccountsAdminService,
    private readonly invitations: InvitationService,
    private readonly approvals: RoleApprovalsService,
  ) {}

  @Route.get('/', 'account:manage', { ok: "The organisation's accounts (admin)" })
  list(@CurrentCaller() { actor, origin }: Caller): Promise<AccountView[]> {
    return this.accounts.list(actor, origin);
  }

  @Route.post('invitations', 'account:invite-service-user', { created: 'Account created as invited; the link is in the outbox. Staff roles: admins only.' })
  invite(@Body() body: CreateInvitationDto, @CurrentCaller() { actor, origin }: Caller): Promise<InvitationCreated> {
    return this.invitations.invite(actor, body, origin);
  }

  @Route.patch(':accountId', 'account:manage', { ok: 'Role or access changed; the account is signed out everywhere' })
  update(@UuidParam('accountId') accountId: string, @Body() body: UpdateAccountDto, @CurrentCaller() { actor, origin }: Caller): Promise<AccountView> {
    return this.accounts.update(actor, accountId, body, origin);
  }

  @Route.post(':accountId/invitation/withdraw', 'account:manage', { noContent: 'The invitation is withdrawn: its link stops working (audited)' })
  withdrawInvitation(@UuidParam('accountId') accountId: string, @CurrentCaller() { actor, origin }: Caller): Promise<void> {
    return this.invitations.withdraw(actor, accountId, origin);
  }

  @Route.post(':accountId/invitation/resend', 'account:manage', { ok: 'A fresh link is sent; the earlier one stops working (audited)' })
  resendInvitation(@UuidParam('accountId') accountId: string, @CurrentCaller() { actor, origin }: Caller): Promise<InvitationCreated> {
    return this.invitations.resend(actor, accountId, origin);
  }

  @Route.get('role-approvals', 'account:approve-role', { ok: 'New managers and changes to manager waiting for a manager’s approval' })
  listApprovals(@CurrentCaller() { actor, origin }: Caller): Promise<RoleApprovalView[]> {
    return this.approvals.list(actor, origin);
  }

  @Route.post('role-approvals/:approvalId/approve', 'account:approve-role', { noContent: 'Approved: the role applies (or the invitation link is sent); audited, the admin told' })
  approve(@UuidParam('approvalId') approvalId: string, @CurrentCaller() { actor, origin }: Caller): Promise<void> {
    return this.approvals.decide(actor, approvalId, 'approve', origin);
  }

  @Route.post('role-approvals/:approvalId/decline', 'account:approve-role', { noContent: 'Declined: the role does not change (a new manager’s invitation is withdrawn); audited, the admin told' })
  decline(@UuidParam('approvalId') approvalId: string, @CurrentCaller() { actor, origin }: Caller): Promise<void> {
    return this.approvals.decide(actor, approvalId, 'decline', origin);
  }
}
