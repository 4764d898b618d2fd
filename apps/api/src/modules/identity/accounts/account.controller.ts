import { Body, Controller, Delete, Get, HttpCode, Post, Put, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AccountView, RecoveryCodesView, SessionListItem, SessionView } from '@beside/shared/contracts';
import { Environment } from '../../../config/environment';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { MfaCodeDto, PasswordConfirmationDto } from '../second-step/dto/mfa.dto';
import { ChangePasswordDto, EmailAlertsDto } from './dto/account.dto';
import { MfaService } from '../second-step/mfa.service';
import { OwnAccountService } from './own-account.service';
import { SessionService } from '../sessions/session.service';
import { answerWithSession } from '../sessions/session-view';

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

  @Put('email-alerts')
  @Allow('account:manage-own')
  @ApiOkResponse({ description: 'Your account, with email copies of your notifications on or off' })
  setEmailAlerts(@Body() body: EmailAlertsDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<AccountView> {
    return this.account.setEmailAlerts(actor, body.on, origin);
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
    return answerWithSession(this.sessions, res, this.env.PUBLIC_URL, session.token);
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
