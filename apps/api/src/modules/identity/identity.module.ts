import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { Environment } from '../../config/environment';
import { AuditModule } from '../audit/audit.module';
import { AccountController } from './accounts/account.controller';
import { AccountsAdminService } from './accounts/accounts-admin.service';
import { AccountsController } from './accounts/accounts.controller';
import { AuthController } from './sign-in/auth.controller';
import { SECRET_BOX } from './identity.tokens';
import { InvitationService } from './invitations-and-resets/invitation.service';
import { LocalStrategy } from './sign-in/local.strategy';
import { MailOutbox } from './invitations-and-resets/mail-outbox';
import { MfaService } from './second-step/mfa.service';
import { OwnAccountService } from './accounts/own-account.service';
import { PasswordHasher } from './credentials/password-hasher';
import { PasswordResetService } from './invitations-and-resets/password-reset.service';
import { PgThrottlerStorage } from './throttling/pg-throttler.storage';
import { RoleApprovalsService } from './accounts/role-approvals.service';
import { UnitOfWork } from '../../database/unit-of-work';
import { SecretBox } from './credentials/secrets';
import { SessionService } from './sessions/session.service';
import { SignInThrottle } from './throttling/sign-in-throttle';
import { SignInService } from './sign-in/sign-in.service';
import { StaffDirectoryController } from './accounts/staff-directory.controller';
import { StaffDirectoryService } from './accounts/staff-directory.service';
import { MessagesModule } from '../messages/messages.module';

@Module({
  imports: [
    PassportModule,
    AuditModule,
    MessagesModule,
    // Requests per address to the public sign-in, reset and invitation routes, on top of
    // SignInThrottle's growing delays per account.
    ThrottlerModule.forRootAsync({
      inject: [UnitOfWork, Environment],
      useFactory: (uow: UnitOfWork, env: Environment) => ({
        throttlers: [{ name: 'auth', ttl: 60_000, limit: env.AUTH_RATE_LIMIT_PER_MINUTE, blockDuration: 60_000 }],
        storage: new PgThrottlerStorage(uow),
      }),
    }),
  ],
  controllers: [AuthController, AccountController, AccountsController, StaffDirectoryController],
  providers: [
    { provide: SECRET_BOX, useFactory: (env: Environment) => new SecretBox(env.SECRET_KEY), inject: [Environment] },
    AccountsAdminService,
    InvitationService,
    LocalStrategy,
    MailOutbox,
    MfaService,
    OwnAccountService,
    PasswordHasher,
    PasswordResetService,
    RoleApprovalsService,
    SessionService,
    SignInService,
    SignInThrottle,
    StaffDirectoryService,
  ],
  exports: [SessionService, PasswordHasher, InvitationService],
})
export class IdentityModule {}
