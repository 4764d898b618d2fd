import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CLOSURE_OUTCOMES, JOURNEY_STATUSES, INTAKE_REFERRAL_SOURCES, type ClosureOutcome, type JourneyStatus, type ReferralSource } from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, IsOneOf, IsOptionalNotNull, IsVersion } from '../../../common/validators';

export class UpdateJourneyDto {
  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'When she and her advocate will review the plan' })
  @IsOptional()
  @IsCalendarDate()
  planReviewDate?: string | null;

  @IsOptionalNotNull()
  @IsOneOf(INTAKE_REFERRAL_SOURCES, { required: false })
  referralSource?: ReferralSource;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  referralDate?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptionalNotNull()
  @IsFilledText(4000)
  referralReason?: string;

  @IsVersion()
  version!: number;
}

export class StatusChangeDto {
  @IsOneOf(JOURNEY_STATUSES, { description: 'referred → active → closing → closed; closed → active reopens' })
  status!: JourneyStatus;

  @IsOptional()
  @IsOneOf(CLOSURE_OUTCOMES, { required: false, description: 'Required to close' })
  outcome?: ClosureOutcome;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Required to close; optional otherwise' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;

  @IsVersion()
  version!: number;
}
