import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class NetworkFiguresQueryDto {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month, YYYY-MM (London); left out: eleven months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: 'from: Enter a month as year and month, for example 2026-02' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month, YYYY-MM (London); left out: the last complete month. At most 24 months from `from`' })
  @IsOptional()
  @Matches(MONTH, { message: 'to: Enter a month as year and month, for example 2026-02' })
  to?: string;
}
