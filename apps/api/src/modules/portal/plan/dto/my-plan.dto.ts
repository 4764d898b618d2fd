import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { STEP_OWNERS, type StepOwner } from '@beside/shared/contracts';
import { IsCalendarDate, IsOptionalNotNull } from '../../../journeys/dto/validators';

/** A step she adds under a goal: hers to do unless she says otherwise. */
export class CreateMyStepDto {
  @ApiProperty({ maxLength: 1000, description: 'A small thing to do towards the goal, in your words' })
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(1000)
  description!: string;

  @ApiPropertyOptional({ enum: STEP_OWNERS, default: 'her' })
  @IsOptionalNotNull()
  @IsIn(STEP_OWNERS, { message: `owner must be one of: ${STEP_OWNERS.join(', ')}` })
  owner?: StepOwner;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}
