// The referrals module's public surface: what her portal uses to show her referrals and let her withdraw one.
export { ReferralSteps } from './referral-steps';
export { findOutgoingForServiceUser, findReferral, type ReferralRow } from './referral.repository';
export { toMyReferralView } from './referral-views';
export { REFERRAL_NOT_FOUND } from './referrals.service';
