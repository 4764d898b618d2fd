import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 15 characters (8 with two-step sign-in); not a common password' })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;
}

export class TokenDto {
  @ApiProperty({ description: 'The token from the link' })
  @IsString()
  @MinLength(20, { message: 'token is not valid' })
  @MaxLength(100, { message: 'token is not valid' })
  token!: string;
}

export class CompleteWithTokenDto extends TokenDto {
  @ApiProperty({ description: 'At least 15 characters; not a common password' })
  @IsString()
  @MaxLength(256)
  password!: string;
}
