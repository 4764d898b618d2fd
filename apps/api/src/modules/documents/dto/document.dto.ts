import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsFilledText } from '../../../common/validators';

/** The fields sent beside the file (multipart/form-data). */
export class UploadDocumentDto {
  @ApiProperty({ maxLength: 200, description: 'What it is, e.g. "Letter from the trust, 3 March"' })
  @IsFilledText(200)
  description!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A challenge on the same journey it belongs to' })
  @IsOptional()
  @IsUUID('all', { message: 'challengeId must be a UUID' })
  challengeId?: string;

  @ApiPropertyOptional({ enum: ['shared', 'staff'], default: 'staff', description: 'shared: she sees it in her portal' })
  @IsOptional()
  @IsIn(['shared', 'staff'], { message: 'visibility must be one of: shared, staff' })
  visibility?: 'shared' | 'staff';
}

export class HerUploadDto {
  @ApiProperty({ maxLength: 200, description: 'What it is, in her words' })
  @IsFilledText(200)
  description!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'challengeId must be a UUID' })
  challengeId?: string;
}

export class DeleteDocumentDto {
  @ApiProperty({ maxLength: 500, description: 'Why it is deleted (kept with the record)' })
  @IsFilledText(500)
  reason!: string;
}
