import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import type { ProposeQuoteRequest, ReviewQuoteRequest, TagTextRequest, ThemeRequest } from '@beside/shared/contracts';
import { IsFilledText, OptionalText } from '../../../common/validators';

export class ThemeDto implements ThemeRequest {
  @ApiProperty({ maxLength: 100 })
  @IsFilledText(100)
  name!: string;

  @OptionalText(1000, 'What answers under this theme say')
  description?: string | null;
}

export class ThemeChangesDto implements Partial<ThemeRequest> {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsFilledText(100)
  name?: string;

  @OptionalText(1000, 'What answers under this theme say')
  description?: string | null;
}

export class TagTextDto implements TagTextRequest {
  @ApiProperty({ type: [String], description: 'The themes this answer carries (all of them: any others are taken off)' })
  @IsArray({ message: 'themeIds must be a list' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'themeIds: each must be the id of a theme' })
  themeIds!: string[];
}

export class ProposeQuoteDto implements ProposeQuoteRequest {
  @ApiProperty({ format: 'uuid', description: 'The free-text answer it comes from' })
  @IsUUID('all', { message: 'textId must be the id of a free-text answer' })
  textId!: string;

  @ApiProperty({ maxLength: 1000, description: 'The words as they would be published, shortened or redacted ("[a place]")' })
  @IsFilledText(1000)
  words!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'themeId must be the id of a theme' })
  themeId?: string | null;
}

export class ReviewQuoteDto implements ReviewQuoteRequest {
  @ApiProperty({ enum: ['publish', 'reject'] })
  @IsIn(['publish', 'reject'], { message: 'decision must be publish or reject' })
  decision!: 'publish' | 'reject';

  @ApiProperty({ maxLength: 1000, description: 'What she checked for anything identifying: names, places, dates, rare details' })
  @IsFilledText(1000)
  note!: string;
}

export class TextsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the answers to this free-text question' })
  @IsOptional()
  @IsUUID('all', { message: 'questionId must be the id of a question' })
  questionId?: string;
}

export class CrossTabQueryDto {
  @ApiProperty({ format: 'uuid', description: 'A single-choice or scale question, one row an answer' })
  @IsUUID('all', { message: 'rows must be the id of a single-choice or scale question' })
  rows!: string;

  @ApiProperty({ format: 'uuid', description: 'Another single-choice or scale question, one column an answer' })
  @IsUUID('all', { message: 'columns must be the id of a single-choice or scale question' })
  columns!: string;
}
