import { BadRequestException, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { SignInDto } from './dto/sign-in.dto';

/** Checks the body's shape first, so bad input is a 400 that names the field, not passport's bare 401. */
@Injectable()
export class LocalSignInGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const body: unknown = context.switchToHttp().getRequest().body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequestException('Send your email and password.');
    const errors = validateSync(plainToInstance(SignInDto, body), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) {
      throw new BadRequestException(errors.flatMap((e) => Object.values(e.constraints ?? {})));
    }
    return super.canActivate(context);
  }
}
