import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
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
import { SecretBox } from './secrets';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { SignInService } from './sign-in.service';

@Module({
  imports: [PassportModule, AuditModule],
  controllers: [AuthController, AccountController, AccountsController],
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
  ],
  exports: [SessionService, PasswordHasher],
})
export class IdentityModule {}
