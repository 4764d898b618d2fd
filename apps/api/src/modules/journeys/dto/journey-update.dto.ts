import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CLOSURE_OUTCOMES, JOURNEY_STATUSES, INTAKE_REFERRAL_SOURCES, type ClosureOutcome, type JourneyStatus, type ReferralSource } from '@beside/shared/contracts';
import { IsCalendarDate, IsOptionalNotNull, IsVersion } from '../../../common/validators';

export class UpdateJourneyDto {
  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'When she and her advocate will review the plan' })
  @IsOptional()
  @IsCalendarDate()
  planReviewDate?: string | null;

  @ApiPropertyOptional({ enum: INTAKE_REFERRAL_SOURCES })
  @IsOptionalNotNull()
  @IsIn(INTAKE_REFERRAL_SOURCES, { message: `referralSource must be one of: ${INTAKE_REFERRAL_SOURCES.join(', ')}` })
  referralSource?: ReferralSource;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  referralDate?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1, { message: 'referralReason must not be empty' })
  @MaxLength(4000)
  referralReason?: string;

  @IsVersion()
  version!: number;
}

export class StatusChangeDto {
  @ApiProperty({ enum: JOURNEY_STATUSES, description: 'referred → active → closing → closed; closed → active reopens' })
  @IsIn(JOURNEY_STATUSES, { message: `status must be one of: ${JOURNEY_STATUSES.join(', ')}` })
  status!: JourneyStatus;

  @ApiPropertyOptional({ enum: CLOSURE_OUTCOMES, description: 'Required to close' })
  @IsOptional()
  @IsIn(CLOSURE_OUTCOMES, { message: `outcome must be one of: ${CLOSURE_OUTCOMES.join(', ')}` })
  outcome?: ClosureOutcome;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Required to close; optional otherwise' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;

  @IsVersion()
  version!: number;
}
