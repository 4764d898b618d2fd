import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsObject, Matches } from 'class-validator';
import type { CreateRiskAssessmentRequest, HideRiskAssessmentRequest, ReviewHiddenAssessmentRequest } from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, IsOptionalNotNull, OptionalText } from '../../../../common/validators';

export class CreateRiskAssessmentDto implements CreateRiskAssessmentRequest {
  @ApiProperty({ description: "The checklist's key: its current version is used" })
  @IsFilledText(40)
  checklistKey!: string;

  @ApiPropertyOptional({ description: 'The day it was done with her; today if left out; never in the future or before her referral' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  assessedOn?: string;

  @ApiProperty({ description: 'Question key → answer key; an optional question may be left out', example: { fear: 'yes', escalation: 'not_sure' } })
  @IsObject({ message: 'answers must name each question with its answer, for example { "fear": "yes" }' })
  answers!: Record<string, string>;

  @OptionalText(4000, 'What she said and what you noticed, in words')
  notes?: string | null;
}

export class HideRiskAssessmentDto implements HideRiskAssessmentRequest {
  @ApiProperty({ maxLength: 1000, description: 'Why it is not safe to show her now (kept from her)' })
  @IsFilledText(1000)
  @Matches(/\S/, { message: 'reason must say why, not be blank' })
  reason!: string;
}

export class ReviewHiddenAssessmentDto implements ReviewHiddenAssessmentRequest {
  @ApiProperty({ description: 'true: still not safe to show her (a new review date); false: shown to her again' })
  @IsBoolean({ message: 'keepHidden must be true or false' })
  keepHidden!: boolean;

  @IsFilledText(1000)
  @Matches(/\S/, { message: 'reason must say why, not be blank' })
  reason!: string;
}
