import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  REFERRAL_CONSENT_HOW,
  REFERRAL_PARTS,
  REFERRAL_STATUSES,
  type AcceptReferralRequest,
  type DeclineReferralRequest,
  type ReferralConsentHow,
  type ReferralPart,
  type ReferralStatus,
  type SendReferralRequest,
} from '@beside/shared/contracts';
import { IsCalendarDate, IsVersion } from '../../../common/validators';

const NOT_BLANK = /\S/;
export const REFERRAL_REASON_MAX = 2000;

/** Her consent, recorded before anything travels: which parts, how she gave it and when. */
export class ReferralConsentDto {
  @ApiProperty({ enum: REFERRAL_PARTS, isArray: true, description: 'The parts of her record she agreed to share; never staff-only notes, concerns or audit history' })
  @IsArray({ message: 'consent.parts must be a list of the parts she agreed to share' })
  @ArrayMinSize(1, { message: 'consent.parts: record which parts she agreed to share (at least one)' })
  @ArrayUnique({ message: 'consent.parts must not name a part twice' })
  @IsIn(REFERRAL_PARTS, { each: true, message: `consent.parts: each part must be one of ${REFERRAL_PARTS.join(', ')}` })
  parts!: ReferralPart[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "With 'plan_items': the goals on this journey she chose to share (their steps travel with them)" })
  @IsOptional()
  @IsArray({ message: 'consent.goalIds must be a list of goal ids' })
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'consent.goalIds must not name a goal twice' })
  @IsUUID('all', { each: true, message: 'consent.goalIds must each be a UUID' })
  goalIds?: string[];

  @ApiProperty({ enum: REFERRAL_CONSENT_HOW })
  @IsIn(REFERRAL_CONSENT_HOW, { message: `consent.how must be one of ${REFERRAL_CONSENT_HOW.join(', ')}` })
  how!: ReferralConsentHow;

  @ApiProperty({ example: '2026-12-01', description: 'The date she gave it; not in the future' })
  @IsCalendarDate()
  givenOn!: string;
}

export class SendReferralDto implements SendReferralRequest {
  @ApiProperty({ format: 'uuid', description: 'Another member organisation (GET /api/referrals/destinations)' })
  @IsUUID('all', { message: 'toOrganisationId must be a UUID' })
  toOrganisationId!: string;

  @ApiProperty({ maxLength: REFERRAL_REASON_MAX, description: 'Why she is referred: what the other member offers. The receiving organisation reads it.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must say why she is referred' })
  @MaxLength(REFERRAL_REASON_MAX)
  reason!: string;

  @ApiProperty({ type: ReferralConsentDto })
  @IsDefined({ message: 'consent is required: record her consent before referring her' })
  @IsObject({ message: 'consent must be an object' })
  @ValidateNested()
  @Type(() => ReferralConsentDto)
  consent!: ReferralConsentDto;
}

export class VersionDto {
  @IsVersion()
  version!: number;
}

export class AcceptReferralDto implements AcceptReferralRequest {
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Her advocate here; the accepting advocate when not given (a manager names one)' })
  @IsOptional()
  @IsUUID('all', { message: 'primaryAdvocateId must be a UUID' })
  primaryAdvocateId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Her name as she gave it; required when she did not agree to share her profile' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;
}

export class DeclineReferralDto implements DeclineReferralRequest {
  @IsVersion()
  version!: number;

  @ApiProperty({ maxLength: REFERRAL_REASON_MAX, description: 'Why not: the sending organisation reads it, to tell her and find another way' })
  @IsString({ message: 'reason is required to decline a referral' })
  @Matches(NOT_BLANK, { message: 'reason is required to decline a referral' })
  @MaxLength(REFERRAL_REASON_MAX)
  reason!: string;
}

export class IncomingQueryDto {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES, { message: `status must be one of ${REFERRAL_STATUSES.join(', ')}` })
  status?: ReferralStatus;
}
