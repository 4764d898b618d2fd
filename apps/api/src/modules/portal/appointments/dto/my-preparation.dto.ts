import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsVersion } from '../../../../common/validators';

export class UpdateMyPreparationDto {
  @ApiProperty({ maxLength: 4000, nullable: true, description: 'What you want to say, and questions to ask; null clears it' })
  // Required, but may be null to clear it: a body without it must not wipe her words.
  @ValidateIf((_: object, v: unknown) => v !== null)
  @IsString({ message: 'preparation must be text (or null to clear it)' })
  @MaxLength(4000)
  preparation!: string | null;

  @IsVersion()
  version!: number;
}
