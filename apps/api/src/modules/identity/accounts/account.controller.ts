import { Body, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AccountView, RecoveryCodesView, SessionListItem, SessionView } from '@beside/shared/contracts';
import { Environment } from '../../../config/environment';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, type Caller, CurrentActor, CurrentCaller, Route, RouteGroup } from '../../authz';
import { MfaCodeDto, PasswordConfirmationDto } from '../second-step/dto/mfa.dto';
import { ChangePasswordDto, EmailAlertsDto } from './dto/account.dto';
import { MfaService } from '../second-step/mfa.service';
import { OwnAccountService } from './own-account.service';
import { SessionService } from '../sessions/session.service';
import { answerWithSession } from '../sessions/session-view';

@RouteGroup('account', { path: 'account' })
export class AccountController {
  constructor(
    private readonly account: OwnAccountService,
    private readonly mfa: MfaService,
    private readonly sessions: SessionService,
    private readonly env: Environment,
  ) {}

  @Route.get('/', 'account:read-own', { ok: 'Your account' })
  read(@CurrentActor() actor: Actor): Promise<AccountView> {
    return this.account.read(actor);
  }

  @Route.put('email-alerts', 'account:manage-own', { ok: 'Your account, with email copies of your notifications on or off' })
  setEmailAlerts(@Body() body: EmailAlertsDto, @CurrentCaller() { actor, origin }: Caller): Promise<AccountView> {
    return this.account.setEmailAlerts(actor, body.on, origin);
  }

  @Route.post('password', 'account:manage-own', { ok: 'Password changed; other sessions ended; this one gets a new id' })
  async changePassword(@Body() body: ChangePasswordDto, @CurrentCaller() { actor, origin }: Caller, @Res({ passthrough: true }) res: Response): Promise<SessionView> {
    const session = await this.account.changePassword(actor, body.currentPassword, body.newPassword, origin);
    return answerWithSession(this.sessions, res, this.env.PUBLIC_URL, session.token);
  }

  @Route.get('sessions', 'account:read-own', { ok: 'Where you are signed in' })
  listSessions(@CurrentActor() actor: Actor): Promise<SessionListItem[]> {
    return this.account.listSessions(actor);
  }

  @Route.delete('sessions/:sessionId', 'account:manage-own', { noContent: 'That session has ended' })
  endSession(@UuidParam('sessionId') sessionId: string, @CurrentCaller() { actor, origin }: Caller): Promise<void> {
    return this.account.endSession(actor, sessionId, origin);
  }

  @Route.post('mfa/recovery-codes', 'account:manage-own', { ok: 'New recovery codes; the old ones stop working' })
  async recoveryCodes(@Body() body: MfaCodeDto, @CurrentCaller() { actor, origin }: Caller): Promise<RecoveryCodesView> {
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(actor, body.code, origin) };
  }

  @Route.delete('mfa', 'account:manage-own', { noContent: 'Two-step sign-in is off (service users only)' })
  disableMfa(@Body() body: PasswordConfirmationDto, @CurrentCaller() { actor, origin }: Caller): Promise<void> {
    return this.mfa.disable(actor, body.password, origin);
  }
}
