import { Body, Controller, Delete, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AccountView, RecoveryCodesView, SessionListItem, SessionView } from '@beside/shared/contracts';
import { Environment } from '../../config/environment';
import { UuidParam } from '../../common/uuid-param';
import type { Actor, RequestOrigin } from '../authz/actor';
import { CurrentActor, Origin } from '../authz/current-actor.decorator';
import { Allow } from '../authz/policy.decorator';
import { MfaCodeDto, PasswordConfirmationDto } from './dto/mfa.dto';
import { ChangePasswordDto } from './dto/password.dto';
import { MfaService } from './mfa.service';
import { OwnAccountService } from './own-account.service';
import { setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';
import { sessionView } from './session-view';

@ApiTags('account')
@Controller('account')
export class AccountController {
  constructor(
    private readonly account: OwnAccountService,
    private readonly mfa: MfaService,
    private readonly sessions: SessionService,
    private readonly env: Environment,
  ) {}

  @Get()
  @Allow('account:read-own')
  @ApiOkResponse({ description: 'Your account' })
  read(@CurrentActor() actor: Actor): Promise<AccountView> {
    return this.account.read(actor);
  }

  @Post('password')
  @HttpCode(200)
  @Allow('account:manage-own')
  @ApiOkResponse({ description: 'Password changed; other sessions ended; this one gets a new id' })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    const session = await this.account.changePassword(actor, body.currentPassword, body.newPassword, origin);
    setSessionCookie(res, this.env.PUBLIC_URL, session.token);
    return sessionView((await this.sessions.authenticate(session.token)) ?? undefined);
  }

  @Get('sessions')
  @Allow('account:read-own')
  @ApiOkResponse({ description: 'Where you are signed in' })
  listSessions(@CurrentActor() actor: Actor): Promise<SessionListItem[]> {
    return this.account.listSessions(actor);
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  @Allow('account:manage-own')
  @ApiNoContentResponse({ description: 'That session has ended' })
  endSession(
    @UuidParam('sessionId') sessionId: string,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.account.endSession(actor, sessionId, origin);
  }

  @Post('mfa/recovery-codes')
  @HttpCode(200)
  @Allow('account:manage-own')
  @ApiOkResponse({ description: 'New recovery codes; the old ones stop working' })
  async recoveryCodes(@Body() body: MfaCodeDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<RecoveryCodesView> {
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(actor, body.code, origin) };
  }

  @Delete('mfa')
  @HttpCode(204)
  @Allow('account:manage-own')
  @ApiNoContentResponse({ description: 'Two-step sign-in is off (service users only)' })
  disableMfa(@Body() body: PasswordConfirmationDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<void> {
    return this.mfa.disable(actor, body.password, origin);
  }
}
