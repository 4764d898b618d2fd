import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';

/** Which of her journeys: one of hers, or (left out) her open one. */
export class MyJourneyQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of your journeys; without it, your open one' })
  @IsOptional()
  @IsUUID('all', { message: 'journeyId must be a UUID' })
  journeyId?: string;
}

export class MyJourneyPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of your journeys; without it, your open one' })
  @IsOptional()
  @IsUUID('all', { message: 'journeyId must be a UUID' })
  journeyId?: string;
}
