import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { CONCERN_CATEGORIES, CONCERN_SEVERITIES, type ConcernCategory, type ConcernSeverity } from '@beside/shared/contracts';
import { IsOptionalNotNull } from '../../../../common/validators';

export class RaiseConcernDto {
  @ApiProperty({ enum: CONCERN_CATEGORIES, description: 'What it is about: your safety (risk_to_self, abuse_or_violence, …) or the service (service_quality, staff_conduct)' })
  @IsIn(CONCERN_CATEGORIES, { message: `category must be one of: ${CONCERN_CATEGORIES.join(', ')}` })
  category!: ConcernCategory;

  @ApiPropertyOptional({ enum: CONCERN_SEVERITIES, description: 'How urgent; left out: high for safety, medium for the service' })
  @IsOptionalNotNull()
  @IsIn(CONCERN_SEVERITIES, { message: `severity must be one of: ${CONCERN_SEVERITIES.join(', ')}` })
  severity?: ConcernSeverity;

  @ApiProperty({ maxLength: 4000, description: 'What is worrying you, in your words' })
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(4000)
  description!: string;

  @ApiPropertyOptional({ default: false, description: "Don't tell my advocate it came from me: only managers see who raised it" })
  @IsOptionalNotNull()
  @IsBoolean()
  hideFromAdvocate?: boolean;

  @ApiPropertyOptional({ default: false, description: 'It is about my advocate: it goes to managers only and is never shown to her' })
  @IsOptionalNotNull()
  @IsBoolean()
  aboutMyAdvocate?: boolean;
}
