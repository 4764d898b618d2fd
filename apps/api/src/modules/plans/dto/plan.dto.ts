import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GOAL_CATEGORIES, GOAL_STATUSES, STEP_OWNERS, type GoalCategory, type GoalStatus, type StepOwner } from '@beside/shared/contracts';
import { IsCalendarDate, IsOneOf, IsOptionalNotNull, IsVersion, OptionalText, stacked } from '../../../common/validators';

// The fields of a plan, each validated the same wherever it is written (staff routes and hers).

/** Words that must not be empty: a goal's (2000) or a step's (1000). */
const Words = (field: string, max: number) => stacked(IsString(), MinLength(1, { message: `${field} must not be empty` }), MaxLength(max));

const GoalCategoryIs = () => IsIn(GOAL_CATEGORIES, { message: `category must be one of: ${GOAL_CATEGORIES.join(', ')}` });

/** Who does a step; exported for the step she adds (where it is optional, hers by default). */
export const StepOwnerIs = () => IsIn(STEP_OWNERS, { message: `owner must be one of: ${STEP_OWNERS.join(', ')}` });

/** A date that may be left out or cleared (null). */
export const OptionalDate = () => stacked(ApiPropertyOptional({ format: 'date', nullable: true }), IsOptional(), IsCalendarDate());

/** A step's description as every audience writes it (the words of the documentation are the caller's). */
export const StepDescription = () => Words('description', 1000);

export class CreateGoalDto {
  @ApiProperty({ maxLength: 2000, description: 'The goal in her words, stored as she said it' })
  @Words('words', 2000)
  words!: string;

  @ApiProperty({ enum: GOAL_CATEGORIES })
  @GoalCategoryIs()
  category!: GoalCategory;

  @OptionalDate()
  targetDate?: string | null;
}

export class UpdateGoalDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNotNull()
  @Words('words', 2000)
  words?: string;

  @ApiPropertyOptional({ enum: GOAL_CATEGORIES })
  @IsOptionalNotNull()
  @GoalCategoryIs()
  category?: GoalCategory;

  @OptionalDate()
  targetDate?: string | null;

  @IsOptionalNotNull()
  @IsOneOf(GOAL_STATUSES, { required: false })
  status?: GoalStatus;

  @IsVersion()
  version!: number;
}

export class CreateStepDto {
  @ApiProperty({ maxLength: 1000, description: 'A small action towards the goal' })
  @StepDescription()
  description!: string;

  @ApiProperty({ enum: STEP_OWNERS })
  @StepOwnerIs()
  owner!: StepOwner;

  @OptionalDate()
  dueDate?: string | null;
}

export class UpdateStepDto {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptionalNotNull()
  @StepDescription()
  description?: string;

  @ApiPropertyOptional({ enum: STEP_OWNERS })
  @IsOptionalNotNull()
  @StepOwnerIs()
  owner?: StepOwner;

  @OptionalDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ description: 'Done (true) or not yet (false)' })
  @IsOptionalNotNull()
  @IsBoolean()
  done?: boolean;

  @IsVersion()
  version!: number;
}

export class CreateCheckInDto {
  @ApiProperty({ minimum: 0, maximum: 10, description: 'How confident she feels, 0–10' })
  @IsInt({ message: 'confidence must be a whole number from 0 to 10' })
  @Min(0)
  @Max(10)
  confidence!: number;

  @OptionalText(2000, 'Her words')
  words?: string | null;
}

export { PageQueryDto } from '../../../common/page-query.dto';

/** Removing a step: the version she last saw, so a step someone has just changed is not removed unseen. */
export class RemoveStepQueryDto {
  @ApiProperty({ description: 'The version of the step she is looking at' })
  @Type(() => Number)
  @IsVersion()
  version!: number;
}
