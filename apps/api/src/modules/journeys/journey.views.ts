import type { JourneyStatus } from '@beside/shared/contracts';
import type { JourneyAccessKind } from './journey-access';

export interface JourneySummary {
  id: string;
  serviceUserId: string;
  serviceUserName: string;
  status: JourneyStatus;
  referralSource: string;
  referralDate: string;
  referralReason: string;
  primaryAdvocateId: string;
  primaryAdvocateName: string;
  secondaryAdvocateId: string | null;
  secondaryAdvocateName: string | null;
  planReviewDate: string | null;
  closedAt: Date | null;
  closureOutcome: string | null;
  closureReason: string | null;
  version: number;
  access: JourneyAccessKind;
}
