import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { NOTE_VISIBILITIES, type NoteVisibility } from '@beside/shared/contracts';
import { IsOptionalNotNull, IsVersion } from '../../../common/validators';

export class CreateNoteDto {
  @ApiProperty({ enum: NOTE_VISIBILITIES, description: 'staff: staff only; shared: she sees it too' })
  @IsIn(NOTE_VISIBILITIES, { message: `visibility must be one of: ${NOTE_VISIBILITIES.join(', ')}` })
  visibility!: NoteVisibility;

  @ApiProperty({ maxLength: 10000 })
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(10000)
  body!: string;
}

export class UpdateNoteDto {
  @ApiPropertyOptional({ enum: NOTE_VISIBILITIES })
  @IsOptionalNotNull()
  @IsIn(NOTE_VISIBILITIES, { message: `visibility must be one of: ${NOTE_VISIBILITIES.join(', ')}` })
  visibility?: NoteVisibility;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(10000)
  body?: string;

  @IsVersion()
  version!: number;
}
