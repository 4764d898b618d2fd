import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { IsCalendarDate, IsFilledText, IsOptionalNotNull, IsVersion } from '../../../common/validators';

export class VersionDto {
  @IsVersion()
  version!: number;
}

export class DraftLetterDto {
  @IsFilledText(40)
  templateKey!: string;
}

export class UpdateLetterDto extends VersionDto {
  @IsOptionalNotNull()
  @IsFilledText(200)
  title?: string;

  @IsOptionalNotNull()
  @IsFilledText(10000)
  body?: string;
}

export class LetterSentDto extends VersionDto {
  @IsCalendarDate()
  on!: string;
}

export class SaveLetterTemplateDto {
  @IsFilledText(200)
  name!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 40 })
  @IsOptional()
  @IsFilledText(40)
  challengeTypeKey!: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 40 })
  @IsOptional()
  @IsFilledText(40)
  stageKey!: string | null;

  @IsFilledText(200)
  title!: string;

  @IsFilledText(10000)
  body!: string;
}

export class LetterFileQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'A version of the letter; the current one if left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version?: number;
}
