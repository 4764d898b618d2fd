import type { SafetyOverview } from '@beside/shared/contracts';

/** A quiet day for the dashboard's safety section: nothing at high risk, nothing waiting. */
export function emptyOverview(overrides: Partial<SafetyOverview> = {}): SafetyOverview {
  return {
    highRisk: { count: 0, women: [] },
    referralsAwaiting: { acknowledgement: 0, outcome: 0, referrals: [] },
    actionsDue: [],
    meetingsSoon: [],
    safetyPlansPastReview: [],
    sharingAwaitingReview: [],
    hiddenAssessmentsToReview: [],
    ...overrides,
  };
}
