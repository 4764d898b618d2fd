import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsEmail, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsVersion } from '../../../common/validators';
import { SafeTimeWindowDto } from '../../service-users';

const NOT_BLANK = /\S/;

export class ConcernTriageHoursDto {
  @IsOptional() @IsInt({ message: 'settings.concernTriageHours.immediate must be a whole number of hours' }) @Min(1) @Max(2160) immediate?: number;
  @IsOptional() @IsInt({ message: 'settings.concernTriageHours.high must be a whole number of hours' }) @Min(1) @Max(2160) high?: number;
  @IsOptional() @IsInt({ message: 'settings.concernTriageHours.medium must be a whole number of hours' }) @Min(1) @Max(2160) medium?: number;
  @IsOptional() @IsInt({ message: 'settings.concernTriageHours.low must be a whole number of hours' }) @Min(1) @Max(2160) low?: number;
}

/** What the operator sets for a member; fields left out stay as they are. */
export class OrganisationSettingsDto {
  @ApiPropertyOptional({ maxLength: 60, description: 'The neutral name messages are sent as, e.g. "Appointments"; null for the default' })
  @IsOptional()
  @IsString()
  @Matches(/^[^<>@"\r\n]*\S[^<>@"\r\n]*$/, { message: 'settings.messageSender: a short plain name, without <, >, @ or quotes' })
  @MaxLength(60)
  messageSender?: string | null;

  @ApiPropertyOptional({ type: ConcernTriageHoursDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConcernTriageHoursDto)
  concernTriageHours?: ConcernTriageHoursDto;

  @ApiPropertyOptional({ type: [SafeTimeWindowDto], description: 'When someone reads messages, London time' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SafeTimeWindowDto)
  openingHours?: SafeTimeWindowDto[] | null;

  @ApiPropertyOptional({ maxLength: 500, description: 'What it offers, read by advocates elsewhere before referring' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  servicesOffered?: string | null;
}

export class FirstAdminDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'firstAdmin.name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ maxLength: 320 })
  @IsEmail({}, { message: 'firstAdmin.email must be an email address' })
  @MaxLength(320)
  email!: string;
}

export class CreateOrganisationDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: FirstAdminDto })
  @IsObject({ message: 'firstAdmin must give the name and email of its first admin' })
  @ValidateNested()
  @Type(() => FirstAdminDto)
  firstAdmin!: FirstAdminDto;

  @ApiPropertyOptional({ type: OrganisationSettingsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationSettingsDto)
  settings?: OrganisationSettingsDto;
}

export class UpdateOrganisationDto {
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: OrganisationSettingsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationSettingsDto)
  settings?: OrganisationSettingsDto;
}

export class SuspendOrganisationDto {
  @ApiProperty({ maxLength: 1000, description: 'Why, in a sentence: its admins are told' })
  @IsString()
  @Matches(/\S[\s\S]{8,}/, { message: 'reason: say why it is suspended, in at least 10 characters' })
  @MaxLength(1000)
  reason!: string;
}

export class InviteOrganisationAdminDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ maxLength: 320 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;
}
