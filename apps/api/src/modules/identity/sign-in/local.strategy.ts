import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { Request } from 'express';
import { originOf } from '../../authz';
import { Environment } from '../../../config/environment';
import { readKnownDevice } from '../second-step/known-device';
import { SignInService } from './sign-in.service';

/** passport-local: email and password in, the account out (or a 401 / 429 from SignInService). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly signIn: SignInService,
    private readonly env: Environment,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  async validate(req: Request, email: string, password: string) {
    const account = await this.signIn.verifyPassword(email, password, originOf(req), readKnownDevice(req, this.env.PUBLIC_URL));
    return { ...account, email };
  }
}
