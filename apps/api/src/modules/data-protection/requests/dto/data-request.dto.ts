import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  DATA_REQUEST_CHANNELS,
  DATA_REQUEST_DECISIONS,
  DATA_REQUEST_EXEMPTIONS,
  DATA_REQUEST_KINDS,
  type AnswerDataRequestRequest,
  type DataRequestChannel,
  type DataRequestDecision,
  type DataRequestExemption,
  type DataRequestKind,
  type DecideDataRequestRequest,
  type ExtendDataRequestRequest,
  type MyDataRequestRequest,
  type RecordDataRequestRequest,
} from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, IsOneOf, IsVersion } from '../../../../common/validators';

const STAFF_CHANNELS = DATA_REQUEST_CHANNELS.filter((c): c is Exclude<DataRequestChannel, 'portal'> => c !== 'portal');

export class MyDataRequestDto implements MyDataRequestRequest {
  @IsOneOf(DATA_REQUEST_KINDS, { description: 'What she asks for (UK GDPR Articles 15–21)' })
  kind!: DataRequestKind;

  @ApiProperty({ maxLength: 4000, description: 'What she asks, in her words' })
  @IsFilledText(4000)
  details!: string;
}

export class RecordDataRequestDto extends MyDataRequestDto implements RecordDataRequestRequest {
  @ApiProperty({ description: 'Her record, in your organisation' })
  @IsUUID('all', { message: 'serviceUserId must be a UUID' })
  serviceUserId!: string;

  @IsOneOf(STAFF_CHANNELS, { description: 'How the request reached you' })
  channel!: Exclude<DataRequestChannel, 'portal'>;

  @ApiProperty({ description: 'The day it was received (not in the future): the clock runs from here' })
  @IsCalendarDate()
  receivedOn!: string;
}

export class DataRequestsQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open', description: 'open: not yet answered (the default); all: answered ones too' })
  @IsOptional()
  @IsIn(['open', 'all'], { message: 'status must be one of: open, all' })
  status?: 'open' | 'all';
}

export class ExtendDataRequestDto implements ExtendDataRequestRequest {
  @IsVersion()
  version!: number;

  @IsOneOf([1, 2], { description: 'One or two further months, counted from receipt (at most three months in all)' })
  months!: 1 | 2;

  @ApiProperty({ maxLength: 2000, description: 'Why more time is needed (a complex request, or several from her)' })
  @IsFilledText(2000)
  reason!: string;
}

export class DecideDataRequestDto implements DecideDataRequestRequest {
  @IsVersion()
  version!: number;

  @IsOneOf(DATA_REQUEST_DECISIONS)
  decision!: DataRequestDecision;

  @ApiProperty({ maxLength: 4000, description: 'Why: required for every decision, and told to her with the answer' })
  @IsFilledText(4000)
  reason!: string;

  @ApiProperty({ enum: DATA_REQUEST_EXEMPTIONS, isArray: true, description: 'The exemptions considered (may be empty)' })
  @IsArray({ message: 'exemptions must be a list' })
  @ArrayMaxSize(DATA_REQUEST_EXEMPTIONS.length)
  @IsIn([...DATA_REQUEST_EXEMPTIONS], { each: true, message: `exemptions must each be one of: ${DATA_REQUEST_EXEMPTIONS.join(', ')}` })
  exemptions!: DataRequestExemption[];
}

export class AnswerDataRequestDto implements AnswerDataRequestRequest {
  @IsVersion()
  version!: number;

  @ApiProperty({ description: 'The day the answer was sent (not in the future, not before the request was received)' })
  @IsCalendarDate()
  answeredOn!: string;

  @ApiProperty({ maxLength: 8000, description: 'The answer sent to her' })
  @IsFilledText(8000)
  answer!: string;
}
