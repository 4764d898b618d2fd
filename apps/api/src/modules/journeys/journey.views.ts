import type { EmergencyAccess } from '@beside/shared/contracts';
import type { JourneyAccessKind } from './journey.access';
import type { JourneyRow } from './journey.repository';

export interface JourneySummary extends JourneyRow {
  access: JourneyAccessKind;
  /** Her live break-the-glass grant, when that is how she reaches the journey. */
  emergencyAccess?: EmergencyAccess | null;
}
