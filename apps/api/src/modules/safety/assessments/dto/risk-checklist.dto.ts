import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { CreateRiskChecklistRequest, RiskAnswerOption, RiskChecklistBody, RiskQuestion, RiskThresholds } from '@beside/shared/contracts';
import { IsFilledText } from '../../../../common/validators';

const KEY_MESSAGE = 'must be lower-case letters, digits and _, starting with a letter';

export class RiskAnswerOptionDto implements RiskAnswerOption {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 40 })
  @IsFilledText(40)
  @Matches(/^[a-z][a-z0-9_]*$/, { message: `answer keys ${KEY_MESSAGE}` })
  key!: string;

  @IsFilledText(200)
  label!: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: 'weight must be a whole number' })
  @Min(0)
  @Max(100)
  weight!: number;
}

export class RiskQuestionDto implements RiskQuestion {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 40 })
  @IsFilledText(40)
  @Matches(/^[a-z][a-z0-9_]*$/, { message: `question keys ${KEY_MESSAGE}` })
  key!: string;

  @IsFilledText(500)
  text!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 2000, description: 'For the person asking: why it matters, how to ask it gently' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  guidance!: string | null;

  @IsBoolean({ message: 'required must be true or false' })
  required!: boolean;

  @ApiProperty({ type: [RiskAnswerOptionDto], minItems: 2, maxItems: 12 })
  @IsArray()
  @ArrayMinSize(2, { message: 'options: a question needs at least two answers' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => RiskAnswerOptionDto)
  options!: RiskAnswerOptionDto[];
}

export class RiskThresholdsDto implements RiskThresholds {
  @ApiProperty({ minimum: 1, description: 'A score at or above this is medium risk' })
  @IsInt({ message: 'medium must be a whole number' })
  @Min(1)
  medium!: number;

  @ApiProperty({ minimum: 1, description: 'A score at or above this is high risk' })
  @IsInt({ message: 'high must be a whole number' })
  @Min(1)
  high!: number;

  @ApiProperty({ minimum: 1, description: 'A score at or above this recommends a MARAC referral' })
  @IsInt({ message: 'marac must be a whole number' })
  @Min(1)
  marac!: number;
}

export class RiskChecklistBodyDto implements RiskChecklistBody {
  @IsFilledText(200)
  name!: string;

  @ApiProperty({ maxLength: 4000, description: 'When to use it and how to talk about it with her' })
  @IsString()
  @MaxLength(4000)
  guidance!: string;

  @ApiProperty({ type: [RiskQuestionDto], minItems: 1, maxItems: 80 })
  @IsArray()
  @ArrayMinSize(1, { message: 'questions: a checklist needs at least one question' })
  @ArrayMaxSize(80)
  @ValidateNested({ each: true })
  @Type(() => RiskQuestionDto)
  questions!: RiskQuestionDto[];

  @ApiProperty({ type: RiskThresholdsDto })
  @IsDefined({ message: 'thresholds must be given: { medium, high, marac }' })
  @IsObject({ message: 'thresholds must be an object: { medium, high, marac }' })
  @ValidateNested()
  @Type(() => RiskThresholdsDto)
  thresholds!: RiskThresholdsDto;

  @ApiProperty({ maxLength: 500, description: 'Where the wording comes from, e.g. the licence the organisation holds' })
  @IsFilledText(500)
  source!: string;
}

export class CreateRiskChecklistDto extends RiskChecklistBodyDto implements CreateRiskChecklistRequest {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]{1,39}$' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: `key ${KEY_MESSAGE}, 2 to 40 characters` })
  key!: string;
}
