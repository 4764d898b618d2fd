import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import type {
  CreateMultiAgencyReferralRequest,
  MarkReferralSentRequest,
  MoveReferralStatusRequest,
  UpdateMultiAgencyReferralRequest,
} from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, IsOneOf, IsOptionalNotNull, IsVersion, OptionalText, stacked } from '../../../../common/validators';

const ConcernIds = () =>
  stacked(
    ApiPropertyOptional({ type: [String], description: 'Concerns on her journey this referral is about' }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50),
    IsUUID('all', { each: true, message: 'concernIds must be UUIDs' }),
  );
const OptionalDate = (description: string) => stacked(ApiPropertyOptional({ nullable: true, description }), IsOptional(), IsCalendarDate());

export class CreateMultiAgencyReferralDto implements CreateMultiAgencyReferralRequest {
  @IsFilledText(40)
  agencyKey!: string;

  @IsFilledText(300)
  sentTo!: string;

  @IsFilledText(4000)
  reason!: string;

  @OptionalText(4000, 'Her views on the referral, in her words where she gave them')
  herViews?: string | null;

  @OptionalText(2000, 'Children or others at risk, where relevant')
  othersAtRisk?: string | null;

  @ConcernIds()
  concernIds?: string[];
}

export class UpdateMultiAgencyReferralDto implements UpdateMultiAgencyReferralRequest {
  @IsVersion()
  version!: number;

  @IsOptionalNotNull()
  @IsFilledText(300)
  sentTo?: string;

  @IsOptionalNotNull()
  @IsFilledText(4000)
  reason?: string;

  @OptionalText(4000)
  herViews?: string | null;

  @OptionalText(2000)
  othersAtRisk?: string | null;

  @OptionalText(100, "The agency's reference")
  reference?: string | null;

  @OptionalDate('The next meeting about her (a MARAC, a strategy meeting)')
  nextMeetingOn?: string | null;

  @ConcernIds()
  concernIds?: string[];
}

export class MarkReferralSentDto implements MarkReferralSentRequest {
  @IsVersion()
  version!: number;

  @IsCalendarDate()
  sentOn!: string;

  // Checked by the service, which says why it is needed (a referral is never sent without its sharing decision).
  @ApiPropertyOptional({ description: 'Required: the sharing decision on her journey that lets the referral go' })
  @IsOptional()
  @IsUUID('all', { message: 'sharingDecisionId must be a UUID' })
  sharingDecisionId!: string;

  @OptionalText(100, "The agency's reference")
  reference?: string | null;
}

const MOVES = ['acknowledged', 'discussed', 'enquiry_opened', 'outcome_received', 'actions', 'closed'] as const;

export class MoveReferralStatusDto implements MoveReferralStatusRequest {
  @IsVersion()
  version!: number;

  @IsOneOf(MOVES, { description: "Forward only: acknowledged → the agency's outcome → actions → closed" })
  status!: MoveReferralStatusRequest['status'];

  @IsCalendarDate()
  on!: string;

  @OptionalText(2000)
  note?: string | null;

  @OptionalDate('The next meeting, when this move sets one')
  nextMeetingOn?: string | null;
}
