import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CONTACT_CHANNELS, type ContactChannel } from '@beside/shared/contracts';
import { IsCalendarDate, IsOptionalNotNull, IsVersion } from '../../journeys/dto/validators';

export class SafeContactDto {
  @ApiProperty({ enum: CONTACT_CHANNELS, isArray: true, description: 'The ways it is safe to contact her; empty means none' })
  @IsArray()
  @ArrayMaxSize(CONTACT_CHANNELS.length)
  @ArrayUnique()
  @IsIn(CONTACT_CHANNELS, { each: true, message: `safeContact.channels must each be one of: ${CONTACT_CHANNELS.join(', ')}` })
  channels!: ContactChannel[];

  @ApiPropertyOptional({ maxLength: 200, nullable: true, description: 'When it is safe, in her words (e.g. "weekdays 10–2")' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  safeTimes?: string | null;

  @ApiProperty({ description: 'Whether a voicemail may be left' })
  @IsBoolean()
  voicemailAllowed!: boolean;

  @ApiPropertyOptional({ maxLength: 60, nullable: true, description: 'A word that tells her it is really us (never sent anywhere)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  codeWord?: string | null;
}

/** Her details; every field optional, so that the same shape serves an update. */
export class ProfileFieldsDto {
  @ApiPropertyOptional({ maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  preferredName?: string | null;

  @ApiPropertyOptional({ maxLength: 60, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  pronouns?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, description: 'Languages she speaks, in her words' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  languages?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ type: SafeContactDto })
  @IsOptionalNotNull()
  @IsObject({ message: 'safeContact must be an object' })
  @ValidateNested()
  @Type(() => SafeContactDto)
  safeContact?: SafeContactDto;
}

export class NewServiceUserDto extends ProfileFieldsDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;
}

export class UpdateServiceUserDto extends ProfileFieldsDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @IsVersion()
  version!: number;
}
