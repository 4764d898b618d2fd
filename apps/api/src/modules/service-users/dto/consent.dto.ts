import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsFilledText, IsOnOrAfter, IsVersion } from '../../../common/validators';

export class CreateConsentDto {
  @ApiProperty({ maxLength: 1000, description: 'What she agreed to, e.g. "Beside keeps my details" or "share my plan with my GP"' })
  @IsFilledText(1000)
  agreement!: string;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, description: 'The agency it may be shared with, if any' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sharedWith?: string | null;

  @ApiProperty({ format: 'date', description: 'When she agreed' })
  @IsCalendarDate()
  givenOn!: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'After this date the consent no longer counts' })
  @IsOptional()
  @IsCalendarDate()
  @IsOnOrAfter('givenOn')
  validUntil?: string | null;
}

export class WithdrawConsentDto {
  @IsVersion()
  version!: number;
}
