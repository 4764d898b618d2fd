import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { COMMUNICATION_SUPPORT, INFORMATION_FORMATS, type CommunicationSupport, type InformationFormat } from '@beside/shared/contracts';
import { OptionalText } from '../../../common/validators';

export class SaveHerStatementDto {
  @ApiProperty({ minimum: 0, description: 'The version you last read: 0 for your first save' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0)
  version!: number;

  @OptionalText(4000, 'What she wants professionals to know, in her words')
  whatToKnow!: string | null;

  @ApiProperty({ enum: INFORMATION_FORMATS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn([...INFORMATION_FORMATS], { each: true, message: `formats must each be one of: ${INFORMATION_FORMATS.join(', ')}` })
  formats!: InformationFormat[];

  @ApiProperty({ enum: COMMUNICATION_SUPPORT, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn([...COMMUNICATION_SUPPORT], { each: true, message: `support must each be one of: ${COMMUNICATION_SUPPORT.join(', ')}` })
  support!: CommunicationSupport[];

  @OptionalText(60, 'A spoken-language interpreter, e.g. Polish')
  interpreterLanguage!: string | null;

  @OptionalText(4000, 'What helps her in a crisis')
  crisis!: string | null;
}

export class HerStatementSharingDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200 })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'appointmentIds must each be a UUID' })
  appointmentIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200 })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'challengeIds must each be a UUID' })
  challengeIds!: string[];
}
