import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTE_VISIBILITIES, type NoteVisibility } from '@beside/shared/contracts';
import { IsFilledText, IsOneOf, IsOptionalNotNull, IsVersion } from '../../../common/validators';

export class CreateNoteDto {
  @IsOneOf(NOTE_VISIBILITIES, { description: 'staff: staff only; shared: she sees it too' })
  visibility!: NoteVisibility;

  @ApiProperty({ maxLength: 10000 })
  @IsFilledText(10000)
  body!: string;
}

export class UpdateNoteDto {
  @IsOptionalNotNull()
  @IsOneOf(NOTE_VISIBILITIES, { required: false })
  visibility?: NoteVisibility;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptionalNotNull()
  @IsFilledText(10000)
  body?: string;

  @IsVersion()
  version!: number;
}
