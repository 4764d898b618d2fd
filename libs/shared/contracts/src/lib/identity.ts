import type { Role } from './roles';

export type SessionStage = 'mfa_challenge' | 'mfa_enrolment' | 'full';

/** GET /api/auth/session, and the answer to sign-in and the two-factor steps. */
export interface SessionView {
  signedIn: boolean;
  stage: SessionStage | null;
  /** Send back as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE. */
  csrfToken: string | null;
  user: {
    id: string;
    displayName: string;
    role: Role;
    organisationId: string;
    mfaEnabled: boolean;
  } | null;
  idleExpiresAt: string | null;
  absoluteExpiresAt: string | null;
  idleTimeoutSeconds: number;
}

export interface MfaEnrolmentView {
  /** A PNG data URL of the otpauth:// link. */
  qrCode: string;
  /** The same secret as text, for typing into an app by hand. */
  secret: string;
  otpauthUrl: string;
}

export interface RecoveryCodesView {
  recoveryCodes: string[];
}

export interface AccountView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: 'invited' | 'active' | 'disabled';
  mfaEnabled: boolean;
  createdAt: string;
  version: number;
  /** A role waiting for a manager's approval (a new manager, or a change to manager), or null. */
  pendingRole: Role | null;
  /** Staff: whether a copy of each in-app notification comes by email (a link only). */
  emailAlerts: boolean;
}

/** GET /api/accounts/role-approvals: a new manager, or a change to manager, waiting for a second person. */
export interface RoleApprovalView {
  id: string;
  accountId: string;
  accountName: string;
  accountEmail: string;
  /** The role the account has now (for an invitation: the role it is invited with). */
  currentRole: Role;
  role: Role;
  kind: 'invitation' | 'role_change';
  requestedByName: string;
  requestedAt: string;
}

export interface SessionListItem {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface InvitationView {
  displayName: string;
  role: Role;
  organisationName: string;
  passwordMinLength: number;
}

export interface InvitationCreated {
  accountId: string;
  /** When the link stops working; null while a new manager waits for a manager's approval (no link yet). */
  expiresAt: string | null;
  awaitingApproval: boolean;
  /** Her invitation only: why her safe-contact rules will not let it reach her (it is not sent), in words for staff; null when it can. */
  notSentBecause?: string | null;
}

/** GET /api/staff: a colleague who can be named on a journey. */
export interface StaffMember {
  id: string;
  displayName: string;
  role: 'advocate' | 'manager';
}
