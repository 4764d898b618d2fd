import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailField } from '../../credentials/dto/fields';

export class PasswordResetRequestDto {
  @EmailField()
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
