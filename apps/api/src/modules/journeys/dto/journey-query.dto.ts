import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CASELOAD_SORTS, JOURNEY_STATUSES, type CaseloadSort, type JourneyStatus } from '@beside/shared/contracts';
import { WholeNumberQuery } from '../../../common/page-query.dto';

export class CaseloadQueryDto {
  @ApiPropertyOptional({ enum: JOURNEY_STATUSES })
  @IsOptional()
  @IsIn(JOURNEY_STATUSES, { message: `status must be one of: ${JOURNEY_STATUSES.join(', ')}` })
  status?: JourneyStatus;

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of her name or preferred name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this advocate's journeys (as primary or second advocate)" })
  @IsOptional()
  @IsUUID('all', { message: 'advocateId must be a UUID' })
  advocateId?: string;

  @ApiPropertyOptional({ enum: CASELOAD_SORTS, default: 'referral', description: 'referral: newest first; name: A–Z; next_appointment: soonest first' })
  @IsOptional()
  @IsIn(CASELOAD_SORTS, { message: `sort must be one of: ${CASELOAD_SORTS.join(', ')}` })
  sort?: CaseloadSort;

  @ApiPropertyOptional({ description: 'From the previous page (with the same sort)' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @WholeNumberQuery()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(100)
  limit?: number;
}
