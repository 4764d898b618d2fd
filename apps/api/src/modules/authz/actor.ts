import type { Role } from '@beside/shared/contracts';

/** The signed-in person a request acts for, passed explicitly to every service method. */
export interface Actor {
  userId: string;
  organisationId: string;
  role: Role;
  sessionId: string;
  displayName: string;
}

/** Where a request came from, for audit events. */
export interface RequestOrigin {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}
