import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { stacked } from './validators';

/**
 * A whole number written in digits only. Number() would also read "0x10", "1e1" or " 7 "
 * as numbers; anything else stays text and fails @IsInt with a clear message.
 */
export const WholeNumberQuery = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value));

/** The cursor a keyset list hands back for its next page: text of up to `maxLength` characters, left out for the first page. */
export const PageCursor = (maxLength: number, description?: string) =>
  stacked(ApiPropertyOptional(description ? { description } : {}), IsOptional(), IsString(), MaxLength(maxLength));

/** The size of a keyset list's page: a whole number from 1 to `max`, 50 when left out. */
export const PageLimit = (max: number) =>
  stacked(ApiPropertyOptional({ minimum: 1, maximum: max, default: 50 }), IsOptional(), WholeNumberQuery(), IsInt({ message: 'limit must be a whole number' }), Min(1), Max(max));

/** The query of a keyset-paginated list: the cursor from the previous page, and a page size. */
export class PageQueryDto {
  @PageCursor(200, 'From the previous page')
  cursor?: string;

  @PageLimit(100)
  limit?: number;
}
