import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  CONCERN_CATEGORIES,
  CONCERN_REGISTER_VIEWS,
  CONCERN_SEVERITIES,
  CONCERN_STATUSES,
  type ConcernCategory,
  type ConcernRegisterView,
  type ConcernSeverity,
  type ConcernStatus,
} from '@beside/shared/contracts';
import { PageQueryDto } from '../../../../common/page-query.dto';
import { IsCalendarDate, IsOneOf, IsOptionalNotNull, IsVersion, stacked } from '../../../../common/validators';

const NOT_BLANK = /\S/;
/** Text with something in it besides spaces, up to `maxLength` characters. */
const TextNotBlank = (field: string, maxLength: number) => stacked(IsString(), Matches(NOT_BLANK, { message: `${field} must not be empty` }), MaxLength(maxLength));
const MOVES = CONCERN_STATUSES.filter((s) => s !== 'raised');

export class RaiseStaffConcernDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The journey it is about, if any' })
  @IsOptionalNotNull()
  @IsUUID('all', { message: 'journeyId must be a UUID' })
  journeyId?: string;

  @IsOneOf(CONCERN_CATEGORIES)
  category!: ConcernCategory;

  @IsOneOf(CONCERN_SEVERITIES, { description: 'Sets the triage deadline' })
  severity!: ConcernSeverity;

  @ApiProperty({ maxLength: 4000 })
  @TextNotBlank('description', 4000)
  description!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A member of staff it is about: never visible to them' })
  @IsOptionalNotNull()
  @IsUUID('all', { message: 'aboutStaffUserId must be a UUID' })
  aboutStaffUserId?: string;

  @ApiPropertyOptional({ default: false, description: 'Never shown to the woman it is about' })
  @IsOptionalNotNull()
  @IsBoolean()
  confidentialFromSubject?: boolean;
}

export class ConcernTransitionDto {
  @IsOneOf(MOVES)
  to!: Exclude<ConcernStatus, 'raised'>;

  @ApiProperty({ maxLength: 4000, description: 'What was decided or done, for the record' })
  @TextNotBlank('note', 4000)
  note!: string;

  @IsVersion()
  version!: number;

  @IsOptionalNotNull()
  @IsOneOf(CONCERN_SEVERITIES, { required: false, description: 'Only at triage: the severity as assessed' })
  severity?: ConcernSeverity;

  @ApiPropertyOptional({ maxLength: 500, description: 'Required to refer: who it was referred to' })
  @IsOptionalNotNull()
  @TextNotBlank('referredTo', 500)
  referredTo?: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Required to close: the outcome, for the record' })
  @IsOptionalNotNull()
  @TextNotBlank('outcome', 4000)
  outcome?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required to close: what the person who raised it is told' })
  @IsOptionalNotNull()
  @TextNotBlank('outcomeForRaiser', 2000)
  outcomeForRaiser?: string;
}

export class AddConcernActionDto {
  @ApiProperty({ maxLength: 2000 })
  @TextNotBlank('description', 2000)
  description!: string;

  @ApiProperty({ format: 'uuid', description: 'An active advocate or manager who can see this concern' })
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId!: string;

  @ApiProperty({ example: '2026-12-01' })
  @IsCalendarDate()
  dueOn!: string;
}

export class CompleteConcernActionDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ConcernRegisterQueryDto extends PageQueryDto {
  @IsOptional()
  @IsOneOf(CONCERN_REGISTER_VIEWS, { required: false, default: 'open' })
  view?: ConcernRegisterView;

  @IsOptional()
  @IsOneOf(CONCERN_SEVERITIES, { required: false })
  severity?: ConcernSeverity;

  @IsOptional()
  @IsOneOf(CONCERN_CATEGORIES, { required: false })
  category?: ConcernCategory;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'journeyId must be a UUID' })
  journeyId?: string;
}
