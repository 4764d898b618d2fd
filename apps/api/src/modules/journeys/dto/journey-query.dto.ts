import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { JOURNEY_STATUSES, type JourneyStatus } from '@beside/shared/contracts';

export class CaseloadQueryDto {
  @ApiPropertyOptional({ enum: JOURNEY_STATUSES })
  @IsOptional()
  @IsIn(JOURNEY_STATUSES, { message: `status must be one of: ${JOURNEY_STATUSES.join(', ')}` })
  status?: JourneyStatus;

  @ApiPropertyOptional({ description: 'From the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(100)
  limit?: number;
}
