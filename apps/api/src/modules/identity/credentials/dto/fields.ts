import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { stacked } from '../../../../common/validators';

/** An email address as she typed it (read once, later, by normaliseEmail): sign-in, password reset, invitations. */
export const EmailField = (options: ApiPropertyOptions = {}) =>
  stacked(ApiProperty(options), IsEmail({}, { message: 'email must be an email address' }), MaxLength(320));
