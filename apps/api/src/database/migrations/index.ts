import { Foundation1764300000000 } from './1764300000000-foundation';
import { Identity1764300001000 } from './1764300001000-identity';
import { Audit1764300002000 } from './1764300002000-audit';
import { JourneysCore1764300003000 } from './1764300003000-journeys-core';
import { JourneysCasework1764300004000 } from './1764300004000-journeys-casework';
import { Portal1764300005000 } from './1764300005000-portal';
import { Safeguarding1764300006000 } from './1764300006000-safeguarding';
import { Idempotency1764300007000 } from './1764300007000-idempotency';
import { AuditSealing1764300008000 } from './1764300008000-audit-sealing';
import { PerformanceIndexes1764300008100 } from './1764300008100-performance-indexes';
import { DashboardIndexes1764300008200 } from './1764300008200-dashboard-indexes';
import { CaseloadIndexes1764300008300 } from './1764300008300-caseload-indexes';
import { AppointmentLength1764300009000 } from './1764300009000-appointment-length';

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [Foundation1764300000000, Identity1764300001000, Audit1764300002000, JourneysCore1764300003000, JourneysCasework1764300004000, Portal1764300005000, Safeguarding1764300006000, Idempotency1764300007000, AuditSealing1764300008000, PerformanceIndexes1764300008100, DashboardIndexes1764300008200, CaseloadIndexes1764300008300, AppointmentLength1764300009000];
