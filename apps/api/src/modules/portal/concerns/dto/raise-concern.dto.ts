import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { CONCERN_CATEGORIES, CONCERN_SEVERITIES, type ConcernCategory, type ConcernSeverity } from '@beside/shared/contracts';
import { IsFilledText, IsOneOf, IsOptionalNotNull } from '../../../../common/validators';

export class RaiseConcernDto {
  @IsOneOf(CONCERN_CATEGORIES, { description: 'What it is about: your safety (risk_to_self, abuse_or_violence, …) or the service (service_quality, staff_conduct)' })
  category!: ConcernCategory;

  @IsOptionalNotNull()
  @IsOneOf(CONCERN_SEVERITIES, { required: false, description: 'How urgent; left out: high for safety, medium for the service' })
  severity?: ConcernSeverity;

  @ApiProperty({ maxLength: 4000, description: 'What is worrying you, in your words' })
  @IsFilledText(4000)
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
