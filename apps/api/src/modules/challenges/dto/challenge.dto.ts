import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { BANK_HOLIDAY_REGIONS, CHALLENGE_OUTCOMES, SUPPORT_LEVELS, type BankHolidayRegion, type ChallengeOutcome, type SupportLevel } from '@beside/shared/contracts';
import { WholeNumberQuery } from '../../../common/page-query.dto';
import { IsCalendarDate, IsFilledText, IsOneOf, IsOptionalNotNull, IsVersion, OptionalText, stacked } from '../../../common/validators';

const TypeKey = () => stacked(IsFilledText(40));
const OptionalSupportLevel = () =>
  stacked(IsOptional(), IsOneOf(SUPPORT_LEVELS, { required: false, nullable: true, description: 'Who spoke: advocate_led → accompanied → prepared → independent' }));

export class CreateChallengeDto {
  @IsFilledText(40)
  typeKey!: string;

  @IsFilledText(300)
  bodyChallenged!: string;

  @IsFilledText(4000)
  herWords!: string;

  @IsCalendarDate()
  eventOn!: string;

  @ApiPropertyOptional({ nullable: true, description: 'When she became aware of the event, if later' })
  @IsOptional()
  @IsCalendarDate()
  awareOn?: string | null;

  @ApiPropertyOptional({ description: 'When the first stage began; today if left out' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  startedOn?: string;

  @IsOptionalNotNull()
  @IsOneOf(BANK_HOLIDAY_REGIONS, { required: false, description: 'Bank holidays for working days: England (default) or Wales' })
  region?: BankHolidayRegion;
}

export class UpdateChallengeDto {
  @IsVersion()
  version!: number;

  @IsOptionalNotNull()
  @IsFilledText(300)
  bodyChallenged?: string;

  @IsOptionalNotNull()
  @IsFilledText(4000)
  herWords?: string;
}

export class MoveChallengeStageDto {
  @IsVersion()
  version!: number;

  @TypeKey()
  stageKey!: string;

  @IsCalendarDate()
  on!: string;

  @OptionalSupportLevel()
  supportLevel?: SupportLevel;
}

export class UpdateChallengeStageDto {
  @IsVersion()
  version!: number;

  @OptionalSupportLevel()
  supportLevel?: SupportLevel | null;

  @OptionalText(2000)
  note?: string | null;
}

export class CloseChallengeDto {
  @IsVersion()
  version!: number;

  @IsOneOf(CHALLENGE_OUTCOMES)
  outcome!: ChallengeOutcome;

  @IsCalendarDate()
  on!: string;

  @OptionalText(2000)
  note?: string | null;

  @OptionalSupportLevel()
  supportLevel?: SupportLevel;
}

export class DeadlinesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 90, default: 14, description: 'Deadlines within this many days, and every one missed' })
  @IsOptional()
  @WholeNumberQuery()
  @IsInt({ message: 'withinDays must be a whole number' })
  @Min(1)
  @Max(90)
  withinDays?: number;
}
