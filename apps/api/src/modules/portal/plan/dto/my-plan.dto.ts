import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STEP_OWNERS, type StepOwner } from '@beside/shared/contracts';
import { IsOptionalNotNull } from '../../../../common/validators';
import { OptionalDate, StepDescription, StepOwnerIs } from '../../../plans';

/** A step she adds under a goal: hers to do unless she says otherwise. */
export class CreateMyStepDto {
  @ApiProperty({ maxLength: 1000, description: 'A small thing to do towards the goal, in your words' })
  @StepDescription()
  description!: string;

  @ApiPropertyOptional({ enum: STEP_OWNERS, default: 'her' })
  @IsOptionalNotNull()
  @StepOwnerIs()
  owner?: StepOwner;

  @OptionalDate()
  dueDate?: string | null;
}
