import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASELOAD_SORTS, JOURNEY_STATUSES, type CaseloadSort, type JourneyStatus } from '@beside/shared/contracts';
import { PageCursor, PageLimit } from '../../../common/page-query.dto';
import { IsOneOf } from '../../../common/validators';

export class CaseloadQueryDto {
  @IsOptional()
  @IsOneOf(JOURNEY_STATUSES, { required: false })
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

  @IsOptional()
  @IsOneOf(CASELOAD_SORTS, { required: false, default: 'referral', description: 'referral: newest first; name: A–Z; next_appointment: soonest first' })
  sort?: CaseloadSort;

  @PageCursor(400, 'From the previous page (with the same sort)')
  cursor?: string;

  @PageLimit(100)
  limit?: number;
}
