import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { Environment } from '../../config/environment';
import { AuditModule } from '../audit/audit.module';
import { AccountController } from './account.controller';
import { AccountsAdminService } from './accounts-admin.service';
import { AccountsController } from './accounts.controller';
import { AuthController } from './auth.controller';
import { SECRET_BOX } from './identity.tokens';
import { InvitationService } from './invitation.service';
import { LocalStrategy } from './local.strategy';
import { MailOutbox } from './mail-outbox';
import { MfaService } from './mfa.service';
import { OwnAccountService } from './own-account.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { PgThrottlerStorage } from './pg-throttler.storage';
import { UnitOfWork } from '../../database/unit-of-work';
import { SecretBox } from './secrets';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { SignInService } from './sign-in.service';
import { StaffDirectoryController } from './staff-directory.controller';
import { StaffDirectoryService } from './staff-directory.service';

@Module({
  imports: [
    PassportModule,
    AuditModule,
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
    SessionService,
    SignInService,
    SignInThrottle,
    StaffDirectoryService,
  ],
  exports: [SessionService, PasswordHasher],
})
export class IdentityModule {}
