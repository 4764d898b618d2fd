import type { ClosureOutcome, EmergencyAccess, JourneyStatus, ReferralSource } from '@beside/shared/contracts';

/** GET /api/journeys/:id: the journey with her name and her advocates' names. */
export interface JourneyView {
  id: string;
  serviceUserId: string;
  serviceUserName?: string;
  status: JourneyStatus;
  referralSource: ReferralSource;
  referralDate: string;
  referralReason: string;
  primaryAdvocateId: string;
  primaryAdvocateName?: string;
  secondaryAdvocateId: string | null;
  secondaryAdvocateName?: string | null;
  planReviewDate: string | null;
  /** Set while the journey is closed: when, with what outcome, and why. */
  closedAt: string | null;
  closureOutcome: ClosureOutcome | null;
  closureReason: string | null;
  version: number;
  /** Set while she reaches it by breaking the glass: until when, and whether she may change it. */
  emergencyAccess?: EmergencyAccess | null;
}

export interface CaseloadFilters {
  q?: string;
  status?: JourneyStatus;
  sort?: 'referral' | 'name' | 'next_appointment';
  /** Only this advocate's journeys (as primary or second advocate). */
  advocateId?: string;
}
