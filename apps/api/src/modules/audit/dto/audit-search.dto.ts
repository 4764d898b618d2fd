import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageCursor, PageLimit } from '../../../common/page-query.dto';

export class AuditSearchDto {
  @ApiPropertyOptional({ description: 'Who did it (user id)' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ description: 'Whose data (service user id)' })
  @IsOptional()
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId?: string;

  @ApiPropertyOptional({ example: 'journey.read' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.([a-z_]+|\*))?$/, { message: 'action must look like journey.read (or journey.* for all journey actions)' })
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ example: 'journey' })
  @IsOptional()
  @Matches(/^[a-z_]+$/, { message: 'entityType must be a word such as journey' })
  @MaxLength(64)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId?: string;

  @ApiPropertyOptional({ enum: ['success', 'denied', 'error'] })
  @IsOptional()
  @IsIn(['success', 'denied', 'error'], { message: 'outcome must be success, denied or error' })
  outcome?: 'success' | 'denied' | 'error';

  @ApiPropertyOptional({ description: 'From this moment (ISO 8601), inclusive' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Until this moment (ISO 8601), exclusive' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @PageCursor(200)
  cursor?: string;

  @PageLimit(200)
  limit?: number;
}

export { PageQueryDto as AccessLogQueryDto } from '../../../common/page-query.dto';
