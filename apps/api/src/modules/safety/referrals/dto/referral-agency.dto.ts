import { REFERRAL_OUTCOME_STATUSES } from '../referral-status';
import { IsFilledText, IsOneOf } from '../../../../common/validators';
import type { ReferralAgencyView, SaveReferralAgencyRequest } from '@beside/shared/contracts';

export class SaveReferralAgencyDto implements SaveReferralAgencyRequest {
  @IsFilledText(200)
  name!: string;

  @IsFilledText(1000)
  description!: string;

  @IsOneOf(REFERRAL_OUTCOME_STATUSES, { description: 'The status after acknowledgement: a MARAC discusses, a council opens a section 42 enquiry, others send an outcome' })
  outcomeStatus!: ReferralAgencyView['outcomeStatus'];
}
