import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GOAL_CATEGORIES, GOAL_STATUSES, STEP_OWNERS, type GoalCategory, type GoalStatus, type StepOwner } from '@beside/shared/contracts';
import { IsCalendarDate, IsOptionalNotNull, IsVersion } from '../../journeys/dto/validators';

export class CreateGoalDto {
  @ApiProperty({ maxLength: 2000, description: 'The goal in her words, stored as she said it' })
  @IsString()
  @MinLength(1, { message: 'words must not be empty' })
  @MaxLength(2000)
  words!: string;

  @ApiProperty({ enum: GOAL_CATEGORIES })
  @IsIn(GOAL_CATEGORIES, { message: `category must be one of: ${GOAL_CATEGORIES.join(', ')}` })
  category!: GoalCategory;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;
}

export class UpdateGoalDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1, { message: 'words must not be empty' })
  @MaxLength(2000)
  words?: string;

  @ApiPropertyOptional({ enum: GOAL_CATEGORIES })
  @IsOptionalNotNull()
  @IsIn(GOAL_CATEGORIES, { message: `category must be one of: ${GOAL_CATEGORIES.join(', ')}` })
  category?: GoalCategory;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;

  @ApiPropertyOptional({ enum: GOAL_STATUSES })
  @IsOptionalNotNull()
  @IsIn(GOAL_STATUSES, { message: `status must be one of: ${GOAL_STATUSES.join(', ')}` })
  status?: GoalStatus;

  @IsVersion()
  version!: number;
}

export class CreateStepDto {
  @ApiProperty({ maxLength: 1000, description: 'A small action towards the goal' })
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(1000)
  description!: string;

  @ApiProperty({ enum: STEP_OWNERS })
  @IsIn(STEP_OWNERS, { message: `owner must be one of: ${STEP_OWNERS.join(', ')}` })
  owner!: StepOwner;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}

export class UpdateStepDto {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(1000)
  description?: string;

  @ApiPropertyOptional({ enum: STEP_OWNERS })
  @IsOptionalNotNull()
  @IsIn(STEP_OWNERS, { message: `owner must be one of: ${STEP_OWNERS.join(', ')}` })
  owner?: StepOwner;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
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

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, description: 'Her words' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  words?: string | null;
}

export { PageQueryDto } from '../../../common/page-query.dto';
