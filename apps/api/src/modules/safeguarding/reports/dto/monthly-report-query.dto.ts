import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class MonthlyReportQueryDto {
  @ApiPropertyOptional({ example: '2026-10', description: 'YYYY-MM; left out: the last complete month' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month: Enter a month as year and month, for example 2026-02' })
  month?: string;
}
