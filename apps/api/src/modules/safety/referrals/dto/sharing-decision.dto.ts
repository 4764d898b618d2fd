import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  SHARING_CONSIDERATIONS,
  SHARING_LAWFUL_BASES,
  type CreateSharingDecisionRequest,
  type ReviewSharingDecisionRequest,
  type SharingConsideration,
  type SharingLawfulBasis,
} from '@beside/shared/contracts';
import { IsCalendarDate, IsFilledText, IsOneOf, IsOptionalNotNull, IsVersion, OptionalText } from '../../../../common/validators';

export class CreateSharingDecisionDto implements CreateSharingDecisionRequest {
  @IsFilledText(2000)
  what!: string;

  @IsFilledText(300)
  sharedWith!: string;

  @IsCalendarDate()
  sharedOn!: string;

  @IsOneOf(SHARING_LAWFUL_BASES, { description: 'UK GDPR Articles 6 and 9; Data Protection Act 2018 Schedule 1' })
  lawfulBasis!: SharingLawfulBasis;

  @ApiProperty({ description: 'Whether she consented to this sharing' })
  @IsBoolean({ message: 'withConsent must be true or false' })
  withConsent!: boolean;

  @ApiPropertyOptional({ enum: SHARING_CONSIDERATIONS, isArray: true, description: 'Without her consent: what was weighed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SHARING_CONSIDERATIONS.length)
  @IsIn([...SHARING_CONSIDERATIONS], { each: true, message: `considerations must each be one of: ${SHARING_CONSIDERATIONS.join(', ')}` })
  considerations?: SharingConsideration[];

  @OptionalText(4000, 'Required without her consent: the reasoning')
  reasoning?: string | null;

  @ApiPropertyOptional({ description: 'Without her consent: false holds it back from her portal (with heldBackReason). Always true with her consent' })
  @IsOptionalNotNull()
  @IsBoolean({ message: 'shownToHer must be true or false' })
  shownToHer?: boolean;

  @OptionalText(1000, 'Why showing it to her would put her or someone else at risk: a documented safeguarding exemption')
  heldBackReason?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'The multi-agency referral on her journey it goes with' })
  @IsOptional()
  @IsUUID('all', { message: 'referralId must be a UUID' })
  referralId?: string | null;
}

export class ReviewSharingDecisionDto implements ReviewSharingDecisionRequest {
  @IsVersion()
  version!: number;

  @IsFilledText(2000)
  note!: string;

  @ApiPropertyOptional({ description: 'Change whether she is shown it (held back needs heldBackReason)' })
  @IsOptionalNotNull()
  @IsBoolean({ message: 'shownToHer must be true or false' })
  shownToHer?: boolean;

  @OptionalText(1000)
  heldBackReason?: string | null;
}
