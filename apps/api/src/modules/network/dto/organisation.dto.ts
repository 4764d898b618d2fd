import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsEmail, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsVersion, stacked } from '../../../common/validators';
import { SafeTimeWindowDto } from '../../service-users';

const NOT_BLANK = /\S/;

/** A name of up to 200 characters with something in it; `path` is how the message names the field. */
const NameText = (path: string) => stacked(IsString(), Matches(NOT_BLANK, { message: `${path} must not be empty` }), MaxLength(200));

/** An email address of up to 320 characters. */
const EmailAddress = (path: string) => stacked(ApiProperty({ maxLength: 320 }), IsEmail({}, { message: `${path} must be an email address` }), MaxLength(320));

/** An object that may be left out, checked field by field as its class says. */
const OptionalObject = (type: () => new () => object) => stacked(ApiPropertyOptional({ type: type() }), IsOptional(), IsObject(), ValidateNested(), Type(type));

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

  @OptionalObject(() => ConcernTriageHoursDto)
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
  @NameText('firstAdmin.name')
  name!: string;

  @EmailAddress('firstAdmin.email')
  email!: string;
}

export class CreateOrganisationDto {
  @ApiProperty({ maxLength: 200 })
  @NameText('name')
  name!: string;

  @ApiProperty({ type: FirstAdminDto })
  @IsObject({ message: 'firstAdmin must give the name and email of its first admin' })
  @ValidateNested()
  @Type(() => FirstAdminDto)
  firstAdmin!: FirstAdminDto;

  @OptionalObject(() => OrganisationSettingsDto)
  settings?: OrganisationSettingsDto;
}

export class UpdateOrganisationDto {
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @NameText('name')
  name?: string;

  @OptionalObject(() => OrganisationSettingsDto)
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
  @NameText('name')
  name!: string;

  @EmailAddress('email')
  email!: string;
}
