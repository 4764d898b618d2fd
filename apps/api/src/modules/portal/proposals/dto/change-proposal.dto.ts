import { PageQueryDto } from '../../../../common/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  CHANGE_PROPOSAL_FIELD_NAMES,
  CHANGE_PROPOSAL_STATUSES,
  CHANGE_PROPOSAL_TARGETS,
  type ChangeProposalStatus,
  type ChangeProposalTarget,
} from '@beside/shared/contracts';
import { IsFilledText, IsOneOf, IsOptionalNotNull, IsVersion } from '../../../../common/validators';

export class CreateChangeProposalDto {
  @IsOneOf(CHANGE_PROPOSAL_TARGETS, { description: 'What kind of record staff wrote' })
  targetType!: ChangeProposalTarget;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId!: string;

  @IsOneOf(CHANGE_PROPOSAL_FIELD_NAMES, { description: 'Which part: goal words/targetDate; step description/dueDate; note body; appointment purpose/location/professionalOrganisation/outcome' })
  field!: string;

  @ApiProperty({ maxLength: 10000, description: 'What you would like it to say, in your words' })
  @IsString()
  @MaxLength(10000)
  proposedValue!: string;

  @ApiProperty({ maxLength: 2000, description: 'Why you would like it changed' })
  @IsFilledText(2000)
  reason!: string;
}

export class AcceptChangeProposalDto {
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({ maxLength: 2000, description: 'A word back to her (optional when accepting)' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  reply?: string;
}

export class DeclineChangeProposalDto {
  @IsVersion()
  version!: number;

  @ApiProperty({ maxLength: 2000, description: 'Why not: she reads this' })
  @IsString()
  @MinLength(1, { message: 'reply must not be empty: tell her why' })
  @MaxLength(2000)
  reply!: string;
}

export class ChangeProposalQueryDto extends PageQueryDto {
  @IsOptional()
  @IsOneOf(CHANGE_PROPOSAL_STATUSES, { required: false })
  status?: ChangeProposalStatus;

}
