import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccountView, InvitationCreated, RoleApprovalView } from '@beside/shared/contracts';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { AccountsAdminService } from './accounts-admin.service';
import { CreateInvitationDto } from '../invitations-and-resets/dto/invitation.dto';
import { UpdateAccountDto } from './dto/account.dto';
import { InvitationService } from '../invitations-and-resets/invitation.service';
import { RoleApprovalsService } from './role-approvals.service';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsAdminService,
    private readonly invitations: InvitationService,
    private readonly approvals: RoleApprovalsService,
  ) {}

  @Get()
  @Allow('account:manage')
  @ApiOkResponse({ description: "The organisation's accounts (admin)" })
  list(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<AccountView[]> {
    return this.accounts.list(actor, origin);
  }

  @Post('invitations')
  @Allow('account:invite-service-user')
  @ApiCreatedResponse({ description: 'Account created as invited; the link is in the outbox. Staff roles: admins only.' })
  invite(@Body() body: CreateInvitationDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<InvitationCreated> {
    return this.invitations.invite(actor, body, origin);
  }

  @Patch(':accountId')
  @Allow('account:manage')
  @ApiOkResponse({ description: 'Role or access changed; the account is signed out everywhere' })
  update(
    @UuidParam('accountId') accountId: string,
    @Body() body: UpdateAccountDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
  ): Promise<AccountView> {
    return this.accounts.update(actor, accountId, body, origin);
  }

  @Post(':accountId/invitation/withdraw')
  @HttpCode(204)
  @Allow('account:manage')
  @ApiNoContentResponse({ description: 'The invitation is withdrawn: its link stops working (audited)' })
  withdrawInvitation(@UuidParam('accountId') accountId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<void> {
    return this.invitations.withdraw(actor, accountId, origin);
  }

  @Post(':accountId/invitation/resend')
  @HttpCode(200)
  @Allow('account:manage')
  @ApiOkResponse({ description: 'A fresh link is sent; the earlier one stops working (audited)' })
  resendInvitation(@UuidParam('accountId') accountId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<InvitationCreated> {
    return this.invitations.resend(actor, accountId, origin);
  }

  @Get('role-approvals')
  @Allow('account:approve-role')
  @ApiOkResponse({ description: 'New managers and changes to manager waiting for a manager’s approval' })
  listApprovals(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<RoleApprovalView[]> {
    return this.approvals.list(actor, origin);
  }

  @Post('role-approvals/:approvalId/approve')
  @HttpCode(204)
  @Allow('account:approve-role')
  @ApiNoContentResponse({ description: 'Approved: the role applies (or the invitation link is sent); audited, the admin told' })
  approve(@UuidParam('approvalId') approvalId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<void> {
    return this.approvals.decide(actor, approvalId, 'approve', origin);
  }

  @Post('role-approvals/:approvalId/decline')
  @HttpCode(204)
  @Allow('account:approve-role')
  @ApiNoContentResponse({ description: 'Declined: the role does not change (a new manager’s invitation is withdrawn); audited, the admin told' })
  decline(@UuidParam('approvalId') approvalId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<void> {
    return this.approvals.decide(actor, approvalId, 'decline', origin);
  }
}
