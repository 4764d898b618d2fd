import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CONTACT_CHANNELS,
  MESSAGE_CHANNELS,
  REMINDER_LEAD_HOURS,
  WEEKDAYS,
  type ContactChannel,
  type MessageChannel,
  type ReminderLeadHours,
  type Weekday,
} from '@beside/shared/contracts';
import { isUkMobile } from '../safe-contact';
import { IsCalendarDate, IsOptionalNotNull, IsVersion, OptionalText, stacked } from '../../../common/validators';

/** A number it is safe to text must be a UK mobile number. */
@ValidatorConstraint({ name: 'ukMobile' })
class UkMobile implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isUkMobile(value);
  }
  defaultMessage(): string {
    return 'safeContact.textNumber must be a UK mobile number, such as 07700 900123';
  }
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A window's end must differ from its start (an end before it runs past midnight). */
@ValidatorConstraint({ name: 'windowHasLength' })
class WindowHasLength implements ValidatorConstraintInterface {
  validate(until: unknown, args: { object: object }): boolean {
    return until !== (args.object as { from?: unknown }).from;
  }
  defaultMessage(): string {
    return 'safeContact.safeWindows: a window must not start and end at the same time';
  }
}

/** Days and London clock hours when Beside may send her anything. */
export class SafeTimeWindowDto {
  @ApiProperty({ enum: WEEKDAYS, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'safeContact.safeWindows: choose at least one day for each window' })
  @ArrayUnique()
  @IsIn(WEEKDAYS, { each: true, message: `safeContact.safeWindows: days must each be one of: ${WEEKDAYS.join(', ')}` })
  days!: Weekday[];

  @ApiProperty({ example: '10:00', description: 'London time, 24-hour HH:MM' })
  @Matches(CLOCK, { message: 'safeContact.safeWindows: from must be a time written as HH:MM, 24-hour' })
  from!: string;

  @ApiProperty({ example: '14:00', description: 'London time, 24-hour HH:MM; before "from", the window runs past midnight' })
  @Matches(CLOCK, { message: 'safeContact.safeWindows: until must be a time written as HH:MM, 24-hour' })
  @Validate(WindowHasLength)
  until!: string;
}

/** Per purpose, the channels she agreed to. */
export class MessageConsentDto {
  @ApiProperty({ enum: MESSAGE_CHANNELS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(MESSAGE_CHANNELS, { each: true, message: `safeContact.messageConsent.invitation must each be one of: ${MESSAGE_CHANNELS.join(', ')}` })
  invitation!: MessageChannel[];

  @ApiProperty({ enum: MESSAGE_CHANNELS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(MESSAGE_CHANNELS, { each: true, message: `safeContact.messageConsent.reminder must each be one of: ${MESSAGE_CHANNELS.join(', ')}` })
  reminder!: MessageChannel[];

  @ApiProperty({ enum: MESSAGE_CHANNELS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(MESSAGE_CHANNELS, { each: true, message: `safeContact.messageConsent.message_alert must each be one of: ${MESSAGE_CHANNELS.join(', ')}` })
  message_alert!: MessageChannel[];
}

export class SafeContactDto {
  @ApiProperty({ enum: CONTACT_CHANNELS, isArray: true, description: 'The ways it is safe to contact her; empty means none' })
  @IsArray()
  @ArrayMaxSize(CONTACT_CHANNELS.length)
  @ArrayUnique()
  @IsIn(CONTACT_CHANNELS, { each: true, message: `safeContact.channels must each be one of: ${CONTACT_CHANNELS.join(', ')}` })
  channels!: ContactChannel[];

  @OptionalText(200, 'When it is safe, in her words (e.g. "weekdays 10–2")')
  safeTimes?: string | null;

  @ApiProperty({ description: 'Whether a voicemail may be left' })
  @IsBoolean()
  voicemailAllowed!: boolean;

  @OptionalText(60, 'A word that tells her it is really us (never sent anywhere)')
  codeWord?: string | null;

  @ApiPropertyOptional({ type: [SafeTimeWindowDto], description: 'When Beside may send her anything, on the London clock; none: nothing is sent' })
  @IsOptionalNotNull()
  @IsArray({ message: 'safeContact.safeWindows must be a list of windows' })
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => SafeTimeWindowDto)
  safeWindows?: SafeTimeWindowDto[];

  @ApiPropertyOptional({ description: 'Her advocate has turned her words about safe times into the windows (or confirmed them)' })
  @IsOptionalNotNull()
  @IsBoolean()
  safeWindowsReviewed?: boolean;

  @ApiPropertyOptional({ nullable: true, example: '07700 900123', description: 'The mobile number it is safe to text' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  @Validate(UkMobile)
  textNumber?: string | null;

  @ApiPropertyOptional({ type: MessageConsentDto, description: 'What she agreed to be sent, by which channels' })
  @IsOptionalNotNull()
  @IsObject({ message: 'safeContact.messageConsent must be an object' })
  @ValidateNested()
  @Type(() => MessageConsentDto)
  messageConsent?: MessageConsentDto;

  @ApiPropertyOptional({ enum: REMINDER_LEAD_HOURS, nullable: true, description: 'Hours before an appointment she wants a reminder; null: none' })
  @IsOptional()
  @IsInt({ message: `safeContact.reminderLeadHours must be one of: ${REMINDER_LEAD_HOURS.join(', ')}` })
  @IsIn(REMINDER_LEAD_HOURS, { message: `safeContact.reminderLeadHours must be one of: ${REMINDER_LEAD_HOURS.join(', ')}` })
  reminderLeadHours?: ReminderLeadHours | null;
}

/** How and when it is safe to contact her, if sent (never null). */
export const SafeContactIs = () => stacked(IsOptionalNotNull(), IsObject({ message: 'safeContact must be an object' }), ValidateNested(), Type(() => SafeContactDto));

/** Her details; every field optional, so that the same shape serves an update. */
export class ProfileFieldsDto {
  @OptionalText(200)
  preferredName?: string | null;

  @OptionalText(60)
  pronouns?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string | null;

  @OptionalText(200, 'Languages she speaks, in her words')
  languages?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @OptionalText(2000)
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ type: SafeContactDto })
  @SafeContactIs()
  safeContact?: SafeContactDto;
}

export class NewServiceUserDto extends ProfileFieldsDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @Matches(/^$|\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name!: string;
}

export class UpdateServiceUserDto extends ProfileFieldsDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @Matches(/^$|\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name?: string;

  @IsVersion()
  version!: number;
}
