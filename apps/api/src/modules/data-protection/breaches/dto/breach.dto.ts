import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  BREACH_RISKS,
  type BreachActionRequest,
  type BreachDecisionRequest,
  type BreachRisk,
  type CloseBreachRequest,
  type RecordBreachRequest,
  type UpdateBreachRequest,
} from '@beside/shared/contracts';
import { IsFilledText, IsInstant, IsOneOf, IsOptionalNotNull, IsVersion, OptionalText, stacked } from '../../../../common/validators';

const PeopleAffected = () =>
  stacked(
    ApiProperty({ minimum: 0, description: 'How many people are affected (0 if none, an estimate if not known)' }),
    IsInt({ message: 'peopleAffected must be a whole number' }),
    Min(0, { message: 'peopleAffected must not be less than 0' }),
    Max(10_000_000),
  );

export class RecordBreachDto implements RecordBreachRequest {
  @ApiProperty({ maxLength: 4000, description: 'What happened, without names' })
  @IsFilledText(4000)
  summary!: string;

  @ApiPropertyOptional({ nullable: true, description: 'When it happened, if known (not after it was found)' })
  @IsOptional()
  @IsInstant()
  occurredAt?: string | null;

  @ApiProperty({ description: 'When the organisation became aware (not in the future): the 72 hours run from here' })
  @IsInstant()
  foundAt!: string;

  @ApiProperty({ maxLength: 2000, description: 'Which records, in words' })
  @IsFilledText(2000)
  recordsAffected!: string;

  @PeopleAffected()
  peopleAffected!: number;
}

export class UpdateBreachDto implements UpdateBreachRequest {
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptionalNotNull()
  @IsFilledText(4000)
  summary?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInstant()
  occurredAt?: string | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNotNull()
  @IsFilledText(2000)
  recordsAffected?: string;

  @IsOptionalNotNull()
  @PeopleAffected()
  peopleAffected?: number;

  @IsOptionalNotNull()
  @IsOneOf(BREACH_RISKS, { required: false, description: 'The risk to people (ICO guidance on breaches); riskReasoning is required with it' })
  risk?: BreachRisk;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Why that risk: required whenever the risk is set' })
  @IsOptionalNotNull()
  @IsFilledText(4000)
  riskReasoning?: string;
}

export class BreachDecisionDto implements BreachDecisionRequest {
  @IsVersion()
  version!: number;

  @ApiProperty({ description: 'Whether to tell' })
  @IsBoolean({ message: 'tell must be true or false' })
  tell!: boolean;

  @ApiProperty({ maxLength: 4000, description: 'Why: required for either decision' })
  @IsFilledText(4000)
  reason!: string;

  @ApiPropertyOptional({ nullable: true, description: 'When told (not in the future); may be added later with the same decision' })
  @IsOptional()
  @IsInstant()
  toldAt?: string | null;

  @OptionalText(100, "The Commissioner's case reference, once given")
  reference?: string | null;
}

export class BreachActionDto implements BreachActionRequest {
  @IsVersion()
  version!: number;

  @ApiProperty({ maxLength: 2000, description: 'The action taken' })
  @IsFilledText(2000)
  what!: string;
}

export class CloseBreachDto implements CloseBreachRequest {
  @IsVersion()
  version!: number;
}
