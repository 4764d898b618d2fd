import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { TIME_LIMIT_STARTS, TIME_LIMIT_UNITS, type TimeLimitStart, type TimeLimitUnit } from '@beside/shared/contracts';
import { IsFilledText, IsOneOf } from '../../../common/validators';

export class TimeLimitDto {
  @ApiProperty({ minimum: 0, maximum: 400 })
  @IsInt({ message: 'amount must be a whole number' })
  @Min(0)
  @Max(400)
  amount!: number;

  @IsOneOf(TIME_LIMIT_UNITS)
  unit!: TimeLimitUnit;

  @IsOneOf(TIME_LIMIT_STARTS, { description: 'event, awareness (when she became aware of it) or stage_start' })
  from!: TimeLimitStart;

  @ApiPropertyOptional({ description: 'A limit ending on a weekend or bank holiday runs to the next working day' })
  @IsOptional()
  @IsBoolean()
  nextWorkingDay?: boolean;

  @IsFilledText(500)
  source!: string;
}

export class ChallengeStageDefinitionDto {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 40 })
  @IsFilledText(40)
  @Matches(/^[a-z][a-z0-9_]*$/, { message: 'stage keys must be lower-case letters, digits and _' })
  key!: string;

  @IsFilledText(120)
  name!: string;

  @IsFilledText(1000)
  description!: string;

  @ApiPropertyOptional({ type: TimeLimitDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TimeLimitDto)
  limit!: TimeLimitDto | null;
}

export class SaveChallengeTypeDto {
  @IsFilledText(120)
  name!: string;

  @IsFilledText(200)
  bodyHint!: string;

  @ApiProperty({ type: [ChallengeStageDefinitionDto], minItems: 1, maxItems: 12 })
  @IsArray()
  @ArrayMinSize(1, { message: 'a challenge type needs at least one stage' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ChallengeStageDefinitionDto)
  stages!: ChallengeStageDefinitionDto[];
}
