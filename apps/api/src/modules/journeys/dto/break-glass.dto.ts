import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import {
  BREAK_GLASS_REASON_CATEGORIES,
  BREAK_GLASS_REASON_MIN,
  type BreakGlassReasonCategory,
  type BreakGlassRequest,
  cleanBreakGlassReason,
} from '@beside/shared/contracts';

export class BreakGlassDto implements BreakGlassRequest {
  @ApiProperty({ enum: BREAK_GLASS_REASON_CATEGORIES, description: 'What kind of emergency; only some kinds let you change the journey' })
  @IsIn(BREAK_GLASS_REASON_CATEGORIES, { message: 'Choose why you need emergency access' })
  reasonCategory!: BreakGlassReasonCategory;

  @ApiProperty({ description: 'Why you need to open a journey that is not assigned to you', minLength: BREAK_GLASS_REASON_MIN, maxLength: 1000 })
  // Checked as stored: blank and invisible characters do not count towards a reason.
  @Transform(({ value }) => (typeof value === 'string' ? cleanBreakGlassReason(value) : value))
  @IsString({ message: 'Say why you need to open this journey' })
  @MinLength(BREAK_GLASS_REASON_MIN, { message: `Say why you need to open this journey, in at least ${BREAK_GLASS_REASON_MIN} characters` })
  @MaxLength(1000, { message: 'The reason must be 1,000 characters or fewer' })
  reason!: string;
}

export class BreakGlassReviewDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(({ value }) => (typeof value === 'string' ? cleanBreakGlassReason(value) : value))
  @IsString()
  @MinLength(1, { message: 'Write a comment on what you found' })
  @MaxLength(2000)
  comment!: string;
}
