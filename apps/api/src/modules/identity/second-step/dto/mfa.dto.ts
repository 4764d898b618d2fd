import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsFilledText } from '../../../../common/validators';

export class MfaChallengeDto {
  @ApiPropertyOptional({ description: 'The 6-digit code from the authenticator app', example: '123456' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits shown in your authenticator app' })
  code?: string;

  @ApiPropertyOptional({ description: 'One of the recovery codes given at enrolment', example: 'abcd-efgh-ijkl' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  recoveryCode?: string;
}

export class MfaCodeDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits shown in your authenticator app' })
  code!: string;
}

export class PasswordConfirmationDto {
  @ApiProperty()
  @IsFilledText(256)
  password!: string;
}
