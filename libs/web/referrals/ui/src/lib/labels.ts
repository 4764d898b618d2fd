import type { ReferralConsentHow, ReferralPart, ReferralStatus } from '@beside/shared/contracts';

/** What each part of her record is, as staff read it. */
export const REFERRAL_PART_LABELS: Record<ReferralPart, string> = {
  profile: 'Basic profile: her name, preferred name, pronouns and date of birth',
  safe_contact: 'Safe-contact rules: how and when it is safe to contact her',
  plan_items: 'Plan items she chooses: the goals she picks, with their steps',
};

/** The same parts, short, for a list or a table. */
export const REFERRAL_PART_SHORT: Record<ReferralPart, string> = {
  profile: 'Basic profile',
  safe_contact: 'Safe-contact rules',
  plan_items: 'Plan items she chose',
};

/** The same parts as she reads them in her portal. */
export const MY_REFERRAL_PART_WORDS: Record<ReferralPart, string> = {
  profile: 'Your name, pronouns and date of birth',
  safe_contact: 'How and when it is safe to contact you',
  plan_items: 'The goals from your plan that you chose',
};

export const REFERRAL_CONSENT_HOW_LABELS: Record<ReferralConsentHow, string> = {
  in_person: 'In person',
  phone: 'On the phone',
  video: 'On a video call',
  in_writing: 'In writing',
  her_portal: 'In her portal',
};

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  sent: 'Sent',
  held: 'Held',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};


/** What never travels with a referral, whatever she agrees to. */
export const NEVER_TRAVELS = 'Staff-only notes, concerns and the audit history never travel with a referral.';

/** While a referral waits for an answer it may still be withdrawn. */
export function canWithdraw(status: ReferralStatus): boolean {
  return status === 'sent' || status === 'held';
}
