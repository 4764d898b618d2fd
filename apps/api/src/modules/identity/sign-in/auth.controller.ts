import { Body, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import type { MfaEnrolmentView, RecoveryCodesView, SessionView } from '@beside/shared/contracts';
import { Environment } from '../../../config/environment';
import { type Caller, CurrentCaller, Origin, type RequestOrigin, Route, RouteGroup, type SessionRequest } from '../../authz';
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

@RouteGroup('auth', { path: 'auth', tooManyRequests: 'Too many requests from this address; try again after Retry-After seconds' })
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

  @Route.get('session', 'public', { ok: 'Who is signed in, at which stage, and the CSRF token' })
  session(@Req() req: SessionRequest): SessionView {
    return sessionView(req.activeSession);
  }

  @Route.post('sign-in', 'public', { ok: 'Signed in (or at the two-step stage); sets the session cookie' })
  @UseGuards(ThrottlerGuard, LocalSignInGuard)
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

  @Route.post('mfa/challenge', 'pending', { ok: 'Second step passed; the session gets a new id' })
  @UseGuards(ThrottlerGuard)
  async challenge(
    @Body() body: MfaChallengeDto,
    @CurrentCaller() { actor, origin }: Caller,
    @Req() req: SessionRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    const session = await this.mfa.challenge(actor, req.activeSession?.stage ?? 'full', body, origin);
    return this.answerWithSession(res, session.token);
  }

  @Route.post('mfa/enrolment', 'pending', { ok: 'A new TOTP secret and its QR code, not yet turned on' })
  startEnrolment(@CurrentCaller() { actor, origin }: Caller): Promise<MfaEnrolmentView> {
    return this.mfa.startEnrolment(actor, origin);
  }

  @Route.post('mfa/enrolment/confirm', 'pending', { ok: 'Two-step sign-in is on; the recovery codes, shown once' })
  async confirmEnrolment(@Body() body: MfaCodeDto, @CurrentCaller() { actor, origin }: Caller, @Res({ passthrough: true }) res: Response): Promise<RecoveryCodesView> {
    const { recoveryCodes, session } = await this.mfa.confirmEnrolment(actor, body.code, origin);
    setSessionCookie(res, this.env.PUBLIC_URL, session.token);
    return { recoveryCodes };
  }

  @Route.post('sign-out', 'pending', { noContent: 'This session has ended' })
  async signOut(@CurrentCaller() { actor, origin }: Caller, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.account.signOut(actor, origin);
    clearSessionCookie(res, this.env.PUBLIC_URL);
  }

  @Route.post('sign-out-everywhere', 'account:manage-own', { noContent: 'Every session of this account has ended' })
  async signOutEverywhere(@CurrentCaller() { actor, origin }: Caller, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.account.signOutEverywhere(actor, origin);
    clearSessionCookie(res, this.env.PUBLIC_URL);
  }

  @Route.post('password-reset', 'public', { accepted: 'The same answer whether or not the account exists' })
  @UseGuards(ThrottlerGuard)
  async requestReset(@Body() body: PasswordResetRequestDto, @Origin() origin: RequestOrigin): Promise<{ message: string }> {
    return { message: await this.resets.request(body.email, origin) };
  }

  @Route.post('password-reset/complete', 'public', { noContent: 'New password set; every session ended' })
  @UseGuards(ThrottlerGuard)
  completeReset(@Body() body: CompleteWithTokenDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.resets.complete(body.token, body.password, origin);
  }

  @Route.post('invitation', 'public', { ok: 'Who the invitation is for (the token travels in the body, never the URL)' })
  @UseGuards(ThrottlerGuard)
  inspectInvitation(@Body() body: TokenDto) {
    return this.invitations.inspect(body.token);
  }

  @Route.post('invitation/accept', 'public', { noContent: 'Password set; she can now sign in' })
  @UseGuards(ThrottlerGuard)
  acceptInvitation(@Body() body: CompleteWithTokenDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.invitations.accept(body.token, body.password, origin);
  }

  private answerWithSession(res: Response, token: string): Promise<SessionView> {
    return answerWithSession(this.sessions, res, this.env.PUBLIC_URL, token);
  }
}

