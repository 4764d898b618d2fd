import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import type { SafetyPlanReviewRequest, SaveSafetyPlanSectionRequest } from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, stacked } from '../../../../common/validators';

const versionOrZero = (what: string) =>
  stacked(ApiProperty({ minimum: 0, description: `${what}: 0 for one not yet written` }), IsInt({ message: 'version must be a whole number' }), Min(0, { message: 'version must not be less than 0' }));

export class SaveSafetyPlanSectionDto implements SaveSafetyPlanSectionRequest {
  @ApiProperty({ maxLength: 4000, description: 'The words of the section' })
  @IsFilledText(4000)
  @Matches(/\S/, { message: 'body must not be empty' })
  body!: string;

  @versionOrZero("The section's version you last read")
  version!: number;
}

export class SafetyPlanReviewDto implements SafetyPlanReviewRequest {
  @ApiProperty({ format: 'date', description: 'When to look at the plan again with her (today or later)' })
  @IsCalendarDate()
  reviewOn!: string;

  @versionOrZero("The plan's version you last read")
  version!: number;
}

/** Which of her journeys: one of hers, or (left out) her open one. */
export class MyPlanJourneyQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of your journeys; without it, your open one' })
  @IsOptional()
  @IsUUID('all', { message: 'journeyId must be a UUID' })
  journeyId?: string;
}
