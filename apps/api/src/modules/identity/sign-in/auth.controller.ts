import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiAcceptedResponse, ApiTooManyRequestsResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { MfaEnrolmentView, RecoveryCodesView, SessionView } from '@beside/shared/contracts';
import { Environment } from '../../../config/environment';
import { type Actor, Allow, CurrentActor, Origin, PendingSession, Public, type RequestOrigin, type SessionRequest } from '../../authz';
import { CompleteWithTokenDto, PasswordResetRequestDto, TokenDto } from '../invitations-and-resets/dto/password-reset.dto';
import { MfaChallengeDto, MfaCodeDto } from '../second-step/dto/mfa.dto';
import { SignInDto } from './dto/sign-in.dto';
import { InvitationService } from '../invitations-and-resets/invitation.service';
import { setKnownDeviceCookie } from '../second-step/known-device';
import { LocalSignInGuard } from './local-sign-in.guard';
import { MfaService } from '../second-step/mfa.service';
import { OwnAccountService } from '../accounts/own-account.service';
import { PasswordResetService } from '../invitations-and-resets/password-reset.service';
import { clearSessionCookie, setSessionCookie } from '../sessions/session-cookie';
import { SessionService } from '../sessions/session.service';
import { answerWithSession, sessionView } from '../sessions/session-view';
import { SignInService } from './sign-in.service';

@ApiTags('auth')
@ApiTooManyRequestsResponse({ description: 'Too many requests from this address; try again after Retry-After seconds' })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    private readonly mfa: MfaService,
    private readonly account: OwnAccountService,
    private readonly invitations: InvitationService,
    private readonly resets: PasswordResetService,
    private readonly env: Environment,
  ) {}

  @Get('session')
  @Public()
  @ApiOkResponse({ description: 'Who is signed in, at which stage, and the CSRF token' })
  session(@Req() req: SessionRequest): SessionView {
    return sessionView(req.activeSession);
  }

  @Post('sign-in')
  @UseGuards(ThrottlerGuard, LocalSignInGuard)
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ description: 'Signed in (or at the two-step stage); sets the session cookie' })
  async signInWithPassword(
    @Body() _body: SignInDto,
    @Req() req: SessionRequest & { user: Parameters<SignInService['startSession']>[1] & { email: string } },
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    const started = await this.signIn.startSession(req.user.email, req.user, origin);
    const view = await this.answerWithSession(res, started.token);
    // This browser is now a device she has signed in from (her password was right).
    setKnownDeviceCookie(res, this.env.PUBLIC_URL, this.env.SECRET_KEY, req.user.id);
    return view;
  }

  @Post('mfa/challenge')
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @PendingSession()
  @ApiOkResponse({ description: 'Second step passed; the session gets a new id' })
  async challenge(
    @Body() body: MfaChallengeDto,
    @CurrentActor() actor: Actor,
    @Req() req: SessionRequest,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    const session = await this.mfa.challenge(actor, req.activeSession?.stage ?? 'full', body, origin);
    return this.answerWithSession(res, session.token);
  }

  @Post('mfa/enrolment')
  @HttpCode(200)
  @PendingSession()
  @ApiOkResponse({ description: 'A new TOTP secret and its QR code, not yet turned on' })
  startEnrolment(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<MfaEnrolmentView> {
    return this.mfa.startEnrolment(actor, origin);
  }

  @Post('mfa/enrolment/confirm')
  @HttpCode(200)
  @PendingSession()
  @ApiOkResponse({ description: 'Two-step sign-in is on; the recovery codes, shown once' })
  async confirmEnrolment(
    @Body() body: MfaCodeDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RecoveryCodesView> {
    const { recoveryCodes, session } = await this.mfa.confirmEnrolment(actor, body.code, origin);
    setSessionCookie(res, this.env.PUBLIC_URL, session.token);
    return { recoveryCodes };
  }

  @Post('sign-out')
  @HttpCode(204)
  @PendingSession()
  @ApiNoContentResponse({ description: 'This session has ended' })
  async signOut(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.account.signOut(actor, origin);
    clearSessionCookie(res, this.env.PUBLIC_URL);
  }

  @Post('sign-out-everywhere')
  @HttpCode(204)
  @Allow('account:manage-own')
  @ApiNoContentResponse({ description: 'Every session of this account has ended' })
  async signOutEverywhere(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.account.signOutEverywhere(actor, origin);
    clearSessionCookie(res, this.env.PUBLIC_URL);
  }

  @Post('password-reset')
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  @Public()
  @ApiAcceptedResponse({ description: 'The same answer whether or not the account exists' })
  async requestReset(@Body() body: PasswordResetRequestDto, @Origin() origin: RequestOrigin): Promise<{ message: string }> {
    return { message: await this.resets.request(body.email, origin) };
  }

  @Post('password-reset/complete')
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse({ description: 'New password set; every session ended' })
  completeReset(@Body() body: CompleteWithTokenDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.resets.complete(body.token, body.password, origin);
  }

  @Post('invitation')
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ description: 'Who the invitation is for (the token travels in the body, never the URL)' })
  inspectInvitation(@Body() body: TokenDto) {
    return this.invitations.inspect(body.token);
  }

  @Post('invitation/accept')
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse({ description: 'Password set; she can now sign in' })
  acceptInvitation(@Body() body: CompleteWithTokenDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.invitations.accept(body.token, body.password, origin);
  }

  private answerWithSession(res: Response, token: string): Promise<SessionView> {
    return answerWithSession(this.sessions, res, this.env.PUBLIC_URL, token);
  }
}

