import type { JourneyStatus } from '@beside/shared/contracts';

// One row of GET /api/journeys. Move to @beside/shared/contracts when the API exports it.
export interface CaseloadItem {
  id: string;
  serviceUserName: string;
  status: JourneyStatus;
  referralDate: string;
  primaryAdvocateName: string;
  nextAppointmentAt: string | null;
}
