import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccountView, InvitationCreated } from '@beside/shared/contracts';
import { UuidParam } from '../../common/uuid-param';
import type { Actor, RequestOrigin } from '../authz/actor';
import { CurrentActor, Origin } from '../authz/current-actor.decorator';
import { Allow } from '../authz/policy.decorator';
import { AccountsAdminService } from './accounts-admin.service';
import { CreateInvitationDto, UpdateAccountDto } from './dto/invitation.dto';
import { InvitationService } from './invitation.service';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsAdminService,
    private readonly invitations: InvitationService,
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
}
